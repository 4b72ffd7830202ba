/// The human format, one line a finding, compiler-style:
/// `app.json:12:17: error passport-expiry-60-days: <label> (<pointer>): <message> — <page#anchor>`,
/// then one summary line. The severity word and rule id stay English in both languages so
/// that scripts and editors can match them. With `paint` on, the location is bold and the
/// severity word red (error) or yellow (warning), as compilers print them on a terminal.
public enum TextReporter {
    public static func render(_ report: RunReport, paint: Paint = Paint(enabled: false)) -> String {
        let lang = report.language
        var lines: [String] = []
        for file in report.files {
            if let failure = file.failure {
                lines.append("\(paint.location(oneLine(location(file.path, failure.position)))): \(paint.severity(.error)): "
                             + oneLine(failure.message[lang]))
            }
            for f in file.findings {
                let pointer = f.fieldPointer.description.isEmpty ? "\"\"" : f.fieldPointer.description
                lines.append("\(paint.location(oneLine(location(file.path, f.position)))): \(paint.severity(f.severity)) "
                             + oneLine("\(f.rule): \(f.label[lang]) (\(pointer)): \(f.message[lang]) — \(report.link(f.guide))"))
            }
        }
        lines.append(summary(report))
        return lines.joined(separator: "\n") + "\n"
    }

    /// ANSI SGR sequences, or nothing.
    public struct Paint: Sendable {
        public var enabled: Bool
        public init(enabled: Bool) { self.enabled = enabled }

        /// For output to a terminal, unless `NO_COLOR` is set to anything non-empty
        /// (https://no-color.org) or `TERM` is `dumb`.
        public static func automatic(environment: [String: String], isTerminal: Bool) -> Paint {
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return Paint(enabled: false) }
            return Paint(enabled: environment["TERM"] != "dumb" && isTerminal)
        }

        public func location(_ text: String) -> String { wrap(text, "1") }
        public func severity(_ severity: Severity) -> String {
            wrap(severity.rawValue, severity == .error ? "1;31" : "1;33")
        }
        func wrap(_ text: String, _ code: String) -> String {
            enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
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

    /// `Checked 4 files: 1 clean, 1 with warnings, 1 with errors, 1 unreadable; 2 errors,
    /// 1 warning.` Each file counts once, by its worst outcome; "unreadable" also covers a
    /// file that is not JSON or whose kind cannot be told.
    public static func summary(_ report: RunReport) -> String {
        let n = report.files.count, e = report.errorCount, w = report.warningCount, u = report.unreadableCount
        let clean = report.cleanCount, warned = report.withWarningsCount, failed = report.withErrorsCount
        switch report.language {
        case .tr:
            return "\(n) dosya denetlendi: \(clean) temiz, \(warned) uyarılı, \(failed) hatalı, \(u) okunamadı; \(e) hata, \(w) uyarı."
        case .en:
            func plural(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
            return "Checked \(plural(n, "file")): \(clean) clean, \(warned) with warnings, \(failed) with errors, \(u) unreadable; "
                + "\(plural(e, "error")), \(plural(w, "warning"))."
        }
    }
}
