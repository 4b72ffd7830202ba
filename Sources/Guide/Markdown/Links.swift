import CCmarkGFM

/// Checks every link and image URL and rewrites links to pages (`x.md#frag` → `x.html#frag`).
/// Internal references are returned with their source position: `GuideLinks` resolves
/// those to pages once every page is rendered, the site's link check the others.
enum Links {
    static let allowedLinkSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    static func transform(_ root: CMarkNode, source: SourceText, into collector: inout DiagnosticCollector) -> [LinkReference] {
        var references: [LinkReference] = []
        var addressLinks: [CMarkNode] = []
        for node in root.descendants where node.type == CMARK_NODE_LINK || node.type == CMARK_NODE_IMAGE {
            let isImage = node.type == CMARK_NODE_IMAGE
            let location = source.location(of: node)
            let url = node.url
            if let scheme = SiteURL.scheme(of: url) {
                if SiteURL.forbiddenSchemes.contains(scheme) {
                    collector.report(location, "\(scheme): URLs are not allowed")
                } else if isImage {
                    collector.report(location, "image from another host '\(url)': the site loads nothing from other hosts")
                } else if !allowedLinkSchemes.contains(scheme) {
                    collector.report(location, "unsupported link scheme '\(scheme):'; use https:, http:, mailto: or tel:")
                } else if showsItsAddress(node) {
                    addressLinks.append(node)
                }
                continue
            }
            if url.hasPrefix("//") {
                collector.report(location, "protocol-relative URL '\(url)': write https:// for another site")
                continue
            }
            if url.hasPrefix("/") {
                collector.report(location, "absolute path '\(url)': use a relative link such as 'sayfa.md', so the site works from any folder")
                continue
            }
            if url.isEmpty {
                collector.report(location, "empty link target")
                continue
            }
            let href = rewrite(url)
            node.url = href
            references.append(LinkReference(kind: isImage ? .image : .link, original: url, href: href, location: location,
                                            destination: href != url && !isImage ? .guidePage : .siteFile))
        }
        // Replaced after the walk: removing a node frees its children, which the walk visits.
        for node in addressLinks {
            let text = node.plainText
            node.insertBefore(.htmlInline("<a class=\"url\" href=\"\(escapeHTML(node.url))\">\(escapeHTML(text))</a>"))
            node.remove()
        }
        return references
    }

    /// `<https://…>`: the link text is the address itself. Such links get class "url", so
    /// the print stylesheet, which prints the address after every external link, skips them
    /// instead of printing the address twice.
    static func showsItsAddress(_ node: CMarkNode) -> Bool {
        // Heading text feeds the TOC and the slug, which skip inline HTML: leave those links.
        var ancestor = node.parent
        while let current = ancestor {
            if current.type == CMARK_NODE_HEADING { return false }
            ancestor = current.parent
        }
        let children = node.children
        guard children.count == 1, children[0].type == CMARK_NODE_TEXT else { return false }
        let text = children[0].literal
        return text == node.url || "mailto:" + text == node.url
    }

    /// `x.md#frag` → `x.html#frag`; `x.md?q` keeps its query; other URLs are unchanged.
    static func rewrite(_ url: String) -> String {
        let fragmentStart = url.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? url.endIndex
        let path = url[..<fragmentStart]
        guard path.hasSuffix(".md") else { return url }
        return path.dropLast(3) + ".html" + url[fragmentStart...]
    }
}
