import Foundation
import Testing
@testable import Guide

/// Links between guide pages (`x.md#frag`) are resolved against the loaded content and
/// reported where they are written in the Markdown: file, line and column (in characters).
@Suite struct GuideLinksTests {
    static let twoLanguages = siteYML.replacingOccurrences(of: "  tr: \"e-İzin Kılavuzu\"", with: "  tr: \"e-İzin Kılavuzu\"\n  en: \"e-İzin Guide\"") + """

      - code: en
        name: English
        navigation: [index, giris]
    """

    func content(_ index: String, english: Bool = false) throws -> TemporaryContent {
        var files = [
            "site.yml": english ? Self.twoLanguages : siteYML,
            "tr/index.md": page("Ana sayfa", order: 1, body: index),
            "tr/giris.md": page("Giriş", order: 2, body: "## Giriş\n\n## Kayıt {#kayit}\n"),
        ]
        if english {
            files["en/index.md"] = page("Home", order: 1)
            files["en/giris.md"] = page("Login", order: 2, body: "## Login {#login}\n")
        }
        return try TemporaryContent(files)
    }

    @Test func linksToPagesAndAnchorsThatExistPass() throws {
        let index = "Bak: [giriş](giris.md), [kayıt](giris.md#kayit), [login](../en/giris.md#login), [giriş](./giris.md?x#giris).\n"
        let errors = try content(index, english: true).errors()
        #expect(errors == [])
    }

