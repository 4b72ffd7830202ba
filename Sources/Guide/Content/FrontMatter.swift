import CivilDates

/// The YAML block at the top of every page (see docs/authoring.md). All four fields are
/// required, so a page can never silently lose its description or date.
public struct FrontMatter: Sendable, Equatable {
    public var title: String
    public var description: String
    /// The section number (0 for the home page); unique per language.
    public var order: Int
    /// Shown as "last updated"; never the build date.
    public var updated: CivilDate
    /// Where `order:` is written, to point at the second of two equal orders.
    public var orderLocation: SourceLocation
    /// Only on the glossary page: its terms, each an id on the page and the words that name
    /// it in text (docs/authoring.md, "Glossary"). Empty on every other page.
    public var terms: [GlossaryTerm] = []
    /// Only on a translation: the fingerprint of its source page when it was last aligned
    /// (`TranslationStatus`, docs/authoring.md "Translations"). Where it is written.
    public var source: String?
    public var sourceLocation: SourceLocation?

    static let knownKeys: Set<String> = ["title", "description", "order", "updated", "terms", "source"]

    /// Splits `text` into front matter and body. The body keeps its line numbers: the front
    /// matter lines are replaced by empty lines, so cmark's positions are the file's.
    public static func split(_ text: String, file: String) throws(DiagnosticsError) -> (frontMatter: FrontMatter, body: String) {
        // Lines up to the closing delimiter only; the body is the rest of the text as it is.
        // Split on the byte: "\r\n" is a single Character, which a split on "\n" misses.
        let utf8 = text.utf8
        var lines: [String] = []
        var closing: Int?
        var rest = utf8.startIndex
        while rest < utf8.endIndex, closing == nil {
            let end = utf8[rest...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            var line = String(decoding: utf8[rest..<end], as: UTF8.self)
            if lines.isEmpty, line.hasPrefix("\u{FEFF}") { line = String(line.dropFirst()) }
            if line.utf8.last == UInt8(ascii: "\r") { line = String(decoding: line.utf8.dropLast(), as: UTF8.self) }
            rest = end < utf8.endIndex ? utf8.index(after: end) : end
            if lines.isEmpty {
                guard isDelimiter(line, ["---"]) else { break }
            } else if isDelimiter(line, ["---", "..."]) {
                closing = lines.count
            }
            lines.append(line)
        }
        guard let first = lines.first, isDelimiter(first, ["---"]) else {
            throw DiagnosticsError(Diagnostic(SourceLocation(file: file, line: 1, column: 1),
                "missing front matter: a page starts with a line '---', then title, description, order and updated, then '---'"))
        }
        guard let closing else {
            throw DiagnosticsError(Diagnostic(SourceLocation(file: file, line: 1, column: 1), "front matter is not closed: add a line '---' after its last field"))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let frontMatter = try parse(yaml, file: file, firstLine: 2, closingLine: closing + 1)
        // The front matter's lines become empty lines; after the closing line's newline
        // the text follows unchanged.
        let afterClosing = rest < utf8.endIndex || utf8.last == UInt8(ascii: "\n")
        let body = String(repeating: "\n", count: closing) + (afterClosing ? "\n" + String(decoding: utf8[rest...], as: UTF8.self) : "")
        return (frontMatter, body)
    }

    /// Trailing spaces after a delimiter are invisible in an editor: allow them.
    private static func isDelimiter(_ line: String, _ marks: Set<String>) -> Bool {
        var trimmed = line.utf8[...]
        while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed = trimmed.dropLast() }
        return marks.contains(String(decoding: trimmed, as: UTF8.self))
    }

    /// Parses the YAML between the `---` lines; `firstLine` is the file line of its first line.
    static func parse(_ yaml: String, file: String, firstLine: Int, closingLine: Int) throws(DiagnosticsError) -> FrontMatter {
        let whole = SourceLocation(file: file, line: 1)
        if yaml.allSatisfy(\.isWhitespace) {
            throw DiagnosticsError(Diagnostic(whole, "front matter is empty: title, description, order and updated are required"))
        }
        let fields = try YAMLFields.parse(yaml, file: file, lineOffset: firstLine - 1, wholeLocation: whole)
        var collector = DiagnosticCollector()
        collector.append(contentsOf: fields.unknownKeys(known: knownKeys))
        let title = fields.requiredString("title", into: &collector)
        let description = fields.requiredString("description", into: &collector)
        let order = fields.requiredInt("order", minimum: 0, into: &collector)
        let updated = fields.requiredDate("updated", into: &collector)
        let terms = fields.value("terms").map { GlossaryTerm.parse($0, fields: fields, into: &collector) } ?? []
        let source = fields.value("source") != nil ? fields.requiredString("source", into: &collector) : nil
        if let source, let node = fields.value("source"), !source.allSatisfy(\.isHexDigit) {
            collector.report(fields.location(of: node), "'source' must be the fingerprint eizin translations prints (hex digits), found '\(source)'")
        }
        try collector.throwIfAny()
        return FrontMatter(
            title: title!, description: description!, order: order!, updated: updated!,
            orderLocation: fields.value("order").map(fields.location(of:)) ?? whole, terms: terms,
            source: source, sourceLocation: fields.value("source").map(fields.location(of:)))
    }
}
