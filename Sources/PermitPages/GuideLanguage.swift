import Guide
import Permits
import SiteLayout

/// Where the permit pages meet the guide. The site's language is a code from site.yml (a
/// `String`: the guide may have any language); `Permits.Language` is the closed set the
/// rules and forms have texts for, and its raw value is that same code (the language's
/// folder). Here the site's languages become Permits' ones and back.
extension Language {
    /// The permit pages' languages: the site's languages (site.yml order) that Permits has texts for.
    static func of(_ guide: GuideContent) -> [Language] {
        guide.configuration.languages.compactMap { Language(rawValue: $0.code) }
    }

    /// A page of the site in this language: "tr/kurallar.html".
    func page(_ slug: String) -> PageAddress { PageAddress(language: rawValue, slug: slug) }
}

/// A guide step as the permit pages link it: relative to the language's folder, named by
/// what the guide calls it. A link whose page or anchor is missing is still written, so the
/// check step reports it with the page.
struct GuideStepLink {
    let guide: GuideContent
    let language: Language

    /// `page`: the guide page's title, then " › " and the heading (a callout has no heading
    /// text: the title alone); `heading`: the heading alone, or the page title without one.
    enum Text { case page, heading }

    func html(_ link: GuideLink, text style: Text = .page) -> String {
        let address = link.page(in: language)
        let page = guide.page(language: address.language, slug: address.slug)
        let heading = guide.anchor(language: address.language, slug: address.slug, id: link.fragment)?.text ?? ""
        var text = page?.frontMatter.title ?? link.page
        switch style {
        case .page: if !heading.isEmpty { text += " › \(heading)" }
        case .heading: if !heading.isEmpty { text = heading }
        }
        return "<a href=\"\(escapeHTML(address.fileName(anchor: link.fragment)))\">\(escapeHTML(text))</a>"
    }
}
