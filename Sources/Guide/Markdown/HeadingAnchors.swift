import CCmarkGFM

/// Gives every heading an id (explicit `{#id}` first, then Turkish-aware slugs made unique
/// with -2, -3), a "#" permalink, and collects the table of contents from `##` and `###`
/// and from the callouts with an id, in the order they stand in the page.
enum HeadingAnchors {
    struct Result {
        var anchors: [Anchor] = []
        var toc: [TOCEntry] = []
    }

    /// `callouts` holds ids already used on the page and their contents entries; `reservedIDs`
    /// the layout's ids.
    static func transform(
        _ document: MarkdownDocument, source: SourceText, strings: GuideStrings,
        callouts: Callouts.Result, reservedIDs: Set<String>, into collector: inout DiagnosticCollector
    ) -> Result {
        let calloutAnchors = callouts.anchors
        struct Heading {
            var node: CMarkNode
            var level: Int
            var explicitID: String?
            var id = ""
            var text = ""
            var html = ""
            var location: SourceLocation
        }
        var headings: [Heading] = []
        for node in document.root.descendants where node.type == CMARK_NODE_HEADING {
            let location = source.location(of: node)
            var heading = Heading(node: node, level: node.headingLevel, location: location)
            if heading.level == 1 {
                collector.report(location, "'#' heading: the layout prints the page title as the h1; start sections with '##'")
            }
            if let last = node.children.last, last.type == CMARK_NODE_TEXT, let split = ExplicitID.split(last.literal) {
                if TurkishSlug.isValidID(split.id) {
                    heading.explicitID = split.id
                } else {
                    collector.report(location, "invalid id '\(split.id)': use lowercase letters, digits and hyphens")
                }
                last.literal = split.text
            }
            heading.text = node.plainText.trimmingTrailingWhitespace
            heading.html = contentsHTML(node).trimmingTrailingWhitespace
            if heading.text.isEmpty { collector.report(location, "empty heading") }
            headings.append(heading)
        }

        // Explicit ids are promises: a clash is an error, never silently renumbered.
        var used: [String: SourceLocation] = [:]
        let explicit = calloutAnchors.map { ($0.id, $0.location) } + headings.compactMap { h in h.explicitID.map { ($0, h.location) } }
        for (id, location) in explicit {
            if reservedIDs.contains(id) {
                collector.report(location, "id '\(id)' is used by the page layout; choose another")
            } else if let first = used[id] {
                collector.report(location, "duplicate id '\(id)' (first at line \(first.line ?? 0))")
            } else {
                used[id] = location
            }
        }

        var result = Result(anchors: calloutAnchors)
        var toc = callouts.toc
        // The next number to try for each slug: n identical headings take n steps in all,
        // not 1 + 2 + … + n (each id skipped here is skipped once per slug).
        var nextNumber: [String: Int] = [:]
        for index in headings.indices {
            var heading = headings[index]
            if let id = heading.explicitID {
                heading.id = id
            } else {
                let slug = TurkishSlug.make(heading.text)
                let base = slug.isEmpty ? strings.fallbackID : slug
                var candidate = base
                if used[candidate] != nil || reservedIDs.contains(candidate) {
                    var counter = nextNumber[base] ?? 2
                    repeat {
                        candidate = "\(base)-\(counter)"
                        counter += 1
                    } while used[candidate] != nil || reservedIDs.contains(candidate)
                    nextNumber[base] = counter
                }
                heading.id = candidate
                used[candidate] = heading.location
            }
            result.anchors.append(Anchor(id: heading.id, kind: .heading, isExplicit: heading.explicitID != nil, location: heading.location, text: heading.text))
            if heading.level == 2 || heading.level == 3 {
                toc.append((heading.location, TOCEntry(level: heading.level, id: heading.id, text: heading.text, html: heading.html)))
            }
            replace(heading.node, level: heading.level, id: heading.id, text: heading.text, document: document, strings: strings)
        }
        // Page order: a callout's entry (level 3) nests under the `##` it stands in.
        result.toc = toc.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element.entry)
        return result
    }

    /// The heading's text for the contents list, keeping `<span lang>` (RawHTMLPolicy let
    /// only allow-listed tags through, so a span tag here is a checked one, and balanced).
    private static func contentsHTML(_ node: CMarkNode) -> String {
        var html = ""
        for child in node.children {
            switch child.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                html += escapeHTML(child.literal)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                html += " "
            case CMARK_NODE_HTML_INLINE:
                // Opening and closing span alike, so the entry stays balanced.
                let tags = RawHTMLPolicy.tags(in: child.literal)
                if !tags.isEmpty, tags.allSatisfy({ $0.name == "span" }) { html += child.literal }
            default:
                html += contentsHTML(child)
            }
        }
        return html
    }

    /// Renders the heading's inline content on its own and puts the finished HTML in a custom
    /// block, so the heading markup is exact (cmark itself emits no ids).
    private static func replace(_ heading: CMarkNode, level: Int, id: String, text: String, document: MarkdownDocument, strings: GuideStrings) {
        // Rendered in place (cmark's renderer looks at a node's parents), then removed.
        let paragraph = CMarkNode.make(CMARK_NODE_PARAGRAPH)
        heading.moveChildren(to: paragraph)
        heading.insertBefore(paragraph)
        var inner = document.html(of: paragraph)
        paragraph.remove()
        if inner.hasPrefix("<p>") { inner.removeFirst(3) }
        if inner.hasSuffix("</p>\n") { inner.removeLast(5) }
        let escapedID = escapeHTML(id)
        let label = escapeHTML(strings.permalink.replacingOccurrences(of: "%@", with: text))
        let html = "<div class=\"section-heading\"><h\(level) id=\"\(escapedID)\">\(inner)</h\(level)>"
            + "<a class=\"permalink\" href=\"#\(escapedID)\" aria-label=\"\(label)\">#</a></div>"
        let block = CMarkNode.custom(block: true, enter: html, exit: "")
        heading.insertBefore(block)
        heading.remove()
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
