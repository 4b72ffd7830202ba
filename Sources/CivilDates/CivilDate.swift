/// A day of the proleptic Gregorian calendar, without time or zone, written `YYYY-MM-DD`:
/// what an application's date field, the JSON Schema `date` format and a page's front-matter
/// date mean. The one place that decides whether such a text is a real day. Arithmetic works
/// on day numbers, so it needs no `Calendar` and gives the same answer everywhere (the
/// browser's eizin-rules.js does the same).
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the day exists (2023-02-29 does not); years 1...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The shape `init(iso:)` reads, as an ECMA-262 pattern: for the published schemas, so
    /// that a JSON Schema validator that treats `format` as an annotation still refuses
    /// `01/09/2025`. It says nothing of the calendar (`2023-02-29` matches); `init(iso:)` does.
    public static let isoPattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

    /// Parses exactly `YYYY-MM-DD` with ASCII digits; nil for any other text or a day that
    /// does not exist.
    public init?(iso text: String) {
        self.init(isoBytes: text.utf8)
    }

    /// `init(iso:)` on UTF-8 bytes (such as the first ten of an RFC 3339 `date-time`).
    public init?(isoBytes: some Collection<UInt8>) {
        let bytes = Array(isoBytes)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let b = bytes[i]
                guard b >= 0x30, b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01 (H. Hinnant's civil_from_days); nil
    /// outside years 1...9999.
    public init?(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> CivilDate? { CivilDate(dayNumber: dayNumber + days) }

    /// Calendar months later (or earlier); a day that does not exist in the target month
    /// becomes that month's last day (2024-01-31 + 1 month = 2024-02-29).
    public func adding(months: Int) -> CivilDate? {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        guard (1...9999).contains(y) else { return nil }
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
    }

    public func adding(years: Int) -> CivilDate? { adding(months: years * 12) }

    /// The last day of a period of `years` years starting on this date: the day before its
    /// anniversary. The anniversary of 29 February in a common year is 1 March, so a year
    /// from 2024-02-29 ends on 2025-02-28 and, like every one-year period that holds a
    /// 29 February, lasts 366 days (clamping to 28 February first would end it a day early).
    public func lastDayOfPeriod(years: Int) -> CivilDate? {
        let y = year + years
        let anniversary = CivilDate(year: y, month: month, day: day) ?? CivilDate(year: y, month: month + 1, day: 1)
        return anniversary?.adding(days: -1)
    }

    /// ISO 8601 `YYYY-MM-DD`, the form used in application files.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// `GG/AA/YYYY`, the form the portal and the site show.
    public var portalFormat: String {
        let iso = description
        let parts = iso.split(separator: "-")
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }
}
