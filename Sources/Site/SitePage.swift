import Guide

/// A page as the layout sees it: a guide page from content/, or a generated page added by a
/// `SitePlugin` (such as the rule catalogue `tr/kurallar.html`).
public struct SitePage: Sendable {
    public var language: String
    public var slug: String
    public var title: String
    public var description: String
    /// The "last updated" date shown on the page.
    public var updated: ISODate
    /// Finished HTML for inside `<main>`, after the h1. Generated pages must escape their text.
    public var bodyHTML: String
    public var toc: [TOCEntry]
    /// Where errors about this page point: "content/tr/x.md" or a plugin's description.
    public var source: String
    /// Links written in the source, so a broken one is reported at its source line.
    public var links: [LinkReference]
    /// Whether the page is listed in the sidebar and in previous/next order.
    public var inNavigation: Bool
    /// The section number N of a journey page ("Adım N.M"), shown before its title in the
    /// navigation and the h1; nil for pages outside the journey and generated pages.
    public var sectionNumber: Int? = nil

    public init(
        language: String, slug: String, title: String, description: String, updated: ISODate,
        bodyHTML: String, toc: [TOCEntry] = [], source: String, links: [LinkReference] = [], inNavigation: Bool = true
    ) {
        self.language = language
        self.slug = slug
        self.title = title
        self.description = description
        self.updated = updated
        self.bodyHTML = bodyHTML
        self.toc = toc
        self.source = source
        self.links = links
        self.inNavigation = inNavigation
    }

    init(_ page: Page) {
        self.init(
            language: page.language, slug: page.slug, title: page.frontMatter.title,
            description: page.frontMatter.description, updated: page.frontMatter.updated,
            bodyHTML: page.body.html, toc: page.body.toc, source: page.sourcePath, links: page.body.links)
    }

    /// "tr/kurallar.html".
    public var outputPath: String { "\(language)/\(slug).html" }
}
