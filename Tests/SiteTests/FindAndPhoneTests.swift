import Testing
@testable import Guide
@testable import Site

/// The issue "Find any step in one search or two clicks": the search files, tables that
/// scroll in a named region, the contents box that folds, 404 pages per language, and
/// absolute hreflang links with a base URL.
@Suite struct FindAndPhoneTests {
    static func site(baseURL: String? = nil) throws -> SiteOutput {
        try SiteBuilder(contentDirectory: TestFiles.basicContent.path, baseURL: baseURL).makeSite()
    }

    @Test func everyPageLoadsTheScriptAndTheFavicon() throws {
        let output = try Self.site()
        for path in output.htmlPaths {
            let html = try #require(output.text(path))
            let root = path.contains("/") ? "../" : ""
            #expect(html.contains(#"<link rel="icon" href="\#(root)assets/favicon.svg" type="image/svg+xml">"#), "\(path)")
            #expect(html.contains(#"<script src="\#(root)assets/site.js" defer></script>"#), "\(path)")
        }
        #expect(output.text("assets/search-index-tr.js")?.contains(#"["giris-sayfasi.html","Giriş Sayfası","#) == true)
        #expect(output.files["assets/search-index-en.js"] != nil)
        #expect(output.text("assets/favicon.svg")?.hasPrefix("<svg") == true)
    }

    @Test func tablesScrollInANamedFocusableRegion() {
        let html = "<table>\n<thead>\n<tr>\n<th>A</th>\n<th align=\"left\"><em>B</em> &amp; C</th>\n</tr>\n</thead></table><p>x</p><table><thead><tr><th>A</th><th>B &amp; C</th></tr></thead></table>"
        let wrapped = TableRegions.wrap(html, language: "tr")
        #expect(wrapped.contains(#"<div class="table-scroll" role="region" tabindex="0" aria-label="Tablo: A, B &amp; C"><table>"#))
        #expect(wrapped.contains(#"aria-label="Tablo: A, B &amp; C (2)"><table>"#))
        #expect(wrapped.components(separatedBy: "</table></div>").count == 3)
        #expect(TableRegions.wrap("<p>no table</p>", language: "en") == "<p>no table</p>")
        #expect(TableRegions.wrap("<table><tr><td>1</td></tr></table>", language: "en").contains(#"aria-label="Table""#))
    }

    @Test func contentsBoxIsADetailsOpenWithoutScript() throws {
        let page = try #require(try Self.site().text("tr/giris-sayfasi.html"))
        #expect(page.contains("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<details open>\n<summary><h2 id=\"toc-title\">Bu sayfada</h2></summary>"))
    }

    @Test func notFoundPagePerLanguageLinksFromItsFolder() throws {
        let output = try Self.site()
        let english = try #require(output.text("en/404.html"))
        #expect(english.contains(#"<html lang="en">"#))
        #expect(english.contains(#"<link rel="stylesheet" href="../assets/site.css">"#))
        #expect(english.contains(#"<a href="../en/index.html">"#))
        #expect(english.contains(#"<a href="../tr/"#))
        #expect(english.contains(#"<h1>Page not found · <span lang="tr">Sayfa bulunamadı</span></h1>"#))
        let root = try #require(output.text("404.html"))
        #expect(root.contains(#"<link rel="stylesheet" href="assets/site.css">"#))
        #expect(output.files["tr/404.html"] != nil)
    }

    @Test func hreflangIsAbsoluteWithABaseURL() throws {
        let relative = try #require(try Self.site().text("en/index.html"))
        #expect(relative.contains(#"<link rel="alternate" hreflang="tr" href="../tr/index.html">"#))
        let absolute = try #require(try Self.site(baseURL: "https://example.org/kilavuz/").text("en/index.html"))
        #expect(absolute.contains(#"<link rel="alternate" hreflang="tr" href="https://example.org/kilavuz/tr/index.html">"#))
        #expect(absolute.contains(#"<link rel="alternate" hreflang="en" href="https://example.org/kilavuz/en/index.html">"#))
    }

    /// A <link rel="alternate"> to another host names a page; a stylesheet from there would load one.
    @Test func alternateLinksAreNotResources() {
        let facts = HTMLFacts(html: Array(#"<link href="https://x.org/a.html" rel="alternate"><link rel="stylesheet" href="https://x.org/s.css">"#.utf8))
        #expect(facts.references.map(\.element) == [HTMLFacts.alternateLink, "link"])
    }
}
