import Guide
import Site
import Permits

/// The guide anchors the form definitions and rules rely on (`FormCatalog.guideLinkUsers`),
/// as the site build's required targets, so a missing anchor fails the build naming the rule
/// or field to fix (or the heading to restore).
enum GuideLinkTargets {
    /// The languages whose guide has at least one of the pages the forms and rules link to,
    /// in the order given. The rules and form pages take part only there: a content tree
    /// without the e-İzin guide (another manual, a synthetic benchmark tree) builds without
    /// them, while a guide page that lost an anchor still fails the build.
    static func languagesWithGuide(_ guide: GuideContent, _ languages: [Language]) -> [Language] {
        let linked = Set(FormCatalog.allGuideLinks.map(\.page))
        return languages.filter { language in guide.pages(in: language.rawValue).contains { linked.contains($0.slug) } }
    }

    /// One required target per link and language: "tr/basvuru-adimlari.html#pasaport-bilgisi",
    /// required by "Permits (tr): rule a, field academic-application /identity/passport".
    static func requiredTargets(languages: [Language]) -> [RequiredTarget] {
        languages.flatMap { language in
            FormCatalog.guideLinkUsers.map { use in
                RequiredTarget(
                    href: use.link.sitePath(in: language),
                    requiredBy: "Permits (\(language.rawValue)): \(use.users.joined(separator: ", "))")
            }
        }
    }
}
