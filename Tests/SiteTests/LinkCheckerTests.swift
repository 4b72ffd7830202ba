import CivilDates
import Testing
@testable import Guide
import PermitPages
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

    func findings(_ files: [String: String], pages: [String: SitePage] = [:]) -> [LinkChecker.Finding] {
        var output = SiteOutput()
        for (path, text) in files { output.add(path, text: text, page: pages[path]) }
        return LinkChecker(output: output).findings()
    }

    @Test func markdownLinksAreResolvedFromDataAtTheirSourcePosition() {
        // Both links are in the HTML too; each is reported once, where it is written.
        let location = SourceLocation(file: "content/tr/a.md", line: 12, column: 5)
        let links = [
            LinkReference(kind: .link, original: "kurallar.html#yok", href: "kurallar.html#yok", location: location),
            LinkReference(kind: .link, original: "#b%C3%B6l%C3%BCm", href: "#b%C3%B6l%C3%BCm", location: SourceLocation(file: "content/tr/a.md", line: 14, column: 1)),
        ]
        let files = ["tr/a.html": ##"<h2 id="x">X</h2><a href="kurallar.html#yok">k</a> <a href="#b%C3%B6l%C3%BCm">b</a>"##, "tr/kurallar.html": #"<p id="y">y</p>"#]
        var rules = page("kurallar")
        rules.source = "Sources/PermitPages/RulesPage.swift"
        #expect(findings(files, pages: ["tr/a.html": page("a", links: links), "tr/kurallar.html": rules]) == [
            LinkChecker.Finding(place: .source(location), problem: .link(.missingAnchor(link: "kurallar.html#yok", fragment: "yok", page: "kurallar.html"))),
            LinkChecker.Finding(place: .source(links[1].location), problem: .link(.missingAnchor(link: "#b%C3%B6l%C3%BCm", fragment: "bölüm", page: "a.md"))),
        ])
        #expect(problems(files, pages: ["tr/a.html": page("a", links: links), "tr/kurallar.html": rules]) == [
            "content/tr/a.md:12:5: error: link to missing anchor #yok in kurallar.html",
            "content/tr/a.md:14:1: error: link to missing anchor #bölüm in a.md",
        ])
    }

    /// Links between guide pages were resolved when the guide was rendered (`GuideLinks`);
    /// the check neither repeats them nor reads them back from the HTML.
    @Test func guidePageLinksAreLeftToTheGuide() {
        let link = LinkReference(kind: .link, original: "b.md#nope", href: "b.html#nope",
                                 location: SourceLocation(file: "content/tr/a.md", line: 3, column: 1), destination: .guidePage)
        let files = ["tr/a.html": #"<a href="b.html#nope">b</a>"#, "tr/b.html": "<p>b</p>"]
        #expect(problems(files, pages: ["tr/a.html": page("a", links: [link]), "tr/b.html": page("b")]).isEmpty)
        // Without the page's data, the same HTML is a template's link, read back and reported.
        #expect(problems(files) == ["tr/a.html: error: link to missing anchor #nope in tr/b.html (in generated tr/a.html, line 1)"])
    }

    /// What a template or plugin writes is read back from the HTML: reported at the
    /// generated page's line, named by the page's source.
    @Test func aPluginPageLinkIsReportedAtItsGeneratedLine() {
        var rules = page("kurallar")
        rules.source = "Sources/PermitPages/RulesPage.swift"
        let files = [
            "tr/kurallar.html": "<html>\n<body>\n<p><a href=\"basvuru.html#adim-9\">9</a></p>\n<a href=\"yok.html\">y</a> <a href=\"vbscript:x\">v</a>\n</body></html>",
            "tr/basvuru.html": #"<h2 id="adim-1">1</h2>"#,
        ]
        let pages = ["tr/kurallar.html": rules, "tr/basvuru.html": page("basvuru")]
        let place = { (line: Int) in LinkChecker.Finding.Place.generated(source: "Sources/PermitPages/RulesPage.swift", path: "tr/kurallar.html", line: line) }
        #expect(findings(files, pages: pages) == [
            LinkChecker.Finding(place: place(3), problem: .link(.missingAnchor(link: "basvuru.html#adim-9", fragment: "adim-9", page: "basvuru.md"))),
            LinkChecker.Finding(place: place(4), problem: .link(.missingPage(link: "yok.html"))),
            LinkChecker.Finding(place: place(4), problem: .link(.forbiddenScheme(link: "vbscript:x", scheme: "vbscript"))),
        ])
        #expect(problems(files, pages: pages) == [
            "Sources/PermitPages/RulesPage.swift: error: link to missing anchor #adim-9 in basvuru.md (in generated tr/kurallar.html, line 3)",
            "Sources/PermitPages/RulesPage.swift: error: link to missing page 'yok.html' (in generated tr/kurallar.html, line 4)",
            "Sources/PermitPages/RulesPage.swift: error: vbscript: URL 'vbscript:x' (in generated tr/kurallar.html, line 4)",
        ])
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

    /// The printable guide is read back section by section (PageParts.swift): the same ids,
    /// links and ARIA references on the same lines as reading it whole, and each part kept
    /// by its bytes, so that a changed section is the only one parsed again.
    @Test func thePrintPageReadInPartsGivesTheFactsOfTheWholePage() throws {
        let output = try SiteBuilder(contentDirectory: RealContent.path, plugins: [RulesPage()]).makeSite()
        let file = try #require(output.files["tr/yazdir.html"])
        let bytes = file.checkedBytes
        let starts = LinkChecker.partStarts(in: bytes)
        #expect(starts.count == 1 + String(decoding: bytes, as: UTF8.self).components(separatedBy: PrintPage.sectionStart).count - 1)
        #expect(starts.count > 10)
        let whole = HTMLFacts(html: bytes)
        let memo = Memo<ExactBytes, LinkChecker.PartFacts>()
        let (parts, targets) = LinkChecker.read(bytes, path: "tr/yazdir.html", parts: memo)
        #expect(parts.ids.map { "\($0.id)@\($0.line)" } == whole.ids.map { "\($0.id)@\($0.line)" })
        #expect(parts.references.map { "\($0.element) \($0.value)@\($0.line)" } == whole.references.map { "\($0.element) \($0.value)@\($0.line)" })
        #expect(parts.idReferences.map { "\($0.attribute) \($0.value)@\($0.line)" } == whole.idReferences.map { "\($0.attribute) \($0.value)@\($0.line)" })
        #expect(!whole.ids.isEmpty && !whole.references.isEmpty)
        #expect(targets == LinkChecker.ReadBack.targets(of: whole, path: "tr/yazdir.html") && !targets.isEmpty)
        #expect(memo.computedCount == starts.count)
        // Again, with one section changed: that part alone is parsed.
        memo.startBuild()
        var edited = bytes
        let inside = starts[starts.count / 2] + PrintPage.sectionStart.utf8.count
        edited.insert(contentsOf: Array(" data-x=\"1\"".utf8), at: inside)
        _ = LinkChecker.read(edited, path: "tr/yazdir.html", parts: memo)
        #expect(memo.computedCount == 1)
        // An ordinary page is one part.
        #expect(LinkChecker.partStarts(in: try #require(output.files["tr/giris-sayfasi.html"]).checkedBytes) == [0])
    }
}
