import CCmarkGFM
import Foundation

/// Raw HTML is an error, except the allow-list `<kbd>`, `<br>` and `<abbr title="...">`.
/// Runs before rendering, so the renderer may pass the allowed tags through unchanged.
enum RawHTMLPolicy {
    static let allowedSummary = "only <kbd>, <br> and <abbr title=\"...\"> are allowed (see docs/authoring.md)"

    private static let tagPattern = try! NSRegularExpression(pattern: #"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?|/)>"#)
    private static let abbrAttributes = try! NSRegularExpression(pattern: #"^\s+title\s*=\s*("[^"<>]*"|'[^'<>]*')\s*$"#)

    /// A tag found in raw HTML, with its offset (in characters) inside the node's literal.
    struct Tag {
        var closing: Bool
        var name: String
        var attributes: String
        var text: String
        var offset: Int
    }

    static func check(_ root: CMarkNode, source: SourceText, into collector: inout DiagnosticCollector) {
        // Open kbd/abbr per parent block, to reject a tag left open (invalid HTML).
        var open: [CMarkNode: [(name: String, location: SourceLocation)]] = [:]
        let htmlNodes = root.descendants.filter { $0.type == CMARK_NODE_HTML_INLINE || $0.type == CMARK_NODE_HTML_BLOCK }
        for node in htmlNodes {
            let literal = node.literal
            let tags = Self.tags(in: literal)
            let isBlock = node.type == CMARK_NODE_HTML_BLOCK
            let nonTag = literal.trimmingCharacters(in: .whitespacesAndNewlines)
            if tags.isEmpty || literal.contains("<!") || literal.contains("<?") {
                collector.report(source.location(of: node), "raw HTML '\(snippet(nonTag))' is not allowed; \(allowedSummary)")
                continue
            }
            for tag in tags {
                let location = isBlock ? blockLocation(node, offset: tag.offset, literal: literal, source: source) : source.location(of: node, plus: tag.offset)
                guard isAllowed(tag) else {
                    collector.report(location, "raw HTML tag '\(snippet(tag.text))' is not allowed; \(allowedSummary)")
                    continue
                }
                guard tag.name != "br", let parent = node.parent else { continue }
                if tag.closing {
                    if let last = open[parent]?.last, last.name == tag.name {
                        open[parent]?.removeLast()
                    } else {
                        collector.report(location, "'</\(tag.name)>' closes nothing")
                    }
                } else {
                    open[parent, default: []].append((tag.name, location))
                }
            }
        }
        for (_, unclosed) in open {
            for tag in unclosed {
                collector.report(tag.location, "'<\(tag.name)>' is not closed in the same paragraph")
            }
        }
    }

    static func isAllowed(_ tag: Tag) -> Bool {
        let attributes = tag.attributes
        switch tag.name {
        case "kbd":
            return attributes.allSatisfy(\.isWhitespace)
        case "br":
            return !tag.closing && (attributes.isEmpty || attributes.trimmingCharacters(in: .whitespaces) == "/")
        case "abbr":
            if tag.closing { return attributes.allSatisfy(\.isWhitespace) }
            let range = NSRange(attributes.startIndex..., in: attributes)
            return abbrAttributes.firstMatch(in: attributes, range: range) != nil
        default:
            return false
        }
    }

    static func tags(in literal: String) -> [Tag] {
        let range = NSRange(literal.startIndex..., in: literal)
        return tagPattern.matches(in: literal, range: range).map { match in
            let text = String(literal[Range(match.range, in: literal)!])
            let start = Range(match.range, in: literal)!.lowerBound
            return Tag(
                closing: !String(literal[Range(match.range(at: 1), in: literal)!]).isEmpty,
                name: String(literal[Range(match.range(at: 2), in: literal)!]).lowercased(),
                attributes: String(literal[Range(match.range(at: 3), in: literal)!]),
                text: text,
                offset: literal.unicodeScalars.distance(from: literal.unicodeScalars.startIndex, to: start.samePosition(in: literal.unicodeScalars) ?? literal.unicodeScalars.startIndex))
        }
    }

    /// A tag's line and column inside a multi-line HTML block.
    private static func blockLocation(_ node: CMarkNode, offset: Int, literal: String, source: SourceText) -> SourceLocation {
        let before = literal.unicodeScalars.prefix(offset)
        let lineOffset = before.filter { $0 == "\n" }.count
        let column = before.reversed().prefix { $0 != "\n" }.count
        var location = source.location(of: node)
        location.line = location.line.map { $0 + lineOffset }
        location.column = lineOffset == 0 ? location.column.map { $0 + column } : column + 1
        return location
    }

    private static func snippet(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return line.count > 60 ? String(line.prefix(57)) + "..." : line
    }
}
