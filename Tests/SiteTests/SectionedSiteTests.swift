import Foundation
import Testing
@testable import Guide
@testable import PermitPages
@testable import Site

/// A site that is not the e-İzin guide and groups its pages into navigation sections, as
/// Benchmarks/generate.py makes them (docs/site.md, "Navigation sections").
@Suite struct SectionedSiteTests {
    /// Three sections of three pages each (a section page and two under it), Turkish only.
    static func makeContent(in scratch: Scratch) throws -> String {
        let root = scratch.path("content")
        try FileManager.default.createDirectory(atPath: "\(root)/tr", withIntermediateDirectories: true)
        var yml = "title:\n  tr: \"Bölümlü\"\nrevision:\n  number: 1\n  date: 2024-07-31\nlanguages:\n  - code: tr\n    name: Türkçe\n    navigation:\n"
        var order = 0
        for section in 1...3 {
            yml += "      - bolum-\(section):\n"
            let slugs = ["bolum-\(section)", "bolum-\(section)-a", "bolum-\(section)-b"]
            for slug in slugs.dropFirst() { yml += "          - \(slug)\n" }
            for slug in slugs {
                order += 1
                let text = "---\ntitle: \"Sayfa \(slug)\"\ndescription: \"Bir sayfa.\"\norder: \(order)\nupdated: 2024-07-31\n---\n"
                    + "Metin.\n\n## Başlık {#baslik}\n\n[Bölüm](bolum-\(section).md#baslik)\n"
                try text.write(toFile: "\(root)/tr/\(slug).md", atomically: true, encoding: .utf8)
            }
        }
        try yml.write(toFile: "\(root)/site.yml", atomically: true, encoding: .utf8)
        return root
    }

    @Test func buildsWithoutTheGuideAndItsPlugins() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        // The rules and form pages need the guide's anchors: without its pages they stay out.
        let output = try SiteBuilder(contentDirectory: try Self.makeContent(in: scratch), plugins: [RulesPage(), FormPages()]).makeSite()
        #expect(output.files["tr/bolum-2-a.html"] != nil)
        #expect(output.files["tr/kurallar.html"] == nil)
        #expect(output.files["tr/formlar.html"] == nil)
    }

    @Test func sidebarListsTopLevelAndOwnSectionOnly() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let output = try SiteBuilder(contentDirectory: try Self.makeContent(in: scratch)).makeSite()
        let page = try #require(output.text("tr/bolum-2-a.html"))
        let nav = String(page[page.range(of: "<nav class=\"site-nav\"")!.lowerBound..<page.range(of: "<main")!.lowerBound])
        for section in 1...3 { #expect(nav.contains("href=\"bolum-\(section).html\"")) }
        #expect(nav.contains("<a href=\"bolum-2-a.html\" aria-current=\"page\">"))
        #expect(nav.contains("href=\"bolum-2-b.html\""))
        #expect(!nav.contains("bolum-1-a.html"))
        #expect(!nav.contains("bolum-3-b.html"))
        // Breadcrumbs: home (the first section page), the section, the page.
        #expect(page.contains("<li><a href=\"bolum-2.html\">Sayfa bolum-2</a></li>\n<li><a href=\"bolum-2-a.html\" aria-current=\"page\">"))
        // Previous/next still follow the whole navigation.
        #expect(page.contains("<a class=\"pager-previous\" href=\"bolum-2.html\" rel=\"prev\">"))
        #expect(page.contains("<a class=\"pager-next\" href=\"bolum-2-b.html\" rel=\"next\">"))
        // A section page opens its own section.
        let sectionPage = try #require(output.text("tr/bolum-3.html"))
        #expect(sectionPage.contains("href=\"bolum-3-a.html\""))
        #expect(!sectionPage.contains("href=\"bolum-2-a.html\""))
    }

    @Test func theCheckSkipsOnlyTheSidebarAndKeepsLineNumbers() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try Self.makeContent(in: scratch)
        let output = try SiteBuilder(contentDirectory: content).makeSite()
        let file = try #require(output.files["tr/bolum-2-a.html"])
        let range = try #require(file.layoutLinks)
        let sidebar = String(decoding: file.bytes[range], as: UTF8.self)
        #expect(sidebar.hasPrefix("<li><a href=\"bolum-1.html\">") && sidebar.hasSuffix("</li>\n"))
        let checked = file.checkedBytes
        #expect(checked.filter { $0 == UInt8(ascii: "\n") }.count == file.bytes.filter { $0 == UInt8(ascii: "\n") }.count)
        #expect(!String(decoding: checked, as: UTF8.self).contains("bolum-3.html\""))
        // A broken link in a page body is still found, at its Markdown line.
        let page = "\(content)/tr/bolum-3-b.md"
        try (try String(contentsOfFile: page, encoding: .utf8) + "\n[Kayıp](yok.md)\n").write(toFile: page, atomically: true, encoding: .utf8)
        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder(contentDirectory: content).makeSite() }
        #expect(error.diagnostics.map(\.description).contains { $0.contains("bolum-3-b.md:13:1:") && $0.contains("link to missing page 'yok.md'") },
                "\(error.diagnostics)")
    }

    @Test func sectionsInSiteYAMLAreParsed() throws {
        let configuration = try SiteConfiguration.parse("""
            title: {tr: T}
            revision: {number: 1, date: 2024-07-31}
            languages:
              - code: tr
                name: Türkçe
                navigation:
                  - index
                  - bolum: [a, b]
                  - son
            """, file: "site.yml")
        let language = try #require(configuration.language("tr"))
        #expect(language.navigation == ["index", "bolum", "a", "b", "son"])
        #expect(language.sections == ["a": "bolum", "b": "bolum"])
        #expect(language.topLevelNavigation == ["index", "bolum", "son"])
    }

    @Test func aMalformedSectionIsAnError() {
        #expect(throws: DiagnosticsError.self) {
            try SiteConfiguration.parse("""
                title: {tr: T}
                revision: {number: 1, date: 2024-07-31}
                languages:
                  - code: tr
                    name: Türkçe
                    navigation:
                      - {a: [b], c: [d]}
                """, file: "site.yml")
        }
    }

    @Test func oneCoreAndAllCoresWriteTheSameSite() throws {
        // Parallel steps keep their results in order: the built files do not depend on
        // how the work was split (EIZIN_JOBS only changes the number of workers).
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try Self.makeContent(in: scratch)
        let first = try SiteBuilder(contentDirectory: content).makeSite()
        let second = try SiteBuilder(contentDirectory: content).makeSite()
        #expect(first.sortedPaths == second.sortedPaths)
        for path in first.sortedPaths { #expect(first.files[path]?.bytes == second.files[path]?.bytes, "\(path)") }
    }
}
