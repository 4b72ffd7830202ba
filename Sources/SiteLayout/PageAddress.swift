/// Where a page lives in the built site: its language folder and its file name without
/// `.html`. The one place that spells the layout `<language>/<slug>.html`; guide pages
/// (from `content/<language>/<slug>.md`) and generated pages share it.
public struct PageAddress: Sendable, Hashable {
    /// Language code from site.yml, also the folder: "tr".
    public var language: String
    /// The Markdown file name without `.md` (or a generated page's name): "giris-sayfasi".
    public var slug: String

    public init(language: String, slug: String) {
        self.language = language
        self.slug = slug
    }

    /// "tr/giris-sayfasi.html", relative to the site root.
    public var outputPath: String { "\(language)/\(fileName)" }

    /// "giris-sayfasi.html": how the pages of one language folder link to each other.
    public var fileName: String { Self.link(to: slug) }

    /// "tr/giris-sayfasi.html#anchor", relative to the site root.
    public func outputPath(anchor: String) -> String { "\(outputPath)#\(anchor)" }

    /// "giris-sayfasi.html#anchor", from a page of the same language folder.
    public func fileName(anchor: String) -> String { Self.link(to: slug, anchor: anchor) }

    /// "giris-sayfasi.html", or "giris-sayfasi.html#anchor": a link from one page of a
    /// language folder to another, where only the slug is at hand.
    public static func link(to slug: String, anchor: String? = nil) -> String {
        anchor.map { "\(slug).html#\($0)" } ?? "\(slug).html"
    }
}
