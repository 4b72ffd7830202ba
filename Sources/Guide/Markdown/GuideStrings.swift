/// The language-dependent words the Markdown renderer writes into pages.
public struct GuideStrings: Sendable {
    public var warning: String
    public var note: String
    public var screen: String
    /// Accessible name of a heading's "#" permalink; `%@` is replaced by the heading text.
    public var permalink: String
    /// Base for headings whose text gives no slug (only punctuation, say).
    public var fallbackID: String
    /// `lang` of portal labels when it differs from the page's: the portal is Turkish, so an
    /// English page marks its quoted labels as Turkish (WCAG 3.1.2, language of parts).
    public var portalLabelLanguage: String?

    public static let turkish = GuideStrings(
        warning: "Uyarı", note: "Not", screen: "Ekran açıklaması",
        permalink: "Bu bölümün bağlantısı: %@", fallbackID: "bolum", portalLabelLanguage: nil)
    public static let english = GuideStrings(
        warning: "Warning", note: "Note", screen: "Screen description",
        permalink: "Link to this section: %@", fallbackID: "section", portalLabelLanguage: "tr")

    public static func forLanguage(_ code: String) -> GuideStrings { code == "tr" ? .turkish : .english }
}
