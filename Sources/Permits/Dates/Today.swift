import CivilDates
import Foundation

extension CivilDate {
    /// Today's date in Europe/Istanbul, where the ministry's system runs.
    public static func today(in timeZoneIdentifier: String = "Europe/Istanbul", now: Date = Date()) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 3 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
