/// The rule catalogue as plain text, for `eizin rules`.
public enum RuleCatalogText {
    public static func render(_ language: Language) -> String {
        let words: (source: String, guide: String, drafts: String) = language == .tr
            ? ("Kaynak", "Kılavuz", "taslakta denetlenmez")
            : ("Source", "Guide", "not checked in drafts")
        var out = ""
        for rule in RuleCatalog.all {
            out += "\(rule.id)  \(rule.severity.rawValue)  \(rule.title[language])"
            if !rule.appliesToDrafts { out += "  (\(words.drafts))" }
            out += "\n  \(rule.catalogueMessage[language])\n"
            out += "  \(words.source): \(rule.source[language])\n"
            out += "  \(words.guide): \(rule.guide.sitePath(in: language))\n\n"
        }
        return out
    }
}
