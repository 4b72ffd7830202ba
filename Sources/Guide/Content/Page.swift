import SiteLayout

/// One guide page: its source, front matter and rendered body.
public struct Page: Sendable, AddressedPage {
    /// `content/<language>/<slug>.md` becomes `<language>/<slug>.html`.
    public var address: PageAddress
    /// The source as the user named it, for errors: "content/tr/giris-sayfasi.md".
    public var sourcePath: String
    public var frontMatter: FrontMatter
    public var body: RenderedMarkdown
}

/// Everything loaded from content/: settings and pages, each language's pages in
/// navigation order.
public struct GuideContent: Sendable {
    public var configuration: SiteConfiguration
    /// The content folder as given ("content").
    public var directory: String
    /// Language code → pages in navigation order.
    public var pages: [String: [Page]]
    /// Each translated page against its source page (`TranslationStatus.of`).
    public var translations: [TranslationStatus] = []
    /// Links between guide pages that lead nowhere (`GuideLinks`), found while rendering, at
    /// their place in the Markdown. The site build reports them with its own link check, so
    /// one run names every broken link; `ContentLoader.load()` throws them.
    public var linkProblems: [Diagnostic] = []

    public func pages(in language: String) -> [Page] { pages[language] ?? [] }

    public func page(language: String, slug: String) -> Page? {
        pages[language]?.first { $0.slug == slug }
    }

    /// The heading or callout with `id` on a page, for generated pages that link into the
    /// guide (a rule citing step 10.2 can check the step exists and show its title).
    public func anchor(language: String, slug: String, id: String) -> Anchor? {
        page(language: language, slug: slug)?.body.anchors.first { $0.id == id }
    }

    /// Languages that have pages, in site.yml order.
    public var publishedLanguages: [SiteConfiguration.Language] {
        configuration.languages.filter { !(pages[$0.code] ?? []).isEmpty }
    }

    /// Every page, languages in site.yml order, pages in navigation order.
    public var allPages: [Page] { configuration.languages.flatMap { pages(in: $0.code) } }
}
