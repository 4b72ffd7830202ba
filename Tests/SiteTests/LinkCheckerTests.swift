import CivilDates
import Testing
@testable import Guide
@testable import Site

@Suite struct LinkCheckerTests {
    func page(_ slug: String, links: [LinkReference] = []) -> SitePage {
        SitePage(language: "tr", slug: slug, title: slug, description: "d", updated: CivilDate(iso: "2024-01-01")!,
                 bodyHTML: "", source: "content/tr/\(slug).md", links: links)
    }

    func problems(_ files: [String: String], pages: [String: SitePage] = [:], required: [RequiredTarget] = []) -> [String] {
        var output = SiteOutput()
        for (path, text) in files { output.add(path, text: text, page: pages[path]) }
        return LinkChecker(output: output).check(requiredTargets: required).map(\.description)
    }

    @Test func resolvesRelativePathsAndFragments() {
        let files = [
            "tr/a.html": ##"<html><body><h2 id="x">X</h2><a href="b.html#y">b</a> <a href="../en/c.html">c</a> <a href="#x">x</a> <a href="https://example.org/">e</a> <a href="mailto:a@b.c">m</a></body></html>"##,
            "tr/b.html": #"<p id="y">y</p>"#,
            "en/c.html": "<p>c</p>",
        ]
        #expect(problems(files).isEmpty)
    }

    @Test func reportsMarkdownLinksAtTheirSourceLine() {
        let link = LinkReference(kind: .link, original: "b.md#nope", href: "b.html#nope", location: SourceLocation(file: "content/tr/a.md", line: 12, column: 5))
        let files = ["tr/a.html": #"<a href="b.html#nope">b</a>"#, "tr/b.html": #"<p id="y">y</p>"#]
        let pages = ["tr/a.html": page("a", links: [link]), "tr/b.html": page("b")]
        #expect(problems(files, pages: pages) == ["content/tr/a.md:12:5: error: link to missing anchor #nope in b.md"])
    }

    @Test func anchorInTheOtherLanguageIsNamedWithItsFolder() {
        let link = LinkReference(kind: .link, original: "../en/b.md#nope", href: "../en/b.html#nope", location: SourceLocation(file: "content/tr/a.md", line: 3, column: 1))
        let files = ["tr/a.html": #"<a href="../en/b.html#nope">b</a>"#, "en/b.html": "<p>b</p>", "tr/b.html": "<p>b</p>"]
        var english = page("b")
        english.source = "content/en/b.md"
        let pages = ["tr/a.html": page("a", links: [link]), "en/b.html": english, "tr/b.html": page("b")]
        #expect(problems(files, pages: pages) == ["content/tr/a.md:3:1: error: link to missing anchor #nope in en/b.md"])
    }

    @Test func missingImageSaysSo() {
        let image = LinkReference(kind: .image, original: "ekran.png", href: "ekran.png", location: SourceLocation(file: "content/tr/a.md", line: 5, column: 1))
        let files = ["tr/a.html": #"<p><img src="ekran.png" alt="Ekran"></p>"#]
        #expect(problems(files, pages: ["tr/a.html": page("a", links: [image])]) == [
            "content/tr/a.md:5:1: error: missing image 'ekran.png': the site has no such file (only the Markdown pages of content/ are published)",
        ])
    }

    @Test func percentEncodedFragmentsMatchTheirIDs() {
        let files = ["tr/a.html": ##"<h2 id="adım">A</h2><a href="#ad%C4%B1m">a</a>"##]
        #expect(problems(files).isEmpty)
    }

    @Test func layoutProblemsNameTheGeneratedLine() {
        let files = ["tr/a.html": "<html>\n<body>\n<p id=\"x\">1</p>\n<p id=\"x\">2</p>\n<a href=\"yok.html\">y</a>\n<nav aria-labelledby=\"baslik\"></nav>\n</body></html>"]
        #expect(problems(files, pages: ["tr/a.html": page("a")]) == [
            "content/tr/a.md: error: duplicate id 'x' (first at line 3) (in generated tr/a.html, line 4)",
            "content/tr/a.md: error: aria-labelledby=\"baslik\" names no element on the page (in generated tr/a.html, line 6)",
            "content/tr/a.md: error: link to missing page 'yok.html' (in generated tr/a.html, line 5)",
        ])
    }

    @Test func nothingIsLoadedFromOtherHosts() {
        let files = ["index.html": #"<link rel="stylesheet" href="https://cdn.example.org/x.css"><img src="//cdn.example.org/a.png" alt="">"#]
        #expect(problems(files) == [
            "index.html: error: <link> loads 'https://cdn.example.org/x.css' from another host; the site must load nothing from other hosts (in generated index.html, line 1)",
            "index.html: error: <img> loads '//cdn.example.org/a.png' from another host; the site must load nothing from other hosts (in generated index.html, line 1)",
        ])
    }

    @Test func foldersAndEscapesAreRejected() {
        let files = ["tr/a.html": #"<a href="../../x.html">x</a><a href="../tr/">t</a><a href="javascript:void(0)">j</a>"#]
        #expect(problems(files).count == 3)
    }

    @Test func requiredTargetsAreChecked() {
        let files = ["tr/a.html": #"<h2 id="adim-1">A</h2>"#]
        let required = [
            RequiredTarget(href: "tr/a.html#adim-1", requiredBy: "rule ok"),
            RequiredTarget(href: "tr/a.html#adim-2", requiredBy: "rule passport-60-days"),
        ]
        #expect(problems(files, required: required) == ["rule passport-60-days: error: link to missing anchor #adim-2 in tr/a.html"])
    }

    @Test func siteURLResolution() throws {
        #expect(try SiteURL.resolve("b.html#x", from: "tr/a.html").path == "tr/b.html")
        #expect(try SiteURL.resolve("../en/b.html?q=1", from: "tr/a.html").path == "en/b.html")
        #expect(try SiteURL.resolve("#x", from: "tr/a.html").path == "tr/a.html")
        #expect(try SiteURL.resolve("./b%20c.html", from: "tr/a.html").path == "tr/b c.html")
        #expect(throws: SiteURL.Problem.self) { try SiteURL.resolve("../../a.html", from: "tr/a.html") }
    }

    @Test func aColonAfterNonSchemeCharactersIsARelativePath() {
        // Browsers read "java%0Ascript:x" as a relative path (a scheme has no "%"): it is a
        // link to a missing page, not an external link the checker may skip.
        let files = ["tr/a.html": #"<a href="java%0Ascript:alert(1)">j</a><a href="a%20b:c.html">k</a><a href="tel:+90">t</a><a href="JavaScript:x">x</a>"#]
        #expect(problems(files) == [
            "tr/a.html: error: link to missing page 'java%0Ascript:alert(1)' (in generated tr/a.html, line 1)",
            "tr/a.html: error: link to missing page 'a%20b:c.html' (in generated tr/a.html, line 1)",
            "tr/a.html: error: javascript: URL 'JavaScript:x' (in generated tr/a.html, line 1)",
        ])
    }
}
