import Foundation
import Testing
@testable import Guide
@testable import PermitPages
@testable import Site

/// The journey page, section numbers, the glossary's first-use links, the printable guide
/// and the accessibility and feedback page, on the real content/ (docs/site.md, "Journey").
@Suite struct JourneyGlossaryTests {
    static let site: SiteOutput? = try? SiteBuilder(contentDirectory: RealContent.path, plugins: [RulesPage()]).makeSite()
    static let guide: GuideContent? = try? ContentLoader(directory: RealContent.path, reservedIDs: PageLayout.reservedIDs).load()

    func html(_ path: String) throws -> String {
        let site = try #require(Self.site)
        return try #require(site.text(path), "\(path) missing")
    }

    static let stepPattern = try! NSRegularExpression(pattern: #"id="(adim-\d+-\d+)""#)

    /// Every `adim-N-M` id of the guide's pages, in navigation order.
    func stepIDs(_ language: String) throws -> [(slug: String, id: String)] {
        let guide = try #require(Self.guide)
        return guide.pages(in: language).flatMap { page in
            page.body.anchors.filter { $0.id.hasPrefix("adim-") }.map { (page.slug, $0.id) }
        }
    }

    @Test(arguments: ["tr", "en"]) func journeyListsEveryStepInOrderWithItsLink(language: String) throws {
        let page = try html("\(language)/yolculuk.html")
        let expected = try stepIDs(language)
        #expect(expected.count == 39)
        let links = try NSRegularExpression(pattern: #"href="([a-z-]+)\.html#(adim-\d+-\d+)""#)
        let found = links.matches(in: page, range: NSRange(page.startIndex..., in: page)).map { match in
            (String(page[Range(match.range(at: 1), in: page)!]), String(page[Range(match.range(at: 2), in: page)!]))
        }
        #expect(found.map { "\($0.0)#\($0.1)" } == expected.map { "\($0.slug)#\($0.id)" })
        // Every section from 1 to 13 under its number, and nothing after the journey.
        for number in 1...13 { #expect(page.contains("id=\"bolum-\(number)\""), "bolum-\(number)") }
        let list = String(page[try #require(page.range(of: "<ol class=\"journey\">")).lowerBound...])
        #expect(!list.contains("id=\"bolum-14\"") && !list.contains("href=\"yardim.html"))
    }

    @Test(arguments: ["tr", "en"]) func journeyShowsTheBranchesWarningsAndExtension(language: String) throws {
        let page = try html("\(language)/yolculuk.html")
        let or = language == "tr" ? "ya da" : "or"
        // Sections 8 and 9 are one either/or group; inside 9, Evet/Hayır, then Yurt İçinde/Dışında.
        let sectionChoice = try #require(page.range(of: "journey-section-choice"))
        let eight = try #require(page.range(of: "id=\"bolum-8\""))
        let nine = try #require(page.range(of: "id=\"bolum-9\""))
        let ten = try #require(page.range(of: "id=\"bolum-10\""))
        #expect(sectionChoice.lowerBound < eight.lowerBound && eight.lowerBound < nine.lowerBound)
        let between = page[eight.upperBound..<nine.lowerBound]
        #expect(between.contains("<p class=\"journey-or\">\(or)</p>"))
        let nineText = String(page[nine.upperBound..<ten.lowerBound])
        for id in ["yabanci-kimlik-numarasi-var", "yabanci-kimlik-numarasi-yok", "yurt-icinde", "yurt-disinda"] {
            #expect(nineText.contains("href=\"kktc-muaf.html#\(id)\""), "\(id)")
        }
        #expect(nineText.components(separatedBy: "class=\"journey-alternatives\"").count == 3)
        // The Hayır branch holds the Yurt İçinde / Yurt Dışında choice.
        let no = try #require(nineText.range(of: "#yabanci-kimlik-numarasi-yok"))
        #expect(nineText[no.upperBound...].contains("#yurt-icinde"))
        // The 60-day warnings, before step 11.1; the extension in section 13.
        let passport = try #require(page.range(of: "basvuru-sonuclandirma.html#uyari-pasaport-60-gun"))
        let extensionWarning = try #require(page.range(of: "basvuru-sonuclandirma.html#uyari-uzatma-suresi"))
        let step111 = try #require(page.range(of: "basvuru-sonuclandirma.html#adim-11-1"))
        #expect(passport.lowerBound < step111.lowerBound && extensionWarning.lowerBound < step111.lowerBound)
        #expect(page.contains("journey-item journey-warning\"><a href=\"basvuru-sonuclandirma.html#uyari-pasaport-60-gun\""))
        #expect(page.contains("href=\"izin-sonrasi-islemler.html#izin-uzatma\""))
    }

    @Test func guidePagesShowTheirSectionNumberAndPlace() throws {
        let page = try html("tr/basvuru-adimlari.html")
        #expect(page.contains("<h1><span class=\"section-number\">10.</span> Başvuru Adımları</h1>"))
        #expect(page.contains("<p class=\"journey-position\">Yolculukta: bölüm 10 / 13 · adım 10.1–10.9 · <a href=\"yolculuk.html#bolum-10\">"))
        #expect(page.contains("<a href=\"basvuru-adimlari.html\" aria-current=\"page\"><span class=\"nav-number\">10.</span> Başvuru Adımları</a>"))
        #expect(page.contains("<a href=\"giris-sayfasi.html\"><span class=\"nav-number\">1.</span> Giriş Sayfası (e-Devlet)</a>"))
        // Outside the journey: no number.
        #expect(page.contains("<a href=\"yardim.html\">Yardım ve Teknik Destek</a>"))
        let yok = try html("en/yok-on-izin.html")
        #expect(yok.contains("On the journey: section 8 of 13 (or section 9) · steps 8.1–8.3"))
        let help = try html("tr/yardim.html")
        #expect(!help.contains("journey-position") && !help.contains("section-number"))
    }

    @Test(arguments: ["tr", "en"]) func everyPageLinksTheNewPagesFromItsFooter(language: String) throws {
        let site = try #require(Self.site)
        let paths = site.htmlPaths.filter { $0.hasPrefix("\(language)/") && !$0.hasSuffix("404.html") }
        #expect(paths.count == 21)
        for path in paths {
            let page = try html(path)
            let start = try #require(page.range(of: "<footer"))
            let footer = String(page[start.lowerBound...])
            for slug in ["yolculuk", "sozluk", "yazdir", "erisilebilirlik"] {
                #expect(footer.contains("href=\"\(slug).html\""), "\(path) footer links \(slug)")
            }
        }
    }

    // MARK: glossary

    func glossaryLinks(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<a class="term" href="sozluk\.html#([a-z-]+)">"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
    }

    @Test(arguments: ["tr", "en"]) func glossaryHasEveryTermAndPagesLinkFirstUseOnce(language: String) throws {
        let guide = try #require(Self.guide)
        let glossary = try #require(guide.page(language: language, slug: "sozluk"))
        let ids = glossary.frontMatter.terms.map(\.id)
        #expect(ids == ["e-izin", "e-devlet", "e-imza", "e-bildirge", "sgk", "yok", "kktc", "yabanci-kimlik-numarasi",
                        "harc", "on-izin", "isyeri-sicil-numarasi", "dis-temsilcilik", "biyometrik-fotograf"])
        #expect(glossary.body.toc.map(\.id) == ids)
        var linked: Set<String> = []
        for page in guide.pages(in: language) {
            let links = glossaryLinks(page.body.html)
            #expect(links.count == Set(links).count, "\(page.slug): each term at most once")
            if page.slug == "sozluk" { #expect(links.isEmpty) }
            linked.formUnion(links)
        }
        // Terms the guide's text uses outside portal labels are linked somewhere.
        #expect(linked.isSuperset(of: ["e-izin", "e-devlet", "e-imza", "yok", "kktc", "on-izin", "yabanci-kimlik-numarasi", "harc", "dis-temsilcilik", "biyometrik-fotograf", "e-bildirge"]))
    }

    func render(_ markdown: String, terms: [String: [String]]) throws -> String {
        let glossary = Glossary(slug: "sozluk", terms: terms.keys.sorted().map { GlossaryTerm(id: $0, words: terms[$0]!, location: SourceLocation(file: "x")) })
        return try MarkdownRenderer(glossary: glossary).render(markdown, file: "x.md").html
    }

    @Test func firstUseIsLinkedNeverInHeadingsLinksCodeLabelsOrRawHTML() throws {
        let html = try render("""
            ## YÖK başlıkta {#baslik}

            [[YÖK Ön İzin]] etiketi, `YÖK` kodu, [YÖK bağlantısı](https://example.org), <abbr title="x">YÖK</abbr>
            ve sonra YÖK'e başvurulur; YÖK ikinci kez bağlanmaz. Ön izin büyük harfle, ön izni de.

            ```
            YÖK
            ```
            """, terms: ["yok": ["YÖK"], "on-izin": ["ön izin", "ön izni"]])
        #expect(glossaryLinks(html) == ["yok", "on-izin"])
        #expect(html.contains("sonra <a class=\"term\" href=\"sozluk.html#yok\">YÖK</a>'e başvurulur; YÖK ikinci"))
        #expect(html.contains("<a class=\"term\" href=\"sozluk.html#on-izin\">Ön izin</a> büyük"))
        #expect(html.contains("<span class=\"ui-label\">YÖK Ön İzin</span>"))
        #expect(html.contains("<h2 id=\"baslik\">YÖK başlıkta</h2>"))
    }

    @Test func wordsMatchWholeWordsLongestFirst() throws {
        let html = try render("SGKLI değil, e-İzinx değil; SGK tescil numarası ile, sonra SGK.",
                              terms: ["sgk": ["SGK"], "sicil": ["SGK tescil numarası"], "e-izin": ["e-İzin"]])
        #expect(glossaryLinks(html) == ["sicil", "sgk"])
        #expect(html.contains("<a class=\"term\" href=\"sozluk.html#sicil\">SGK tescil numarası</a> ile, sonra <a class=\"term\" href=\"sozluk.html#sgk\">SGK</a>."))
    }

    @Test func glossaryErrorsNameTheFrontMatterLine() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try RealContent.copy(into: scratch)
        try replace("  sgk: [SGK]\n", with: "  sgk: [SGK]\n  yok-olan: [hiç]\n", in: content + "/tr/sozluk.md")
        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder(contentDirectory: content, plugins: [RulesPage()]).makeSite() }
        #expect(error.diagnostics.map(\.description) == ["\(content)/tr/sozluk.md:12:3: error: glossary term 'yok-olan' has no entry: add a heading ending {#yok-olan} to this page"])
    }

    // MARK: print page

    @Test(arguments: ["tr", "en"]) func printPageHasEverySectionOnceWithUniqueIDs(language: String) throws {
        let guide = try #require(Self.guide)
        let page = try html("\(language)/yazdir.html")
        let ids = HTMLFacts(html: Array(page.utf8)).ids.map(\.id)
        #expect(ids.count == Set(ids).count)
        for guidePage in guide.pages(in: language) {
            #expect(page.components(separatedBy: "<h2 id=\"\(guidePage.slug)\">").count == 2, "\(guidePage.slug) once")
            for anchor in guidePage.body.anchors {
                #expect(ids.contains("\(guidePage.slug)--\(anchor.id)"), "\(guidePage.slug)--\(anchor.id)")
            }
        }
        #expect(page.contains("<h2 id=\"basvuru-adimlari\">10. "))
        #expect(page.contains("<h4 id=\"basvuru-adimlari--adim-10-2\">"))
        #expect(!page.contains("class=\"permalink\" href=\"#adim") && !page.contains("<h1 id"))
        // Sections follow the navigation.
        let offsets = guide.pages(in: language).compactMap { page.range(of: "<h2 id=\"\($0.slug)\">")?.lowerBound }
        #expect(offsets == offsets.sorted())
    }

    @Test func printLinksAreAbsoluteWithABaseURL() throws {
        let output = try SiteBuilder(contentDirectory: RealContent.path, baseURL: "https://example.org/kilavuz/", plugins: [RulesPage()]).makeSite()
        let page = try #require(output.text("tr/yazdir.html"))
        #expect(page.contains("href=\"https://example.org/kilavuz/tr/giris-sayfasi.html#adim-1-1\""))
        let body = String(page[try #require(page.range(of: "<section class=\"print-section\"")).lowerBound...])
        #expect(!body.contains("href=\"giris-sayfasi.html#adim-1-1\""))
        #expect(PrintPage.demote("<h2 id=\"a\">x</h2><a href=\"#a\">y</a>", prefix: "p", base: nil) == "<h3 id=\"p--a\">x</h3><a href=\"#p--a\">y</a>")
    }

    // MARK: accessibility and feedback

    @Test func feedbackSettingsComeFromSiteYML() throws {
        let unset = try html("tr/erisilebilirlik.html")
        #expect(unset.contains("henüz bir geri bildirim adresi belirtmedi"))
        #expect(unset.contains("<code>feedback:</code>"))
        #expect(unset.contains("W3C Nu") && unset.contains("axe-core 4.9.1") && unset.contains("320"))
        #expect(unset.contains("<a href=\"yardim.html\">"))

        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try RealContent.copy(into: scratch)
        try replace("languages:\n", with: "feedback:\n  email: kilavuz@example.org\n  url: https://example.org/form\nlanguages:\n", in: content + "/site.yml")
        let output = try SiteBuilder(contentDirectory: content, plugins: [RulesPage()]).makeSite()
        let english = try #require(output.text("en/erisilebilirlik.html"))
        #expect(english.contains("<a href=\"mailto:kilavuz@example.org\">kilavuz@example.org</a>"))
        #expect(english.contains("<a href=\"https://example.org/form\" class=\"url\">"))
        #expect(!english.contains("has not given a feedback address"))

        try replace("  email: kilavuz@example.org\n", with: "  email: not an address\n", in: content + "/site.yml")
        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder(contentDirectory: content, plugins: [RulesPage()]).makeSite() }
        #expect(error.diagnostics.first?.description.contains("'email' must be an e-mail address") == true)
    }

    @Test func journeyChoiceErrorsPointAtSiteYML() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try RealContent.copy(into: scratch)
        try replace("    - [yok-on-izin, kktc-muaf]\n", with: "    - [yok-on-izin, basvuru-adimlari]\n", in: content + "/site.yml")
        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder(contentDirectory: content, plugins: [RulesPage()]).makeSite() }
        #expect(error.diagnostics.map(\.description).first?.contains("site.yml:") == true)
        #expect(error.diagnostics.map(\.description).first?.contains("the sections must follow each other") == true)
    }

    @Test func twoBuildsOfTheRealContentAreIdentical() throws {
        let a = try SiteBuilder(contentDirectory: RealContent.path, plugins: [RulesPage()]).makeSite()
        let b = try SiteBuilder(contentDirectory: RealContent.path, plugins: [RulesPage()]).makeSite()
        for path in ["tr/yolculuk.html", "en/yazdir.html", "tr/sozluk.html", "en/erisilebilirlik.html", "tr/kktc-muaf.html"] {
            #expect(a.text(path) == b.text(path), "\(path)")
        }
    }
}
