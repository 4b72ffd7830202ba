import CivilDates
import Guide
import SiteLayout

/// A page as the layout sees it: a guide page from content/, or a generated page added by a
/// `SitePlugin` (such as the rule catalogue `tr/kurallar.html`).
public struct SitePage: Sendable, AddressedPage {
    public var address: PageAddress
    public var title: String
    public var description: String
    /// The "last updated" date shown on the page.
    public var updated: CivilDate
    /// Finished HTML for inside `<main>`, after the h1. Generated pages must escape their text.
    public var bodyHTML: String
    public var toc: [TOCEntry]
    /// Where errors about this page point: "content/tr/x.md" or a plugin's description.
    public var source: String
    /// Links written in Markdown that this page's HTML carries (`RenderedMarkdown.links`):
    /// the check resolves them from this data and reports a broken one at its source
    /// position; it reads back from the HTML only what templates and plugins wrote.
    public var links: [LinkReference]
    /// Whether the page is listed in the sidebar and in previous/next order.
    public var inNavigation: Bool
    /// A page of the same language shown between home and this page in the breadcrumbs
    /// (a form page's parent is the forms index).
    public var parentSlug: String?
    /// Extra `<head>` content: a Content-Security-Policy, stylesheets and scripts.
    public var head: PageHead
    /// The section number N of a journey page ("Adım N.M"), shown before its title in the
    /// navigation and the h1; nil for pages outside the journey and generated pages.
    public var sectionNumber: Int? = nil
    /// The section page this page is listed under in site.yml (`- section: [pages]`), or nil.
    public var section: String? = nil

    public init(
        language: String, slug: String, title: String, description: String, updated: CivilDate,
        bodyHTML: String, toc: [TOCEntry] = [], source: String, links: [LinkReference] = [], inNavigation: Bool = true,
        parentSlug: String? = nil, head: PageHead = PageHead()
    ) {
        self.address = PageAddress(language: language, slug: slug)
        self.title = title
        self.description = description
        self.updated = updated
        self.bodyHTML = bodyHTML
        self.toc = toc
        self.source = source
        self.links = links
        self.inNavigation = inNavigation
        self.parentSlug = parentSlug
        self.head = head
    }

    init(_ page: Page) {
        self.init(
            language: page.language, slug: page.slug, title: page.frontMatter.title,
            description: page.frontMatter.description, updated: page.frontMatter.updated,
            bodyHTML: page.body.html, toc: page.body.toc, source: page.sourcePath, links: page.body.links)
    }
}

/// What a generated page adds to `<head>`. Paths are relative to the site root
/// ("assets/js/eizin-form.js"); the layout makes them relative to the page.
public struct PageHead: Sendable, Hashable {
    /// The `content` of `<meta http-equiv="Content-Security-Policy">`, written before any
    /// stylesheet or script; nil for none.
    public var contentSecurityPolicy: String?
    public var stylesheets: [String]
    /// Loaded with `defer`, in this order.
    public var scripts: [String]

    public init(contentSecurityPolicy: String? = nil, stylesheets: [String] = [], scripts: [String] = []) {
        self.contentSecurityPolicy = contentSecurityPolicy
        self.stylesheets = stylesheets
        self.scripts = scripts
    }
}
