import CivilDates
import Guide

/// The words of the page layout, per language. Content words come from content/.
struct UIStrings {
    var skipLink: String
    var navigation: String
    var breadcrumb: String
    var contents: String
    var pager: String
    var previous: String
    var next: String
    var revision: String
    var lastUpdated: String
    var otherLanguages: String
    /// Phone layout: the header link down to the section list, which comes after the page.
    var sectionsLink: String
    var notFoundTitle: String
    var notFoundText: String
    var chooseLanguage: String
    var months: [String]

    static let turkish = UIStrings(
        skipLink: "Ana içeriğe geç", navigation: "Kılavuz bölümleri", breadcrumb: "Bulunduğunuz yer",
        contents: "Bu sayfada", pager: "Önceki ve sonraki bölüm", previous: "Önceki", next: "Sonraki",
        revision: "Revizyon", lastUpdated: "Son güncelleme", otherLanguages: "Diğer diller", sectionsLink: "Bölümler",
        notFoundTitle: "Sayfa bulunamadı", notFoundText: "Aradığınız sayfa bu kılavuzda yok. Kılavuzun başlangıç sayfasından devam edebilirsiniz.",
        chooseLanguage: "Dil seçin",
        months: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"])

    static let english = UIStrings(
        skipLink: "Skip to main content", navigation: "Guide sections", breadcrumb: "You are here",
        contents: "On this page", pager: "Previous and next section", previous: "Previous", next: "Next",
        revision: "Revision", lastUpdated: "Last updated", otherLanguages: "Other languages", sectionsLink: "Sections",
        notFoundTitle: "Page not found", notFoundText: "This page is not in the guide. Continue from the guide's start page.",
        chooseLanguage: "Choose a language",
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])

    static func forLanguage(_ code: String) -> UIStrings { code == "tr" ? .turkish : .english }

    /// "31 Temmuz 2024": written out, so no reader mistakes day and month.
    func format(_ date: CivilDate) -> String { "\(date.day) \(months[date.month - 1]) \(date.year)" }

    /// Everything templates read, as a Mustache context.
    var context: [String: Any] {
        [
            "skipLink": skipLink, "navigation": navigation, "breadcrumb": breadcrumb, "contents": contents,
            "pager": pager, "previous": previous, "next": next, "revision": revision, "lastUpdated": lastUpdated,
            "otherLanguages": otherLanguages, "notFoundTitle": notFoundTitle, "notFoundText": notFoundText,
            "chooseLanguage": chooseLanguage, "sectionsLink": sectionsLink,
        ]
    }
}
