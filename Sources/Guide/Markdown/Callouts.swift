import CCmarkGFM
import Foundation

/// `> [!UYARI] {#id}` block quotes become `<aside class="callout callout-warning">`.
enum Callouts {
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

    /// Rewrites callouts in place; returns their explicit anchors (ids are checked later with
    /// the headings' ids, since they share one namespace per page).
    static func transform(_ root: CMarkNode, source: SourceText, strings: GuideStrings, into collector: inout DiagnosticCollector) -> [Anchor] {
        var anchors: [Anchor] = []
        // Filter first: the loop frees marker nodes, which a lazy filter would touch later.
        let quotes = root.descendants.filter { $0.type == CMARK_NODE_BLOCK_QUOTE }
        for quote in quotes {
            guard let paragraph = quote.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH,
                  let first = paragraph.firstChild, first.type == CMARK_NODE_TEXT else { continue }
            let text = first.literal
            let range = NSRange(text.startIndex..., in: text)
            guard let match = markerPattern.firstMatch(in: text, range: range) else { continue }
            let marker = String(text[Range(match.range(at: 1), in: text)!])
            let location = source.location(of: first)
            guard let kind = Kind(marker: marker) else {
                collector.report(location, "unknown callout '[!\(marker)]'; use [!UYARI], [!NOT], [!EKRAN] (or [!WARNING], [!NOTE], [!SCREEN])")
                continue
            }
            var rest = String(text[Range(match.range, in: text)!.upperBound...])
            var id: String?
            if let split = ExplicitID.split(rest), split.text.allSatisfy(\.isWhitespace) {
                id = split.id
                rest = ""
                if !TurkishSlug.isValidID(split.id) {
                    collector.report(location, "invalid id '\(split.id)': use lowercase letters, digits and hyphens")
                    id = nil
                }
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
            if let id {
                anchors.append(Anchor(id: id, kind: .callout, isExplicit: true, location: location))
            }
            let label = escapeHTML(kind.label(strings))
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
        return anchors
    }
}
