import Site
import Guide
import Permits

/// The rule catalogue as a page per language, `tr/kurallar.html` and `en/kurallar.html`:
/// one slug for both, so the layout's language switcher and hreflang links pair them
/// like guide pages. It also registers every guide anchor the forms and rules link to as a
/// required target in each language, so renaming one fails `eizin build`.
public struct RulesPage: SitePlugin {
    /// Stable: help-desk staff link to `kurallar.html#<rule-id>`.
    static let slug = GuideLink.rulesPage

    var rules: [Rule]

    public init(rules: [Rule] = RuleCatalog.all) {
        self.rules = rules
    }

    public var name: String { "rules" }

    public func contribute(guide: GuideContent, to contributions: inout SiteContributions) throws(DiagnosticsError) {
        let languages = Self.languages(of: guide)
        for language in languages {
            let strings = RulesPageStrings.forLanguage(language)
            contributions.pages.append(SitePage(
                language: language.rawValue, slug: Self.slug, title: strings.title, description: strings.description,
                // Rules carry no dates; the guide revision they follow is the honest "last updated".
                updated: guide.configuration.revision.date,
                bodyHTML: RulesPageHTML(language: language, guide: guide, rules: rules).render(),
                source: "Sources/PermitPages/RulesPage.swift"))
        }
        contributions.requiredTargets += GuideLinkTargets.requiredTargets(languages: languages)
    }

    /// The site's languages, in site.yml order, that the catalogue has texts for and that
    /// hold the guide's pages the permit pages link to: a language listed before its pages
    /// are written, or a content tree that is not the e-İzin guide, gets no permit pages.
    static func languages(of guide: GuideContent) -> [Language] {
        GuideLinkTargets.languagesWithGuide(guide, Language.of(guide))
    }
}
