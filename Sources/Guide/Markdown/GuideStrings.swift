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
    /// The note at the top of a translation whose source page changed (TranslationStatus):
    /// its title, and its text where `%@` is the link to the source page.
    public var outdatedTitle: String = "Translation may be out of date"
    public var outdatedText: String = "The original page, in %@, has changed since this page was last checked against it. Where the two differ, follow the original."

    public static let turkish = GuideStrings(
        warning: "Uyarı", note: "Not", screen: "Ekran açıklaması",
        permalink: "Bu bölümün bağlantısı: %@", fallbackID: "bolum", portalLabelLanguage: nil,
        outdatedTitle: "Çeviri güncel olmayabilir",
        outdatedText: "Bu sayfanın özgün hâli (%@) bu çeviri son denetlendikten sonra değişti. İkisi ayrıştığında özgün sayfaya uyun.")
    public static let english = GuideStrings(
        warning: "Warning", note: "Note", screen: "Screen description",
        permalink: "Link to this section: %@", fallbackID: "section", portalLabelLanguage: "tr")

    /// The outdated-translation note, linking the source page in its own language.
    public func outdatedTranslationNote(sourceHref: String, sourceLanguage: String, sourceName: String) -> String {
        let link = "<a href=\"\(escapeHTML(sourceHref))\" hreflang=\"\(escapeHTML(sourceLanguage))\" lang=\"\(escapeHTML(sourceLanguage))\">\(escapeHTML(sourceName))</a>"
        let title = escapeHTML(outdatedTitle)
        let text = escapeHTML(outdatedText).replacingOccurrences(of: "%@", with: link)
        return "<aside class=\"callout callout-note translation-note\" role=\"note\" aria-label=\"\(title)\">\n<p class=\"callout-title\" aria-hidden=\"true\">\(title)</p>\n<p>\(text)</p>\n</aside>\n"
    }

    public static func forLanguage(_ code: String) -> GuideStrings { code == "tr" ? .turkish : .english }
}
