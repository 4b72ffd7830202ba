import CivilDates
import Testing
@testable import JSONSchema

/// The `date` format and the day of a `date-time` are `CivilDate`'s reading, the one the
/// application rules and the guide's front matter use, except that RFC 3339 has year 0000.
@Suite struct DateFormatTests {
    static let texts = ["2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
                        "2024-01-00", "0001-01-01", "9999-12-31", "2024-1-01", "01/09/2025",
                        "２０２４-０１-０１", "2024-01-01 ", ""]

    @Test(arguments: texts)
    func dateIsWhatCivilDateReads(_ text: String) {
        #expect(DateTimeFormats.isDate(text) == (CivilDate(iso: text) != nil))
    }

    @Test(arguments: texts)
    func theDayOfADateTimeToo(_ text: String) {
        let dateTime = text + "T12:00:00Z"
        #expect(DateTimeFormats.isDateTime(dateTime) == (CivilDate(iso: text) != nil), "\(dateTime)")
    }

    /// Year 0000 (proleptic Gregorian, a leap year) is an RFC 3339 date; applications have none.
    @Test(arguments: [("0000-01-01", true), ("0000-02-29", true), ("0000-02-30", false), ("0000-00-10", false)])
    func yearZeroIsAnRFC3339Date(_ text: String, _ valid: Bool) {
        #expect(DateTimeFormats.isDate(text) == valid, "\(text)")
        #expect(DateTimeFormats.isDateTime(text + "T00:00:00Z") == valid, "\(text)")
        #expect(CivilDate(iso: text) == nil)
    }
}
