import Testing
@testable import Guide
@testable import Site

/// Stands in for the Permits module's rule catalogue.
struct RulesPlugin: SitePlugin {
    var name: String { "rules" }
    var anchor: String
    /// Whether the plugin also registers the anchor as a required target.
    var requires = true

    func contribute(guide: GuideContent, to contributions: inout SiteContributions) throws(DiagnosticsError) {
        let steps = try require(guide.page(language: "tr", slug: "basvuru-adimlari"))
        contributions.pages.append(SitePage(
            language: "tr", slug: "kurallar", title: "Kurallar", description: "Başvuru kuralları.",
            updated: steps.frontMatter.updated,
            bodyHTML: "<p><a href=\"basvuru-adimlari.html#\(anchor)\">Adım</a></p>",
            source: "Sources/Permits/Rules.swift"))
        if requires {
            contributions.requiredTargets.append(RequiredTarget(href: "tr/basvuru-adimlari.html#\(anchor)", requiredBy: "rule passport-60-days"))
        }
    }
}

extension DiagnosticsError {
    init(_ message: String) { self.init(Diagnostic(SourceLocation(file: "test"), message)) }
}

func require<T>(_ value: T?) throws(DiagnosticsError) -> T {
    guard let value else { throw DiagnosticsError("missing fixture page") }
    return value
}

@Suite struct PluginAndLayoutTests {
    @Test func pluginPageJoinsNavigationAndIsChecked() throws {
        let output = try SiteBuilder(contentDirectory: TestFiles.basicContent.path, plugins: [RulesPlugin(anchor: "adim-3-1")]).makeSite()
        let rules = try #require(output.text("tr/kurallar.html"))
        #expect(rules.contains(#"<a href="kurallar.html" aria-current="page">Kurallar</a>"#))
        #expect(rules.contains(#"<a class="pager-previous" href="basvuru-adimlari.html" rel="prev">"#))
        #expect(output.text("tr/basvuru-adimlari.html")?.contains(#"<li><a href="kurallar.html">Kurallar</a></li>"#) == true)
        #expect(output.text("sitemap.xml")?.contains("<loc>tr/kurallar.html</loc>") == true)
    }

