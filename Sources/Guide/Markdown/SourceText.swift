/// The Markdown source by line, to turn cmark's byte columns into character columns.
struct SourceText {
    let file: String
    private let lines: [[UInt8]]

    init(_ text: String, file: String) {
        self.file = file
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
    }

    /// The location of a byte column on a line (both 1-based, as cmark reports them).
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard line >= 1, line <= lines.count, byteColumn >= 1 else {
            return SourceLocation(file: file, line: line > 0 ? line : nil)
        }
        let prefix = lines[line - 1].prefix(byteColumn - 1)
        // Count UTF-8 lead bytes: continuation bytes look like 10xxxxxx.
        let characters = prefix.filter { $0 & 0b1100_0000 != 0b1000_0000 }.count
        return SourceLocation(file: file, line: line, column: characters + 1)
    }

    func location(of node: CMarkNode) -> SourceLocation {
        var current: CMarkNode? = node
        // Soft breaks and some inlines carry no position: use the nearest ancestor's.
        while let candidate = current, candidate.startLine == 0 { current = candidate.parent }
        guard let known = current else { return SourceLocation(file: file) }
        return location(line: known.startLine, byteColumn: known.startColumn)
    }

    /// `location` moved right by `characters` on the same line (for a match inside a text node).
    func location(of node: CMarkNode, plus characters: Int) -> SourceLocation {
        var base = location(of: node)
        if let column = base.column { base.column = column + characters }
        return base
    }
}

/// The language-dependent words the Markdown renderer writes into pages.
public struct GuideStrings: Sendable {
    public var warning: String
    public var note: String
    public var screen: String
    /// Accessible name of a heading's "#" permalink; `%@` is replaced by the heading text.
    public var permalink: String
    /// Base for headings whose text gives no slug (only punctuation, say).
    public var fallbackID: String

    public static let turkish = GuideStrings(
        warning: "Uyarı", note: "Not", screen: "Ekran açıklaması",
        permalink: "Bu bölümün bağlantısı: %@", fallbackID: "bolum")
    public static let english = GuideStrings(
        warning: "Warning", note: "Note", screen: "Screen description",
        permalink: "Link to this section: %@", fallbackID: "section")

    public static func forLanguage(_ code: String) -> GuideStrings { code == "tr" ? .turkish : .english }
}

/// Escapes text for HTML element content and double-quoted attribute values.
public func escapeHTML(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(character)
        }
    }
    return out
}
