import CivilDates

/// Why a date field's text is not a date the file can use, and what to write instead. The
/// portal shows dates as GG/AA/YYYY (the guide's "Doğum Tarihi (GG/AA/YYYY)"), so people
/// copy that order into the file; the file needs YYYY-MM-DD.
public enum DateText {
    /// Nil when `text` is a real YYYY-MM-DD date.
    public static func problem(_ text: String) -> LocalizedText? {
        if CivilDate(iso: text) != nil { return nil }
        if let date = dayFirst(text) {
            return .t("tarih portaldaki GG/AA/YYYY sırasıyla yazılmış; dosyada YYYY-AA-GG yazın: \(date)",
                      "the date is written in the portal's DD/MM/YYYY order; in the file write YYYY-MM-DD: \(date)")
        }
        if let date = yearFirst(text) {
            return .t("tarihler YYYY-AA-GG biçiminde, tire ile yazılır: \(date)",
                      "dates are written YYYY-MM-DD, with hyphens: \(date)")
        }
        if isISOShaped(text) {
            return .t("takvimde böyle bir gün yok (ör. 2023-02-29 yoktur)", "there is no such day in the calendar (e.g. 2023-02-29 does not exist)")
        }
        return .t("tarihler YYYY-AA-GG biçiminde yazılır (ör. 2025-09-01)", "dates are written YYYY-MM-DD (e.g. 2025-09-01)")
    }

    /// `03/11/1984`, `3.11.1984`, `03-11-1984`: day, month, four-digit year.
    static func dayFirst(_ text: String) -> CivilDate? {
        let parts = numbers(text)
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        return CivilDate(year: Int(parts[2])!, month: Int(parts[1])!, day: Int(parts[0])!)
    }

    /// `1984/11/03`, `1984.11.03`, `1984-11-3`: year first but not in the file's exact form.
    static func yearFirst(_ text: String) -> CivilDate? {
        let parts = numbers(text)
        guard parts.count == 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 else { return nil }
        return CivilDate(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!)
    }

    /// The runs of ASCII digits of a text made only of digits and one kind of separator.
    static func numbers(_ text: String) -> [Substring] {
        let separators: Set<Character> = ["/", ".", "-"]
        let used = Set(text.filter { separators.contains($0) })
        guard used.count == 1, text.allSatisfy({ separators.contains($0) || ($0.isASCII && $0.isWholeNumber) }) else { return [] }
        let parts = text.split(separator: used.first!, omittingEmptySubsequences: false)
        return parts.allSatisfy({ !$0.isEmpty }) ? parts : []
    }

    static func isISOShaped(_ text: String) -> Bool {
        let parts = numbers(text)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && text.contains("-")
    }
}
