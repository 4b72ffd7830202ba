import Guide
import SiteLayout

/// The accessibility statement and feedback page per language, `tr/erisilebilirlik.html`
/// and `en/erisilebilirlik.html`: where to report an error in the guide (site.yml
/// `feedback: {email:, url:}`; without it the page says how the publisher sets it), and the
/// checks the site's tests run on every page. Only what scripts/test-site really checks is
/// claimed; what automatic checks cannot show is said too.
struct AccessibilityPage: SitePlugin {
    static let slug = "erisilebilirlik"
    /// Stable ids: the footer links to `#geri-bildirim`.
    static let feedbackID = "geri-bildirim"
    static let statementID = "erisilebilirlik-beyani"

    var name: String { "accessibility" }

    func contribute(guide: GuideContent, to contributions: inout SiteContributions) throws(DiagnosticsError) {
        for language in guide.publishedLanguages {
            let strings = AccessibilityStrings.forLanguage(language.code)
            let helpPage = guide.page(language: language.code, slug: "yardim")
            contributions.pages.append(SitePage(
                language: language.code, slug: Self.slug, title: strings.title, description: strings.description,
                updated: guide.configuration.revision.date,
                bodyHTML: Self.body(strings: strings, feedback: guide.configuration.feedback, helpPage: helpPage?.slug),
                toc: [TOCEntry(level: 2, id: Self.feedbackID, text: strings.feedbackHeading),
                      TOCEntry(level: 2, id: Self.statementID, text: strings.statementHeading)],
                source: "Sources/Site/Plugins/AccessibilityPage.swift", inNavigation: false))
        }
    }

    static func heading(_ id: String, _ text: String, permalink: String) -> String {
        let label = escapeHTML(permalink.replacingOccurrences(of: "%@", with: text))
        return "<div class=\"section-heading\"><h2 id=\"\(id)\">\(escapeHTML(text))</h2><a class=\"permalink\" href=\"#\(id)\" aria-label=\"\(label)\">#</a></div>\n"
    }

    static func body(strings: AccessibilityStrings, feedback: SiteConfiguration.Feedback?, helpPage: String?) -> String {
        var html = heading(feedbackID, strings.feedbackHeading, permalink: strings.permalink)
        var ways: [String] = []
        if let email = feedback?.email {
            ways.append("\(escapeHTML(strings.byEmail)) <a href=\"mailto:\(escapeHTML(email))\">\(escapeHTML(email))</a>")
        }
        if let url = feedback?.url {
            ways.append("\(escapeHTML(strings.byForm)) <a href=\"\(escapeHTML(url))\" class=\"url\">\(escapeHTML(url))</a>")
        }
        if ways.isEmpty {
            html += "<p>\(escapeHTML(strings.notConfigured))</p>\n"
            html += "<p>\(strings.publisherHowToHTML)</p>\n"
        } else {
            html += "<p>\(escapeHTML(strings.feedbackIntro))</p>\n<ul>\n" + ways.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
            html += "<p>\(escapeHTML(strings.feedbackTip))</p>\n"
        }
        if let helpPage {
            html += "<p>\(escapeHTML(strings.portalProblems)) <a href=\"\(PageAddress.link(to: helpPage))\">\(escapeHTML(strings.helpPageName))</a>.</p>\n"
        }
        html += heading(statementID, strings.statementHeading, permalink: strings.permalink)
        html += strings.statementIntro.map { "<p>\(escapeHTML($0))</p>\n" }.joined()
        html += "<ul>\n" + strings.checks.map { "<li>\(escapeHTML($0))</li>\n" }.joined() + "</ul>\n"
        html += strings.limits.map { "<p>\(escapeHTML($0))</p>\n" }.joined()
        return html
    }
}

struct AccessibilityStrings {
    var title: String
    var description: String
    var permalink: String
    var feedbackHeading: String
    var feedbackIntro: String
    var byEmail: String
    var byForm: String
    var feedbackTip: String
    var notConfigured: String
    /// Publisher's instructions; contains `<code>`, so written as HTML.
    var publisherHowToHTML: String
    var portalProblems: String
    var helpPageName: String
    var statementHeading: String
    var statementIntro: [String]
    var checks: [String]
    var limits: [String]
    /// Footer link text.
    var link: String

    static func forLanguage(_ code: String) -> AccessibilityStrings { code == "tr" ? .turkish : .english }

