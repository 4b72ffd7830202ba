import JSONSchema

/// The machine format: every file with its findings, then the counts.
public enum JSONReporter {
    public static func json(_ report: RunReport) -> JSONValue {
        let lang = report.language
        let files: [JSONValue] = report.files.map { file in
            var pairs: [(String, JSONValue)] = [("path", .string(file.path))]
            pairs.append(("kind", file.kind.map { .string($0.rawValue) } ?? .null))
            let status = file.failure != nil ? "unreadable" : (file.findings.contains { $0.severity == .error } ? "invalid" : "valid")
            pairs.append(("status", .string(status)))
            if let failure = file.failure {
                pairs.append(("failure", .object(positionPairs(failure.position) + [("message", .string(failure.message[lang]))])))
            }
            pairs.append(("findings", .array(file.findings.filter { $0.more == nil }.map { finding($0, report) })))
            // Findings beyond the first few of one rule at one field pattern, one entry per
            // pattern: {"rule", "severity", "pattern", "count", "line", "column", "field",
            // "message", "guide", "guidePage"}. Present only when something was summarised.
            let more = file.findings.filter { $0.more != nil }
            if !more.isEmpty { pairs.append(("more", .array(more.map { summary($0, report) }))) }
            return .object(pairs)
        }
        return .object([
            ("language", .string(lang.rawValue)),
            ("files", .array(files)),
            ("summary", .object([
                ("files", .int(report.files.count)),
                ("errors", .int(report.errorCount)),
                ("warnings", .int(report.warningCount)),
                ("unreadable", .int(report.unreadableCount)),
                // Files by their worst outcome (added in 0.2; the four above are unchanged).
                ("clean", .int(report.cleanCount)),
                ("withWarnings", .int(report.withWarningsCount)),
                ("withErrors", .int(report.withErrorsCount)),
            ])),
        ])
    }

    public static func render(_ report: RunReport) -> String { JSONWriter.write(json(report)) }

    static func finding(_ f: Finding, _ report: RunReport) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("rule", .string(f.rule)),
            ("severity", .string(f.severity.rawValue)),
            ("pointer", .string(f.pointer.description)),
        ]
        if let member = f.member { pairs.append(("member", .string(member))) }
        pairs += positionPairs(f.position) + wordsAndGuide(f, report)
        return .object(pairs)
    }

    static func summary(_ f: Finding, _ report: RunReport) -> JSONValue {
        let pairs: [(String, JSONValue)] = [
            ("rule", .string(f.rule)),
            ("severity", .string(f.severity.rawValue)),
            ("pattern", .string(f.fieldPointer.description)),
            ("count", .int(f.more ?? 0)),
        ]
        return .object(pairs + positionPairs(f.position) + wordsAndGuide(f, report))
    }

    /// The field's label and the message in the report's language, and the guide step (with
    /// a site address, also as an absolute link).
    static func wordsAndGuide(_ f: Finding, _ report: RunReport) -> [(String, JSONValue)] {
        let lang = report.language
        var pairs: [(String, JSONValue)] = [
            ("field", .string(f.label[lang])),
            ("message", .string(f.message[lang])),
            ("guide", .string(f.guide.description)),
            ("guidePage", .string(f.guide.sitePath(in: lang))),
        ]
        if report.siteURL != nil { pairs.append(("guideURL", .string(report.link(f.guide)))) }
        return pairs
    }

    static func positionPairs(_ p: SourcePosition?) -> [(String, JSONValue)] {
        guard let p else { return [] }
        return [("line", .int(p.line)), ("column", .int(p.column))]
    }
}
