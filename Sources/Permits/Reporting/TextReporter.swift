/// The human format, one line a finding, compiler-style:
/// `app.json:12:17: error passport-expiry-60-days: <label> (<pointer>): <message> — <page#anchor>`,
/// then one summary line. The severity word and rule id stay English in both languages so
/// that scripts and editors can match them.
public enum TextReporter {
    public static func render(_ report: RunReport) -> String {
        let lang = report.language
        var lines: [String] = []
        for file in report.files {
            if let failure = file.failure {
                lines.append(oneLine("\(location(file.path, failure.position)): error: \(failure.message[lang])"))
            }
            for f in file.findings {
                let pointer = f.fieldPointer.description.isEmpty ? "\"\"" : f.fieldPointer.description
                lines.append(oneLine("\(location(file.path, f.position)): \(f.severity.rawValue) \(f.rule): \(f.label[lang]) (\(pointer)): \(f.message[lang]) — \(f.guide.sitePath(in: lang))"))
            }
        }
        lines.append(summary(report))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text on one line: a value or key quoted in a message may hold a line break or
    /// another control character, which would split a finding across lines for the editors
    /// and scripts that read one finding per line. Those are shown escaped (`\n`, `\u0007`).
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: breaksLine) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where breaksLine(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    static func location(_ path: String, _ position: (some CustomStringConvertible)?) -> String {
        guard let position else { return path }
        return "\(path):\(position)"
    }

    public static func summary(_ report: RunReport) -> String {
        let n = report.files.count, e = report.errorCount, w = report.warningCount, u = report.unreadableCount
        switch report.language {
        case .tr:
            var s = "\(n) dosya denetlendi: \(e) hata, \(w) uyarı"
            if u > 0 { s += " (\(u) dosya okunamadı ya da tanınamadı)" }
            return s + "."
        case .en:
            func plural(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
            var s = "Checked \(plural(n, "file")): \(plural(e, "error")), \(plural(w, "warning"))"
            if u > 0 { s += " (\(plural(u, "file")) could not be read or recognised)" }
            return s + "."
        }
    }
}