    @Test func pluginLinkToMissingAnchorFails() throws {
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: TestFiles.basicContent.path, plugins: [RulesPlugin(anchor: "adim-9-9", requires: false)]).makeSite()
        }
        let messages = error.diagnostics.map(\.description)
        #expect(messages.count == 1)
        // The generated line depends on the template; the rest is exact.
        #expect(messages.first?.hasPrefix("Sources/Permits/Rules.swift: error: link to missing anchor #adim-9-9 in basvuru-adimlari.md (in generated tr/kurallar.html, line ") == true)
    }

    /// A required target that is missing is reported once, naming who requires it; the
    /// plugin's own link to it is not repeated.
    @Test func missingRequiredTargetIsOneError() throws {
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: TestFiles.basicContent.path, plugins: [RulesPlugin(anchor: "adim-9-9")]).makeSite()
        }
        #expect(error.diagnostics.map(\.description) == ["rule passport-60-days: error: link to missing anchor #adim-9-9 in basvuru-adimlari.md"])
    }

    @Test func currentPageLanguageLinksAndBreadcrumbs() throws {
        let output = try SiteBuilder(contentDirectory: TestFiles.basicContent.path).makeSite()
        let home = try #require(output.text("tr/index.html"))
        let steps = try #require(output.text("tr/basvuru-adimlari.html"))
        // The English guide has index only: only the home page links to it.
        #expect(home.contains(#"<a href="../en/index.html" hreflang="en" lang="en">English</a>"#))
        #expect(home.contains(#"<link rel="alternate" hreflang="en" href="../en/index.html">"#))
        #expect(!steps.contains("../en/"))
        #expect(steps.contains(#"<html lang="tr">"#))
        #expect(steps.contains(#"<meta name="description" content="Başvurunun adım adım doldurulması.">"#))
        #expect(steps.contains(#"<a href="basvuru-adimlari.html" aria-current="page">Başvuru Adımları</a>"#))
        #expect(steps.components(separatedBy: "aria-current=\"page\"").count == 3) // sidebar + breadcrumb
        #expect(steps.contains(##"<a class="skip-link" href="#main-content">Ana içeriğe geç</a>"##))
        #expect(steps.contains(#"Son güncelleme: <time datetime="2024-07-31">31 Temmuz 2024</time>"#))
        #expect(!steps.contains("rel=\"next\""))
        let english = try #require(output.text("en/index.html"))
        #expect(english.contains(#"<html lang="en">"#))
        #expect(english.contains(#"<aside class="callout callout-note" role="note" aria-label="Note">"#))
        #expect(english.contains("Last updated: <time datetime=\"2024-07-31\">31 July 2024</time>"))
        // The phone layout's link down to the section list, in each language.
        #expect(steps.contains(##"<a class="sections-link" href="#site-nav">Bölümler</a>"##))
        #expect(steps.contains(#"<nav class="site-nav" id="site-nav""#))
        #expect(english.contains(##"<a class="sections-link" href="#site-nav">Sections</a>"##))
    }

    @Test func contentsListKeepsTheLanguageOfHeadingWords() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try scratch.copyOfBasicContent()
        try replace("This guide explains each step of the application.\n",
                    with: "This guide explains each step of the application.\n\n## Select <span lang=\"tr\">Hayır</span> & go on {#hayir}\n\nText.\n",
                    in: content + "/en/index.md")
        let english = try #require(try SiteBuilder(contentDirectory: content).makeSite().text("en/index.html"))
        #expect(english.contains(##"<li><a href="#hayir">Select <span lang="tr">Hayır</span> &amp; go on</a></li>"##))
        #expect(english.contains(##"<h2 id="hayir">Select <span lang="tr">Hayır</span> &amp; go on</h2>"##))
    }

    @Test func titlesAreEscaped() {
        let layout = PageLayout(configuration: try! SiteConfiguration.parse(
            "title:\n  tr: \"A & <B>\"\nrevision:\n  number: 1\n  date: 2024-01-01\nlanguages:\n  - code: tr\n    name: Türkçe\n    navigation: [index]\n",
            file: "site.yml"), pages: [:])
        let templates = try! Templates.bundled()
        let html = templates.render("landing", layout.landingContext())
        #expect(html.contains("<title>A &amp; &lt;B&gt;</title>"))
    }

    @Test func nestedTOC() {
        let toc = PageLayout.nestedTOC([
            TOCEntry(level: 3, id: "a", text: "A"), TOCEntry(level: 2, id: "b", text: "B"),
            TOCEntry(level: 3, id: "c", text: "C"), TOCEntry(level: 2, id: "d", text: "D"),
        ])
        #expect(toc.map { $0["id"] as? String } == ["a", "b", "d"])
        #expect((toc[1]["children"] as? [[String: Any]])?.map { $0["id"] as? String } == ["c"])
    }
}

struct FilePlugin: SitePlugin {
    var name: String { "files" }
    var path: String
    func contribute(guide: GuideContent, to contributions: inout SiteContributions) throws(DiagnosticsError) {
        contributions.files[path] = Array("x".utf8)
    }
}

@Suite struct PluginFileTests {
    @Test func pluginFilesAreAdded() throws {
        let output = try SiteBuilder(contentDirectory: TestFiles.basicContent.path, plugins: [FilePlugin(path: "assets/rules.js")]).makeSite()
        #expect(output.files["assets/rules.js"]?.bytes == Array("x".utf8))
    }

    @Test(arguments: ["tr/index.html", "assets/site.css", "../x.js", "/etc/x", "sitemap.xml"])
    func pluginFilesMayNotReplaceOrEscape(_ path: String) throws {
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: TestFiles.basicContent.path, plugins: [FilePlugin(path: path)]).makeSite()
        }
        #expect(error.diagnostics.map(\.message) == ["a plugin may not write '\(path)'"])
    }

    /// The templates escape with the site's `escapeHTML`, byte for byte: a "<" before a
    /// combining mark is one character with it, and must still not reach the page raw.
    @Test func templatesEscapeWithTheSitesOwnEscape() throws {
        #expect(escapeHTML("a <b> & \"c\" 'd'") == "a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;")
        #expect(escapeHTML("<\u{301}") == "&lt;\u{301}" && escapeHTML("şğü") == "şğü")
        let page = try Templates.bundled().render("page", ["title": "x <\u{301} y", "lang": "tr"])
        #expect(page.contains("x &lt;\u{301} y") && !page.contains("x <\u{301}"))
    }
}