    @Test func missingPageIsReportedAtTheLinkWithTheFileItWouldBe() throws {
        // Line 7 of the file (front matter is lines 1-6); "Çalış" counts as 5 columns, not 7 bytes.
        let errors = try content("Çalış [a](yok.md) ve [b](../en/giris.md#login)\n").errors()
        #expect(errors == [
            "content/tr/index.md:7:7: error: link to missing page 'yok.md': there is no content/tr/yok.md; correct the file name, or write that page",
            "content/tr/index.md:7:22: error: link to missing page '../en/giris.md#login': there is no content/en/giris.md; correct the file name, or write that page",
        ])
    }

    @Test func missingAnchorNamesThePageAsItsAuthorKnowsIt() throws {
        let index = "## Giriş\n\n- [a](giris.md#yok)\n- [b](../en/giris.md#kayit)\n- [c](index.md#kimse)\n"
        let errors = try content(index, english: true).errors()
        #expect(errors == [
            "content/tr/index.md:9:3: error: link to missing anchor #yok in giris.md: no heading or callout there has this id; link one that does, or give the heading {#yok} at the end of its line",
            "content/tr/index.md:10:3: error: link to missing anchor #kayit in en/giris.md: no heading or callout there has this id; link one that does, or give the heading {#kayit} at the end of its line",
            "content/tr/index.md:11:3: error: link to missing anchor #kimse in index.md: no heading or callout there has this id; link one that does, or give the heading {#kimse} at the end of its line",
        ])
    }

    @Test func linksLeavingTheSiteOrWithAnEmptyFragmentAreReported() throws {
        let errors = try content("[a](../../x.md) [b](giris.md#)\n").errors()
        #expect(errors == [
            "content/tr/index.md:7:1: error: link '../../x.md' points outside the site",
            "content/tr/index.md:7:17: error: link 'giris.md#' has an empty #fragment",
        ])
    }

    @Test func forbiddenSchemesAreReportedAtTheLinkOrImage() throws {
        let errors = try content("Ön [a](VBScript:msgbox)\n\n![b](data:image/png;base64,AAAA)\n").errors()
        #expect(errors == [
            "content/tr/index.md:7:4: error: vbscript: URLs are not allowed",
            "content/tr/index.md:9:1: error: data: URLs are not allowed",
        ])
    }

    /// The build gets them with the rendered guide and reports them with its own link check,
    /// so one run names every broken link; a page link names its destination as data.
    @Test func renderKeepsLinkProblemsForTheBuild() throws {
        let content = try content("[a](yok.md) [b](giris.md#kayit) [c](kurallar.html)\n")
        let guide = try ContentLoader(directory: content.path).render(ContentLoader(directory: content.path).read())
        #expect(guide.linkProblems.map(\.location.description) == ["\(content.path)/tr/index.md:7:1"])
        let links = try #require(guide.page(language: "tr", slug: "index")?.body.links)
        #expect(links.map(\.destination) == [.guidePage, .guidePage, .siteFile])
        #expect(links.map(\.href) == ["yok.html", "giris.html#kayit", "kurallar.html"])
    }

    @Test func pageNames() {
        #expect(LinkProblem.pageName(source: "content/tr/b.md", path: "tr/b.html", linkedFrom: "tr/a.html") == "b.md")
        #expect(LinkProblem.pageName(source: "content/en/b.md", path: "en/b.html", linkedFrom: "tr/a.html") == "en/b.md")
        #expect(LinkProblem.pageName(source: "content/tr/b.md", path: "tr/b.html", linkedFrom: nil) == "b.md")
        #expect(LinkProblem.pageName(source: "Sources/PermitPages/RulesPage.swift", path: "tr/kurallar.html", linkedFrom: "tr/a.html") == "kurallar.html")
        #expect(LinkProblem.pageName(source: "Sources/PermitPages/RulesPage.swift", path: "en/kurallar.html", linkedFrom: "tr/a.html") == "en/kurallar.html")
        #expect(LinkProblem.pageName(source: "Sources/PermitPages/RulesPage.swift", path: "tr/kurallar.html", linkedFrom: nil) == "tr/kurallar.html")
    }

    @Test func siteURLResolution() throws {
        #expect(try SiteURL.resolve("b.html#x", from: "tr/a.html") == SiteURL(path: "tr/b.html", fragment: "x"))
        #expect(try SiteURL.resolve("../en/b.html?q=1", from: "tr/a.html").path == "en/b.html")
        #expect(try SiteURL.resolve("#x", from: "tr/a.html").path == "tr/a.html")
        #expect(try SiteURL.resolve("./b%20c.html", from: "tr/a.html").path == "tr/b c.html")
        #expect(throws: SiteURL.Problem.outsideSite) { try SiteURL.resolve("../../a.html", from: "tr/a.html") }
        #expect(throws: SiteURL.Problem.forbiddenScheme("javascript")) { try SiteURL.resolve("Java\tScript:x", from: "tr/a.html") }
        // Plain relative paths take a shortcut; it must agree with the full walk.
        #expect(try SiteURL.resolve("b.html", from: "index.html").path == "b.html")
        #expect(try SiteURL.resolve("x/y.png", from: "tr/a.html").path == "tr/x/y.png")
        #expect(try SiteURL.resolve(".../b.html", from: "tr/a.html").path == "tr/.../b.html")
        #expect(try SiteURL.resolve("x/./../b.html", from: "tr/a.html").path == "tr/b.html")
        #expect(try SiteURL.resolve("x//b.html", from: "tr/a.html").path == "tr/x/b.html")
        #expect(try SiteURL.resolve("/en/b.html", from: "tr/a.html").path == "en/b.html")
        #expect(try SiteURL.resolve("..", from: "tr/a.html").path == "")
        // The byte search the hot loops use.
        #expect("abc".containsBytes("") && "abc".containsBytes("abc") && "xxabc".containsBytes("bc") && !"abc".containsBytes("abcd"))
        #expect(!"ab ab".containsBytes("abb") && "şaşkın <table>".containsBytes("<table") && !"aaaa".containsBytes("ab"))
        let bytes = Array("abcabc".utf8)
        #expect(bytes.firstIndex(ofBytes: Array("bc".utf8)) == 1 && bytes.firstIndex(ofBytes: Array("bc".utf8), from: 2) == 4)
        #expect(bytes.firstIndex(ofBytes: Array("bc".utf8), from: 5) == nil && bytes.firstIndex(ofBytes: [], from: 6) == 6)
        #expect(bytes.firstIndex(ofBytes: Array("abcabcd".utf8)) == nil && bytes.firstIndex(ofBytes: Array("c".utf8), from: 7) == nil)
        #expect(SiteURL.percentDecoded("a%20b") == "a b" && SiteURL.percentDecoded("a b") == "a b" && SiteURL.percentDecoded("%zz") == "%zz")
        #expect(SiteURL.scheme(of: "java%0Ascript:x") == nil)
        #expect(SiteURL.scheme(of: "HTTPS://example.org") == "https")
    }
}
