import CCmarkGFM
import Foundation

/// `> [!UYARI] Title {#id}` block quotes become `<aside class="callout callout-warning">`.
///
/// A callout with an id is a place readers are sent to (the validator links the passport
/// warning), so it is also listed in the page's contents box: it needs a title, written on
/// the marker line before the id, which becomes its visible title, its accessible name and
/// its contents entry ("Uyarı: Title").
enum Callouts {
    struct Result {
        /// Explicit callout ids (checked later with the headings' ids: one namespace per page).
        var anchors: [Anchor] = []
        /// Contents entries of callouts with an id, with where they stand in the page.
        var toc: [(location: SourceLocation, entry: TOCEntry)] = []
    }

    enum Kind: String {
        case warning, note, screen

        init?(marker: String) {
            switch marker.uppercased() {
            case "UYARI", "WARNING": self = .warning
            case "NOT", "NOTE": self = .note
            case "EKRAN", "SCREEN": self = .screen
            default: return nil
            }
        }

        func label(_ strings: GuideStrings) -> String {
            switch self {
            case .warning: strings.warning
            case .note: strings.note
            case .screen: strings.screen
            }
        }
    }

    private static let markerPattern = try! NSRegularExpression(pattern: #"^\[!([A-Za-z]+)\]"#)

    /// Rewrites callouts in place; returns their explicit anchors and contents entries.
    static func transform(_ root: CMarkNode, source: SourceText, strings: GuideStrings, into collector: inout DiagnosticCollector) -> Result {
        var result = Result()
        // Filter first: the loop frees marker nodes, which a lazy filter would touch later.
        let quotes = root.descendants.filter { $0.type == CMARK_NODE_BLOCK_QUOTE }
        for quote in quotes {
            guard let paragraph = quote.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH,
                  let first = paragraph.firstChild, first.type == CMARK_NODE_TEXT else { continue }
            let text = first.literal
            let range = NSRange(text.startIndex..., in: text)
            guard let match = markerPattern.firstMatch(in: text, range: range) else { continue }
            let marker = text.matchedText(match.range(at: 1))
            let location = source.location(of: first)
            guard let kind = Kind(marker: marker) else {
                collector.report(location, "unknown callout '[!\(marker)]'; use [!UYARI], [!NOT], [!EKRAN] (or [!WARNING], [!NOTE], [!SCREEN])")
                continue
            }
            var rest = text.scalars(text.scalarBounds(of: match.range)!.upperBound..<text.endIndex)
            var id: String?
            var title = ""
            if let split = ExplicitID.split(rest) {
                id = split.id
                title = String(split.text.drop { $0.isWhitespace })
                rest = ""
                if !TurkishSlug.isValidID(split.id) {
                    collector.report(location, "invalid id '\(split.id)': use lowercase letters, digits and hyphens")
                    id = nil
                } else if title.isEmpty {
                    collector.report(location, "callout with id '\(split.id)' needs a title before the id ('[!\(marker)] Title {#\(split.id)}'): it is listed in the page's contents")
                    id = nil
                } else if title.contains("[[") {
                    collector.report(location, "portal label in a callout title: quote labels in the callout's text, not in its title")
                }
            } else if markerLineHasID(after: first) {
                collector.report(location, "a callout title with an id is plain text: no emphasis, code, links or HTML on the marker line")
            }
            rest = String(rest.drop { $0 == " " || $0 == "\t" })
            // Drop the marker line: the text node, then the soft break that ended the line.
            if rest.isEmpty {
                let after = first.next
                first.remove()
                if let after, after.type == CMARK_NODE_SOFTBREAK || after.type == CMARK_NODE_LINEBREAK { after.remove() }
                if paragraph.firstChild == nil { paragraph.remove() }
            } else {
                first.literal = rest
            }
            // A callout with an id has a title (checked above); one without has its kind only.
            let name = id == nil ? kind.label(strings) : "\(kind.label(strings)): \(title)"
            if let id {
                result.anchors.append(Anchor(id: id, kind: .callout, isExplicit: true, location: location))
                result.toc.append((location, TOCEntry(level: 3, id: id, text: name)))
            }
            let label = escapeHTML(name)
            let idAttribute = id.map { " id=\"\(escapeHTML($0))\"" } ?? ""
            // role="note": a callout belongs to the text around it. As a plain <aside> it would be a
            // complementary landmark, and two warnings on one page would be indistinguishable ones.
            let aside = CMarkNode.custom(
                block: true,
                enter: "<aside class=\"callout callout-\(kind.rawValue)\"\(idAttribute) role=\"note\" aria-label=\"\(label)\">\n<p class=\"callout-title\" aria-hidden=\"true\">\(label)</p>",
                exit: "</aside>")
            quote.moveChildren(to: aside)
            quote.insertBefore(aside)
            quote.remove()
        }
        return result
    }

    /// True when the marker line goes on after its first text node (emphasis, code, a link,
    /// HTML) and ends with `{#id}`: the title was not plain text, so the id would be lost.
    private static func markerLineHasID(after first: CMarkNode) -> Bool {
        var node = first.next
        var last: CMarkNode?
        while let current = node, current.type != CMARK_NODE_SOFTBREAK, current.type != CMARK_NODE_LINEBREAK {
            last = current
            node = current.next
        }
        guard let last, last.type == CMARK_NODE_TEXT else { return false }
        return ExplicitID.split(last.literal) != nil
    }
}