    static let turkish = AccessibilityStrings(
        title: "Erişilebilirlik ve geri bildirim",
        description: "Kılavuzdaki bir hatayı nereye bildireceğiniz ve bu sitenin hangi erişilebilirlik denetimlerinden geçtiği.",
        permalink: GuideStrings.turkish.permalink,
        feedbackHeading: "Kılavuzdaki bir hatayı bildirmek",
        feedbackIntro: "Bu kılavuzda yanlış, eksik ya da anlaşılmayan bir yer gördüyseniz ya da bir sayfayı kullanamadıysanız bize bildirin:",
        byEmail: "e-posta:", byForm: "form:",
        feedbackTip: "Sayfanın adresini ve varsa adım numarasını (örneğin “Adım 10.2”) yazarsanız sorunu daha kolay buluruz.",
        notConfigured: "Bu sitenin yayımcısı henüz bir geri bildirim adresi belirtmedi.",
        publisherHowToHTML: "Yayımcı için: <code>content/site.yml</code> dosyasına <code>feedback:</code> altında <code>email:</code> (bir e-posta adresi) ya da <code>url:</code> (bir web formunun adresi) ekleyip siteyi yeniden oluşturun; bu sayfa o zaman okuyuculara nereye yazacaklarını söyler.",
        portalProblems: "e-İzin portalının kendisiyle ilgili sorunlar (giriş, başvuru, teknik hata) bu sitenin değil, Bakanlığın konusudur; nereye başvuracağınız:",
        helpPageName: "Yardım ve Teknik Destek",
        statementHeading: "Erişilebilirlik beyanı",
        statementIntro: [
            "Bu site, kılavuzu herkesin okuyabileceği biçimde sunmak için hazırlandı: WCAG 2.1 AA düzeyini hedefler.",
            "Sitenin kaynak kodundaki testler (scripts/test-site) her sayfayı aşağıdaki denetimlerden geçirir; biri başarısız olursa testler başarısız sayılır:",
        ],
        checks: [
            "W3C Nu HTML denetleyicisi: geçerli HTML, hata yok.",
            "axe-core 4.9.1 (WCAG 2.0/2.1 A ve AA kuralları ve iyi uygulamalar): açık ve koyu renk düzeninde ve 320 piksel genişlikte ihlal yok.",
            "Klavye: ilk Tab tuşu görünür bir “Ana içeriğe geç” bağlantısına gelir; arama kutusu ve sonuçları yalnızca klavyeyle kullanılabilir.",
            "Dar ekran: 320 ve 375 piksel genişlikte sayfa yana kaymaz; tablolar kendi kutularında kaydırılır.",
            "Başka sunucuya istek yok: sayfalar yazı tipi, betik ya da resim için başka bir siteye bağlanmaz; site bir klasörden (file://) de çalışır.",
            "Bağlantılar: her bağlantı ve sayfa içi çapa (#) gerçekten var olan bir yere gider (oluşturma sırasında ve linkchecker ile).",
            "Dil: her sayfanın dili belirtilir; İngilizce sayfalardaki Türkçe sözcükler işaretlidir.",
        ],
        limits: [
            "Otomatik denetimler her sorunu bulamaz. Bu beyan, ekran okuyucularla yapılmış bir kullanıcı denemesine dayanmaz. Bir engelle karşılaşırsanız yukarıdaki yoldan bildirin.",
        ],
        link: "Erişilebilirlik ve geri bildirim")

    static let english = AccessibilityStrings(
        title: "Accessibility and feedback",
        description: "Where to report an error in the guide, and the accessibility checks this site passes.",
        permalink: GuideStrings.english.permalink,
        feedbackHeading: "Reporting an error in the guide",
        feedbackIntro: "If something in this guide is wrong, missing or unclear, or you could not use a page, tell us:",
        byEmail: "e-mail:", byForm: "form:",
        feedbackTip: "Mention the page's address and, if there is one, the step number (such as “Step 10.2”), so we find the problem quickly.",
        notConfigured: "The publisher of this site has not given a feedback address yet.",
        publisherHowToHTML: "For the publisher: add <code>email:</code> (an e-mail address) or <code>url:</code> (the address of a web form) under <code>feedback:</code> in <code>content/site.yml</code> and build the site again; this page then tells readers where to write.",
        portalProblems: "Problems with the e-İzin portal itself (logging in, an application, a technical error) are for the Ministry, not for this site; where to turn:",
        helpPageName: "Help and Technical Support",
        statementHeading: "Accessibility statement",
        statementIntro: [
            "This site presents the guide so that everyone can read it: it aims at WCAG 2.1 level AA.",
            "The tests in the site's source code (scripts/test-site) put every page through the checks below; if one fails, the tests fail:",
        ],
        checks: [
            "W3C Nu HTML checker: valid HTML, no errors.",
            "axe-core 4.9.1 (WCAG 2.0/2.1 A and AA rules and best practices): no violations in the light and dark colour schemes and at 320 pixels wide.",
            "Keyboard: the first Tab reaches a visible “Skip to main content” link; the search box and its results work with the keyboard alone.",
            "Narrow screens: at 320 and 375 pixels wide no page scrolls sideways; tables scroll inside their own box.",
            "No requests to other hosts: pages load no fonts, scripts or images from another site; the site also works from a folder (file://).",
            "Links: every link and in-page anchor (#) leads to a place that exists (checked by the build and by linkchecker).",
            "Language: every page states its language; Turkish words on English pages are marked.",
        ],
        limits: [
            "Automatic checks cannot find every problem. This statement is not based on a user test with screen readers. If something stops you, report it as described above.",
        ],
        link: "Accessibility and feedback")
}
