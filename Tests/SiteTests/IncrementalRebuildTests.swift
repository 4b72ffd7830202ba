import Foundation
import Testing
@testable import Guide
@testable import PermitPages
@testable import Site

/// `Rebuilder` (eizin serve, eizin build --watch): after each edit, the folder it updates
/// must hold exactly the bytes a build from scratch of the same content writes.
@Suite struct IncrementalRebuildTests {
    /// Content in a scratch folder, one rebuilder over it, and a build from scratch to compare.
    struct Session {
        let scratch: Scratch
        let content: String
        let rebuilder: Rebuilder
        let plugins: [any SitePlugin]

        init(content: (Scratch) throws -> String, plugins: [any SitePlugin] = []) throws {
            scratch = try Scratch()
            self.content = try content(scratch)
            self.plugins = plugins
            rebuilder = Rebuilder(builder: SiteBuilder(contentDirectory: self.content, outputDirectory: scratch.path("site"), plugins: plugins))
        }

        var site: String { scratch.path("site") }

        func file(_ name: String) -> String { content + "/" + name }

        func write(_ name: String, _ text: String) throws { try text.write(toFile: file(name), atomically: true, encoding: .utf8) }

        /// Rebuilds, builds the same content from scratch elsewhere, and compares every byte.
        @discardableResult
        func rebuildMatchingFullBuild(_ step: String) throws -> Rebuilder.Report {
            let report = try rebuilder.build()
            let fresh = scratch.path("fresh")
            try? FileManager.default.removeItem(atPath: fresh)
            try SiteBuilder(contentDirectory: content, outputDirectory: fresh, plugins: plugins).build()
            let incremental = try snapshot(site), full = try snapshot(fresh)
            #expect(incremental.keys.sorted() == full.keys.sorted(), "\(step): the same files")
            for path in full.keys.sorted() where incremental[path] != full[path] {
                Issue.record("\(step): \(path) differs from a build from scratch")
            }
            return report
        }
    }

