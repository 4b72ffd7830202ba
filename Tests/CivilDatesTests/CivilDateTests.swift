import CivilDates
import Testing

private func date(_ iso: String) -> CivilDate {
    guard let d = CivilDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return d
}

@Suite struct CivilDateTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "2023-12-31", "0001-01-01", "9999-12-31", "2025-04-30"])
    func realDatesParse(_ text: String) {
        #expect(CivilDate(iso: text)?.description == text)
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2100-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-01",
                      "2024-01-00", "2024-1-01", "2024-01-1", "01/09/2025", "2024-01-01T00:00:00Z", " 2024-01-01",
                      "0000-01-01", "２０２４-０１-０１", "٢٠٢٤-٠١-٠١", ""])
    func impossibleOrMalformedDatesAreRejected(_ text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test func leapYears() {
        #expect(CivilDate.isLeap(2024))
        #expect(CivilDate.isLeap(2000))
        #expect(!CivilDate.isLeap(1900))
        #expect(!CivilDate.isLeap(2023))
    }

    @Test func dayNumbersRoundTrip() {
        #expect(date("1970-01-01").dayNumber == 0)
        #expect(date("2000-03-01").dayNumber == 11017)
        for n in stride(from: -700_000, through: 2_900_000, by: 997) {
            guard let d = CivilDate(dayNumber: n) else { continue }
            #expect(d.dayNumber == n)
        }
    }

    @Test func addingDaysCrossesFebruary() {
        #expect(date("2024-03-30").adding(days: -60) == date("2024-01-30"))
        #expect(date("2023-03-30").adding(days: -60) == date("2023-01-29"))
        #expect(date("2024-02-28").adding(days: 1) == date("2024-02-29"))
        #expect(date("2023-02-28").adding(days: 1) == date("2023-03-01"))
        #expect(date("2024-12-31").adding(days: 1) == date("2025-01-01"))
    }

    @Test func addingMonthsAndYearsClampsToTheMonthEnd() {
        #expect(date("2024-01-31").adding(months: 1) == date("2024-02-29"))
        #expect(date("2023-01-31").adding(months: 1) == date("2023-02-28"))
        #expect(date("2024-02-29").adding(years: 1) == date("2025-02-28"))
        #expect(date("2024-02-29").adding(years: 4) == date("2028-02-29"))
        #expect(date("2025-03-15").adding(months: -3) == date("2024-12-15"))
        #expect(date("9999-12-31").adding(days: 1) == nil)
    }

    /// The last day of a period is the day before its anniversary; 29 February's
    /// anniversary in a common year is 1 March, so its year ends on 28 February.
    @Test func lastDayOfAPeriodOfYears() {
        #expect(date("2025-09-01").lastDayOfPeriod(years: 1) == date("2026-08-31"))
        #expect(date("2024-02-29").lastDayOfPeriod(years: 1) == date("2025-02-28"))
        #expect(date("2024-02-28").lastDayOfPeriod(years: 1) == date("2025-02-27"))
        #expect(date("2023-03-01").lastDayOfPeriod(years: 1) == date("2024-02-29"))
        #expect(date("2024-03-01").lastDayOfPeriod(years: 1) == date("2025-02-28"))
        #expect(date("2024-02-29").lastDayOfPeriod(years: 4) == date("2028-02-28"))
        #expect(date("2025-01-01").lastDayOfPeriod(years: 1) == date("2025-12-31"))
        #expect(date("9999-01-01").lastDayOfPeriod(years: 1) == nil)
        // Every one-year period holding a 29 February lasts 366 days, including the one starting on it.
        for start in ["2023-03-01", "2023-09-15", "2024-02-28", "2024-02-29"] {
            let end = date(start).lastDayOfPeriod(years: 1)!
            #expect(end.dayNumber - date(start).dayNumber + 1 == 366, "\(start)")
        }
    }

    @Test func portalFormat() {
        #expect(date("2025-09-01").portalFormat == "01/09/2025")
    }

    /// The bytes form reads a date inside a longer text, as RFC 3339 `date-time` needs.
    @Test func bytesOfALongerText() {
        let text = Array("2024-02-29T12:00:00Z".utf8)
        #expect(CivilDate(isoBytes: text[0..<10]) == date("2024-02-29"))
        #expect(CivilDate(isoBytes: Array("2023-02-29".utf8)) == nil)
    }

    /// The published pattern accepts every text `init(iso:)` does (it checks only the shape).
    @Test(arguments: ["2024-02-29", "0001-01-01", "9999-12-31"])
    func patternAcceptsWhatParses(_ text: String) throws {
        let regex = try Regex(CivilDate.isoPattern)
        #expect(text.wholeMatch(of: regex) != nil)
    }
}
