import CivilDates
import Testing
@testable import JSONSchema

/// The `date` format and the day of a `date-time` are `CivilDate`'s reading, the one the
/// application rules and the guide's front matter use.
@Suite struct DateFormatTests {
    static let texts = ["2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
                        "2024-01-00", "0001-01-01", "9999-12-31", "0000-01-01", "2024-1-01", "01/09/2025",
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
}
