import Site
import Permits

/// The rules page's own words, per language. Rule texts come from `Permits.RuleCatalog`.
struct RulesPageStrings: Sendable {
    var title: String
    var description: String
    /// Paragraphs of the introduction, as HTML (they hold `<code>` and links).
    var introHTML: [String]
    var errors: String
    var warnings: String
    var severityError: String
    var severityWarning: String
    var ruleID: String
    var severity: String
    var message: String
    var source: String
    var kinds: String
    var allKinds: String
    var drafts: String
    var checkedInDrafts: String
    var notCheckedInDrafts: String
    var guide: String
    var fieldOwnStep: String
    /// Accessible names of the "#" links: a rule's, and a group heading's (the guide's words).
    var permalink: String
    var sectionPermalink: String
    var ruleWord: String
    var rulesWord: String

    /// "34 kural" / "34 rules".
    func count(_ n: Int) -> String { "\(n) \(n == 1 ? ruleWord : rulesWord)" }

    static func forLanguage(_ language: Language) -> RulesPageStrings {
        language == .tr ? .turkish : .english
    }

    static let turkish = RulesPageStrings(
        title: "Doğrulama kuralları",
        description: "eizin validate komutunun denetlediği kurallar: kimlik, önem derecesi, kaynak, ileti ve kılavuzdaki açıklaması.",
        introHTML: [
            "Bu sayfa, <code>eizin validate</code> komutunun bir başvuru dosyasında denetlediği her kuralı listeler. Sayfadaki hiçbir bilgi hukuki danışmanlık değildir; bağlayıcı olan Bakanlığın e-İzin sistemi ve mevzuattır.",
            "<strong>Hata</strong>, kılavuzun açıkça söylediği ya da bir takvim veya denetim basamağı (<span lang=\"en\">checksum</span>) gerçeği olan kuraldır: kılavuza göre başvuru eksik ya da yanlıştır. <strong>Uyarı</strong>, ikincil bir kaynağa (Bakanlığın Sıkça Sorulan Sorular sayfası, 6735 sayılı Kanun) ya da çıkarıma dayanır veya bir değerin denetlenemediğini bildirir; iletisi nedenini söyler.",
            "Her kuralın bağlantısı kimliğiyle kurulur, örneğin <code>kurallar.html#passport-expiry-60-days</code>. Bir başvuruyu denetlemek için: <code>eizin validate --lang tr basvuru.json</code> (bir klasör de verilebilir); kataloğun metin hâli: <code>eizin rules --lang tr</code>.",
        ],
        errors: "Hatalar", warnings: "Uyarılar",
        severityError: "Hata", severityWarning: "Uyarı",
        ruleID: "Kural kimliği", severity: "Önem derecesi", message: "İleti", source: "Kaynak",
        kinds: "Başvuru türleri", allKinds: "Tüm başvuru türleri",
        drafts: "Taslak", checkedInDrafts: "Taslak olarak kaydedilen başvuruda da denetlenir.",
        notCheckedInDrafts: "Taslak olarak kaydedilen başvuruda denetlenmez (--draft).",
        guide: "Kılavuzda", fieldOwnStep: "bulgu, ilgili alanın kendi kılavuz adımına bağlantı verir",
        permalink: "Bu kuralın bağlantısı", sectionPermalink: "Bu bölümün bağlantısı",
        ruleWord: "kural", rulesWord: "kural")

    static let english = RulesPageStrings(
        title: "Validation rules",
        description: "The rules eizin validate checks: id, severity, source, message and where the guide explains each.",
        introHTML: [
            "This page lists every rule the <code>eizin validate</code> command checks in an application file. Nothing on this page is legal advice; what binds is the ministry's e-İzin system and the law.",
            "An <strong>error</strong> is stated by the guide, or is a fact of the calendar or of an identifier's checksum: by the guide, the application is incomplete or wrong. A <strong>warning</strong> comes from a secondary source (the ministry's FAQ, Law No. 6735) or from inference, or says that a value could not be checked; its message says why.",
            "Link to a rule by its id, for example <code>kurallar.html#passport-expiry-60-days</code>. To check an application: <code>eizin validate --lang en application.json</code> (a folder works too); the catalogue as text: <code>eizin rules --lang en</code>.",
        ],
        errors: "Errors", warnings: "Warnings",
        severityError: "Error", severityWarning: "Warning",
        ruleID: "Rule id", severity: "Severity", message: "Message", source: "Source",
        kinds: "Application kinds", allKinds: "Every application kind",
        drafts: "Drafts", checkedInDrafts: "Also checked in an application saved as a draft.",
        notCheckedInDrafts: "Not checked in an application saved as a draft (--draft).",
        guide: "In the guide", fieldOwnStep: "a finding links to its field's own guide step",
        permalink: "Link to this rule", sectionPermalink: "Link to this section",
        ruleWord: "rule", rulesWord: "rules")
}
