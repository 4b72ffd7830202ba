/// A page body rendered to HTML, with what the site needs to know about it.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var toc: [TOCEntry]
    /// Heading and callout ids, in document order.
    public var anchors: [Anchor]
    /// Links and images to places inside the site, in document order.
    public var links: [LinkReference]
}

/// Turns one page's Markdown into HTML in small passes over the cmark syntax tree:
/// raw-HTML check, callouts, links, portal labels, heading anchors, then rendering.
public struct MarkdownRenderer: Sendable {
    public var strings: GuideStrings
    /// Ids the page layout uses; content may not take them.
    public var reservedIDs: Set<String>
    /// Languages `<span lang="...">` may mark: the site's languages other than the page's own.
    public var partLanguages: Set<String>
    /// The language's glossary: the first use of each term links to its entry (nil: none,
    /// and on the glossary page itself).
    public var glossary: Glossary?

    public init(strings: GuideStrings = .turkish, reservedIDs: Set<String> = [], partLanguages: Set<String> = [], glossary: Glossary? = nil) {
        self.strings = strings
        self.reservedIDs = reservedIDs
        self.partLanguages = partLanguages
        self.glossary = glossary
    }

    /// `file` names the source in errors; line numbers are those of `markdown`.
    public func render(_ markdown: String, file: String) throws(DiagnosticsError) -> RenderedMarkdown {
        let document = MarkdownDocument(markdown)
        let source = SourceText(markdown, file: file)
        var collector = DiagnosticCollector()
        RawHTMLPolicy.check(document.root, source: source, partLanguages: partLanguages, into: &collector)
        let callouts = Callouts.transform(document.root, source: source, strings: strings, into: &collector)
        let links = Links.transform(document.root, source: source, into: &collector)
        PortalLabels.transform(document.root, language: strings.portalLabelLanguage, source: source, into: &collector)
        let headings = HeadingAnchors.transform(
            document, source: source, strings: strings, callouts: callouts,
            reservedIDs: reservedIDs, into: &collector)
        try collector.throwIfAny()
        var allLinks = links
        if let glossary, !glossary.terms.isEmpty {
            allLinks += GlossaryLinks.transform(document.root, glossary: glossary, source: source)
        }
        // Safe to pass raw HTML through now: RawHTMLPolicy found only allow-listed tags.
        return RenderedMarkdown(html: document.html(), toc: headings.toc, anchors: headings.anchors, links: allLinks)
    }
}