    @Test func everyKindOfEditGivesTheBytesOfABuildFromScratch() throws {
        let session = try Session(content: { try $0.copyOfBasicContent() })
        defer { session.scratch.cleanUp() }
        let first = try session.rebuildMatchingFullBuild("first build")
        let firstWhole = first.wholeSite
        #expect(firstWhole)

        // One page's text: only that page is rendered again.
        try replace("başlayarak başvurunun", with: "başlayarak, adım adım, başvurunun", in: session.file("tr/index.md"))
        let edit = try session.rebuildMatchingFullBuild("text edited")
        let (editWhole, editWork, editWritten, firstWritten) = (edit.wholeSite, edit.work, edit.written, first.written)
        #expect(!editWhole && editWork.rendered == 1)
        // Laid out, read back and checked again: the page and the printable guide, which
        // holds its text; no other page's links lead to anything that changed.
        #expect(editWork.laidOut == 2 && editWork.readBack == 2 && editWork.checked == 2)
        #expect(editWritten > 0 && editWritten < firstWritten)

        // Nothing changed: nothing is made or written again.
        let same = try session.rebuildMatchingFullBuild("no change")
        let (sameWork, sameWritten, sameDeleted) = (same.work, same.written, same.deleted)
        #expect(sameWork == SiteMemo.Work() && sameWritten == 0 && sameDeleted == 0)

        // A description is on its own page only.
        try replace("description: ", with: "description: Kısaca, ", in: session.file("tr/giris-sayfasi.md"))
        let described = try session.rebuildMatchingFullBuild("description changed").work
        #expect(described.rendered == 0 && described.laidOut == 1)

        // A title: the neighbours' navigation and previous/next links change with it.
        try replace("title: Başvuru Adımları", with: "title: Başvurunun Adımları", in: session.file("tr/basvuru-adimlari.md"))
        let title = try session.rebuildMatchingFullBuild("title changed").work
        #expect(title.rendered == 0 && title.laidOut > 1)

        // A heading another page links to is renamed: the build fails like a build from
        // scratch, and the site stays as it was.
        let before = try snapshot(session.site)
        try replace("{#uyari-pasaport-60-gun}", with: "{#uyari-pasaport}", in: session.file("tr/giris-sayfasi.md"))
        let failure = try #require(throws: DiagnosticsError.self) { try session.rebuilder.build() }
        let fromScratch = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: session.content, outputDirectory: session.scratch.path("fresh")).build()
        }
        #expect(failure.diagnostics.map(\.description) == fromScratch.diagnostics.map(\.description))
        #expect(failure.diagnostics.map(\.description).contains { $0.contains("missing anchor #uyari-pasaport-60-gun") })
        #expect(try snapshot(session.site) == before)
        // The link follows the heading: good again.
        try replace("#uyari-pasaport-60-gun)", with: "#uyari-pasaport)", in: session.file("tr/basvuru-adimlari.md"))
        try session.rebuildMatchingFullBuild("link fixed")
        // An anchor removed that a page links to, that page unchanged: it is checked again
        // and fails, although its own bytes are the same.
        try replace("{#uyari-pasaport}", with: "{#uyari-pasaport-eski}", in: session.file("tr/giris-sayfasi.md"))
        let stale = try #require(throws: DiagnosticsError.self) { try session.rebuilder.build() }
        #expect(stale.diagnostics.map(\.description).contains { $0.contains("basvuru-adimlari.md") && $0.contains("missing anchor #uyari-pasaport") })
        try replace("{#uyari-pasaport-eski}", with: "{#uyari-pasaport}", in: session.file("tr/giris-sayfasi.md"))
        try session.rebuildMatchingFullBuild("anchor back")

        // A page added, in site.yml's navigation.
        try session.write("tr/sss.md", "---\ntitle: Sık Sorulan Sorular\ndescription: Sorular.\norder: 4\nupdated: 2024-08-01\n---\n## Pasaport {#pasaport}\n\n[Uyarı](giris-sayfasi.md#uyari-pasaport).\n")
        try replace("navigation: [index, giris-sayfasi, basvuru-adimlari]", with: "navigation: [index, giris-sayfasi, basvuru-adimlari, sss]", in: session.file("site.yml"))
        let added = try session.rebuildMatchingFullBuild("page added").work
        #expect(added.rendered == 1)

        // A second language page, following its Turkish source; then the source changes,
        // and the translation gets its "outdated" note without its own file changing.
        let source = TranslationStatus.fingerprint(of: try String(contentsOfFile: session.file("tr/sss.md"), encoding: .utf8))
        try session.write("en/sss.md", "---\ntitle: Questions\ndescription: Questions.\norder: 2\nupdated: 2024-08-01\nsource: \(source)\n---\n## Passport {#passport}\n")
        try replace("navigation: [index]", with: "navigation: [index, sss]", in: session.file("site.yml"))
        try session.rebuildMatchingFullBuild("translation added")
        try replace("## Pasaport {#pasaport}", with: "## Pasaportunuz {#pasaport}", in: session.file("tr/sss.md"))
        try session.rebuildMatchingFullBuild("translation's source changed")

        // site.yml's title is on every page.
        try replace("tr: \"e-İzin Akademisyen Kılavuzu\"", with: "tr: \"e-İzin Kılavuzu\"", in: session.file("site.yml"))
        let retitled = try session.rebuildMatchingFullBuild("site.yml changed").work
        #expect(retitled.rendered == 0 && retitled.laidOut > 1)

        // Pages removed; with the last English page gone, so is the en/ folder.
        try FileManager.default.removeItem(atPath: session.file("tr/sss.md"))
        try FileManager.default.removeItem(atPath: session.file("en/sss.md"))
        try FileManager.default.removeItem(atPath: session.file("en/index.md"))
        try replace("basvuru-adimlari, sss]", with: "basvuru-adimlari]", in: session.file("site.yml"))
        try replace("navigation: [index, sss]", with: "navigation: []", in: session.file("site.yml"))
        let removed = try session.rebuildMatchingFullBuild("pages removed").deleted
        #expect(removed > 0)
        #expect(!FileManager.default.fileExists(atPath: session.site + "/en"))

        // Unicode: the same text in another normal form is another page, byte for byte.
        try replace("Başvurunun Adımları", with: "Bas\u{0327}vurunun Adımları", in: session.file("tr/basvuru-adimlari.md"))
        let decomposed = try session.rebuildMatchingFullBuild("title in NFD").work
        #expect(decomposed.laidOut > 1)
    }

    @Test func aReplacedOutputFolderIsWrittenWhole() throws {
        let session = try Session(content: { try $0.copyOfBasicContent() })
        defer { session.scratch.cleanUp() }
        try session.rebuildMatchingFullBuild("first build")
        // Another build (eizin build) replaced the folder meanwhile, with other content.
        try FileManager.default.removeItem(atPath: session.site)
        try SiteBuilder(contentDirectory: TestFiles.basicContent.path, outputDirectory: session.site).build()
        try replace("başlayarak başvurunun", with: "başlayarak bütün başvurunun", in: session.file("tr/index.md"))
        let whole = try session.rebuildMatchingFullBuild("folder replaced").wholeSite
        #expect(whole)
    }

    /// The real guide with the form and rules pages, whose plugins add to guide pages.
    @Test func realGuideEditMatchesABuildFromScratch() throws {
        let session = try Session(content: { try RealContent.copy(into: $0) }, plugins: [FormPages(), RulesPage()])
        defer { session.scratch.cleanUp() }
        try session.rebuildMatchingFullBuild("first build")
        let page = try #require(try FileManager.default.contentsOfDirectory(atPath: session.file("tr")).sorted().first { $0.hasSuffix(".md") })
        let text = try String(contentsOfFile: session.file("tr/" + page), encoding: .utf8)
        try session.write("tr/" + page, text + "\nBir paragraf daha.\n")
        let rendered = try session.rebuildMatchingFullBuild("real guide edited").work.rendered
        #expect(rendered == 1)
    }
}
