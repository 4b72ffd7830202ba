import CCmarkGFM
import Foundation

/// `[[Taslak Olarak Kaydet]]` → `<span class="ui-label">Taslak Olarak Kaydet</span>`
/// (`<span class="ui-label" lang="tr">` on a page in another language).
/// Works on text nodes only, so code spans and code blocks keep their brackets.
enum PortalLabels {
    private static let pattern = try! NSRegularExpression(pattern: #"\[\[([^\[\]\n]*[^\[\]\s][^\[\]\n]*)\]\]"#)

    static func transform(_ root: CMarkNode, language: String? = nil, source: SourceText, into collector: inout DiagnosticCollector) {
        mergeAdjacentText(root)
        let open = language.map { "<span class=\"ui-label\" lang=\"\(escapeHTML($0))\">" } ?? "<span class=\"ui-label\">"
        let texts = root.descendants.filter { $0.type == CMARK_NODE_TEXT && $0.literal.containsBytes("[[") }
        for node in texts {
            let text = node.literal
            let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
            guard !matches.isEmpty else { continue }
            var cursor = text.startIndex
            for match in matches {
                guard let whole = text.scalarBounds(of: match.range) else { continue }
                let label = text.matchedText(match.range(at: 1)).trimmingCharacters(in: .whitespaces)
                if cursor < whole.lowerBound { node.insertBefore(.text(text.scalars(cursor..<whole.lowerBound))) }
                // Inline HTML nodes, not a custom inline: table cells accept only the standard
                // inline types. They are added after RawHTMLPolicy ran, and the label stays a
                // text node, so cmark escapes it.
                node.insertBefore(.htmlInline(open))
                node.insertBefore(.text(label))
                node.insertBefore(.htmlInline("</span>"))
                cursor = whole.upperBound
            }
            if cursor < text.endIndex {
                node.literal = text.scalars(cursor..<text.endIndex)
            } else {
                node.remove()
            }
        }
        reportUnclosed(root, source: source, into: &collector)
    }

    /// Brackets left in text are a label wrapped across lines or missing a bracket; printed
    /// as they are, the reader would see "[[Taslak Olarak" and the label would lose its style.
    private static func reportUnclosed(_ root: CMarkNode, source: SourceText, into collector: inout DiagnosticCollector) {
        for node in root.descendants where node.type == CMARK_NODE_TEXT {
            let text = node.literal
            // A byte search first: Foundation's range(of:) on every text node of a big site
            // was a tenth of the build.
            guard text.containsBytes("[[") || text.containsBytes("]]") else { continue }
            let found = [text.range(of: "[["), text.range(of: "]]")].compactMap { $0 }
            guard let bracket = found.min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
            let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: bracket.lowerBound)
            collector.report(source.location(of: node, plus: offset),
                "portal label '\(text[bracket])' without its other half on this line: write [[Label]] on one line (see docs/authoring.md)")
        }
    }

    /// cmark may split text at brackets; labels are found in the joined text.
    static func mergeAdjacentText(_ root: CMarkNode) {
        let texts = root.descendants.filter { $0.type == CMARK_NODE_TEXT }
        var removed: Set<CMarkNode> = []
        for node in texts where !removed.contains(node) {
            while let next = node.next, next.type == CMARK_NODE_TEXT {
                node.literal += next.literal
                removed.insert(next)
                next.remove()
            }
        }
    }
}
