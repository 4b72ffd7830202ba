import CCmarkGFM
import Foundation

/// Raw HTML is an error, except the allow-list `<kbd>`, `<br>`, `<abbr title="...">` and
/// `<span lang="...">` (words in another of the site's languages, WCAG 3.1.2).
/// Runs before rendering, so the renderer may pass the allowed tags through unchanged.
enum RawHTMLPolicy {
    static let allowedSummary = "only <kbd>, <br>, <abbr title=\"...\"> and <span lang=\"...\"> are allowed (see docs/authoring.md)"

    private static let pairedTags: Set<String> = ["kbd", "abbr", "span"]
    private static let tagPattern = try! NSRegularExpression(pattern: #"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*)?|/)>"#)
    private static let abbrAttributes = try! NSRegularExpression(pattern: #"^\s+title\s*=\s*("[^"<>]*"|'[^'<>]*')\s*$"#)
    /// `lang` only, quoted; the value is captured (group 1 or 2) to check it against the site's languages.
    private static let spanAttributes = try! NSRegularExpression(pattern: #"^\s+lang\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')\s*$"#, options: [.caseInsensitive])

    /// A tag found in raw HTML, with its offset (in characters) inside the node's literal.
    struct Tag {
        var closing: Bool
        var name: String
        var attributes: String
        var text: String
        var offset: Int
    }

    /// `partLanguages`: the codes a `<span lang>` may name, the site's languages other than
    /// the page's own (marking a page's own language would say nothing).
    static func check(_ root: CMarkNode, source: SourceText, partLanguages: Set<String> = [], into collector: inout DiagnosticCollector) {
        // Open kbd/abbr/span per parent block, to reject a tag left open (invalid HTML).
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
                let problem = problem(with: tag, partLanguages: partLanguages)
                if let problem { collector.report(location, problem) }
                // A rejected <span style> still pairs with its </span>: one error, not two.
                guard problem == nil || (!tag.closing && pairedTags.contains(tag.name)) else { continue }
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

    /// Nil when the tag is allowed, else the error message.
    static func problem(with tag: Tag, partLanguages: Set<String>) -> String? {
        guard tag.name == "span", !tag.closing else {
            return isAllowed(tag) ? nil : "raw HTML tag '\(snippet(tag.text))' is not allowed; \(allowedSummary)"
        }
        let others = partLanguages.sorted().joined(separator: ", ")
        let attributes = tag.attributes
        let range = NSRange(attributes.startIndex..., in: attributes)
        guard let match = spanAttributes.firstMatch(in: attributes, range: range) else {
            return "raw HTML tag '\(snippet(tag.text))' is not allowed; <span> takes exactly one attribute, lang=\"...\""
                + (others.isEmpty ? "" : " (\(others))") + " (see docs/authoring.md)"
        }
        let group = match.range(at: 1).location != NSNotFound ? 1 : 2
        let code = attributes.matchedText(match.range(at: group))
        guard partLanguages.contains(code) else {
            let allowed = others.isEmpty ? "this site has no other language" : "use one of the site's other languages: \(others)"
            return "'\(snippet(tag.text))': '\(code)' is not a language this page may mark; \(allowed) (see docs/authoring.md)"
        }
        return nil
    }

    static func isAllowed(_ tag: Tag) -> Bool {
        let attributes = tag.attributes
        switch tag.name {
        case "span":
            // Opening spans are checked in `problem(with:partLanguages:)`.
            return tag.closing && attributes.allSatisfy(\.isWhitespace)
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
            let start = literal.scalarBounds(of: match.range)!.lowerBound
            return Tag(
                closing: !literal.matchedText(match.range(at: 1)).isEmpty,
                name: literal.matchedText(match.range(at: 2)).lowercased(),
                attributes: literal.matchedText(match.range(at: 3)),
                text: literal.matchedText(match.range),
                offset: literal.unicodeScalars.distance(from: literal.unicodeScalars.startIndex, to: start))
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
