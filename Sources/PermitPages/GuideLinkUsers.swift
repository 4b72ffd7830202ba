import Guide
import Site
import Permits

/// Every guide anchor the form definitions and rules rely on, with who relies on it, so a
/// missing anchor fails the build naming the rule or field to fix (or the heading to restore).
/// Covers the same links as `FormCatalog.allGuideLinks`; a test keeps the two equal.
enum GuideLinkUsers {
    /// Each link with its users in a stable order: rules (catalogue order), then forms and
    /// their fields (definition order), e.g. "rule passport-expiry-60-days",
    /// "form academic-application", "field academic-application /identity/passport".
    static func all() -> [(link: GuideLink, users: [String])] {
        var users: [GuideLink: [String]] = [:]
        func add(_ link: GuideLink, _ user: String) {
            if users[link]?.contains(user) != true { users[link, default: []].append(user) }
        }
        // A rule's own entry on the rules page is that page's to provide, whatever rules it lists.
        for rule in RuleCatalog.all where !rule.guide.isRuleEntry { add(rule.guide, "rule \(rule.id)") }
        for form in FormCatalog.all {
            add(form.guide, "form \(form.kind.rawValue)")
            for (path, field) in form.fieldsWithPaths() {
                if let guide = field.guide { add(guide, "field \(form.kind.rawValue) \(path)") }
            }
        }
        return users.keys.sorted().map { ($0, users[$0]!) }
    }

    /// The languages whose guide has at least one of the pages the forms and rules link to,
    /// in the order given. The rules and form pages take part only there: a content tree
    /// without the e-İzin guide (another manual, a synthetic benchmark tree) builds without
    /// them, while a guide page that lost an anchor still fails the build.
    static func languagesWithGuide(_ guide: GuideContent, _ languages: [Language]) -> [Language] {
        let linked = Set(all().map(\.link.page))
        return languages.filter { language in guide.pages(in: language.rawValue).contains { linked.contains($0.slug) } }
    }

    /// One required target per link and language: "tr/basvuru-adimlari.html#pasaport-bilgisi",
    /// required by "Permits (tr): rule a, field academic-application /identity/passport".
    static func requiredTargets(languages: [Language]) -> [RequiredTarget] {
        languages.flatMap { language in
            all().map { link, users in
                RequiredTarget(
                    href: "\(language.page(link.page).outputPath)#\(link.fragment)",
                    requiredBy: "Permits (\(language.rawValue)): \(users.joined(separator: ", "))")
            }
        }
    }
}
