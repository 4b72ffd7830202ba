import Testing
@testable import Guide
@testable import Site

@Suite struct NotFoundPageTests {
    /// One h1 for the page (browsers, screen readers and the site tests expect exactly one),
    /// naming it in every language; each language's text is an h2 section in that language.
    @Test func oneH1AndASectionPerLanguage() throws {
        let output = try SiteBuilder(contentDirectory: TestFiles.basicContent.path).makeSite()
        let page = try #require(output.text("404.html"))
        #expect(page.components(separatedBy: "<h1").count == 2)
        #expect(page.contains(#"<h1>Sayfa bulunamadı · <span lang="en">Page not found</span></h1>"#))
        #expect(page.contains("<section lang=\"tr\" aria-labelledby=\"not-found-tr\">\n<h2 id=\"not-found-tr\">Türkçe</h2>"))
        #expect(page.contains("<section lang=\"en\" aria-labelledby=\"not-found-en\">\n<h2 id=\"not-found-en\">English</h2>"))
    }
}
