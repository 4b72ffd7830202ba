import Foundation
import Testing
@testable import Guide
@testable import Site

@Suite struct BuildTests {
    @Test func buildsEveryPageAndFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let report = try SiteBuilder(contentDirectory: TestFiles.basicContent.path, outputDirectory: scratch.path("site")).build()
        #expect(report.pageCount == 12)
        let files = try snapshot(scratch.path("site")).keys.sorted()
        #expect(files == [".eizin-site", "404.html", "assets/favicon.svg", "assets/search-index-en.js", "assets/search-index-tr.js",
                          "assets/search.js", "assets/site.css", "assets/site.js", "en/404.html", "en/erisilebilirlik.html", "en/index.html", "en/yazdir.html",
                          "index.html", "sitemap.xml", "tr/404.html", "tr/basvuru-adimlari.html", "tr/erisilebilirlik.html",
                          "tr/giris-sayfasi.html", "tr/index.html", "tr/yazdir.html"])
    }

    /// Golden file: the full HTML of one page. Regenerate after an intended change with
    /// `EIZIN_UPDATE_GOLDEN=1 swift test --filter goldenPage`, then review the diff.
    @Test func goldenPage() throws {
        let output = try SiteBuilder(contentDirectory: TestFiles.basicContent.path).makeSite()
        let golden = TestFiles.golden.appendingPathComponent("giris-sayfasi.html")
        let actual = try #require(output.text("tr/giris-sayfasi.html"))
        if ProcessInfo.processInfo.environment["EIZIN_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "golden file differs; if intended, regenerate with EIZIN_UPDATE_GOLDEN=1")
    }

    @Test func brokenLinkFailsAndLeavesPreviousSiteByteForByte() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try scratch.copyOfBasicContent()
        let site = scratch.path("site")
        try SiteBuilder(contentDirectory: content, outputDirectory: site).build()
        let before = try snapshot(site)

        try replace("(basvuru-adimlari.md#adim-3-1) bölümüne", with: "(basvuru-adimlari.md#adim-9-9) bölümüne", in: content + "/tr/index.md")
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: content, outputDirectory: site).build()
        }
        #expect(error.diagnostics.map(\.description) == ["\(content)/tr/index.md:11:14: error: link to missing anchor #adim-9-9 in basvuru-adimlari.md: "
                + "no heading or callout there has this id; link one that does, or give the heading {#adim-9-9} at the end of its line"])
        #expect(try snapshot(site) == before)
        // No staging or backup folder is left next to the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted() == ["content", "site"])
    }

    @Test func missingPageIsNamedAsWritten() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try scratch.copyOfBasicContent()
        try replace("(giris-sayfasi.md)", with: "(giris.md)", in: content + "/tr/index.md")
        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder(contentDirectory: content).makeSite() }
        #expect(error.diagnostics.map(\.description) == ["\(content)/tr/index.md:7:13: error: link to missing page 'giris.md': "
                + "there is no \(content)/tr/giris.md; correct the file name, or write that page"])
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try SiteBuilder(contentDirectory: TestFiles.basicContent.path, outputDirectory: scratch.path("a")).build()
        try SiteBuilder(contentDirectory: TestFiles.basicContent.path, outputDirectory: scratch.path("b")).build()
        let a = try snapshot(scratch.path("a"))
        let b = try snapshot(scratch.path("b"))
        #expect(a.count == 20)
        #expect(a == b)
    }

    @Test func staleFilesDoNotSurvive() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let site = scratch.path("site")
        try SiteBuilder(contentDirectory: TestFiles.basicContent.path, outputDirectory: site).build()
        try Data("old".utf8).write(to: URL(fileURLWithPath: site + "/tr/eski-sayfa.html"))
        try SiteBuilder(contentDirectory: TestFiles.basicContent.path, outputDirectory: site).build()
        #expect(!FileManager.default.fileExists(atPath: site + "/tr/eski-sayfa.html"))
        #expect(FileManager.default.fileExists(atPath: site + "/tr/index.html"))
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let precious = scratch.path("belgeler")
        try FileManager.default.createDirectory(atPath: precious, withIntermediateDirectories: true)
        try Data("tez".utf8).write(to: URL(fileURLWithPath: precious + "/tez.txt"))
        #expect(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: TestFiles.basicContent.path, outputDirectory: precious).build()
        }
        #expect(try snapshot(precious) == ["tez.txt": Data("tez".utf8)])
    }

    @Test func contentErrorsStopTheBuildBeforeWriting() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try scratch.copyOfBasicContent()
        try replace("order: 2", with: "order: 3", in: content + "/tr/giris-sayfasi.md")
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: content, outputDirectory: scratch.path("site")).build()
        }
        #expect(error.diagnostics.map(\.description) == ["\(content)/tr/basvuru-adimlari.md:4:8: error: duplicate order 3: \(content)/tr/giris-sayfasi.md has it too"])
        #expect(!FileManager.default.fileExists(atPath: scratch.path("site")))
    }

    @Test func sitemapUsesBaseURLWhenGiven() throws {
        let relative = try SiteBuilder(contentDirectory: TestFiles.basicContent.path).makeSite()
        #expect(relative.text("sitemap.xml")?.contains("<loc>tr/index.html</loc><lastmod>2024-07-31</lastmod>") == true)
        let absolute = try SiteBuilder(contentDirectory: TestFiles.basicContent.path, baseURL: "https://izin.example.org/kilavuz/").makeSite()
        #expect(absolute.text("sitemap.xml")?.contains("<loc>https://izin.example.org/kilavuz/tr/giris-sayfasi.html</loc><lastmod>2024-06-15</lastmod>") == true)
    }
}

@Suite struct AtomicWriterTests {
    func output(_ files: [String: String]) -> SiteOutput {
        var output = SiteOutput()
        for (path, text) in files { output.add(path, text: text) }
        return output
    }

    @Test func writesIntoAMissingParentAndReplacesWholeFolders() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let target = scratch.path("yayin/site")
        try AtomicWriter(directory: target).write(output(["a.html": "1", "tr/b.html": "2"]))
        try AtomicWriter(directory: target).write(output(["a.html": "3"]))
        #expect(try snapshot(target) == ["a.html": Data("3".utf8), AtomicWriter.marker: try Data(contentsOf: URL(fileURLWithPath: target + "/" + AtomicWriter.marker))])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("yayin")) == ["site"])
    }

    @Test func refusesAFileAsOutput() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let target = scratch.path("site")
        try Data("x".utf8).write(to: URL(fileURLWithPath: target))
        let error = try #require(throws: DiagnosticsError.self) { try AtomicWriter(directory: target).write(output(["a.html": "1"])) }
        #expect(error.diagnostics.first?.message == "output exists and is not a folder")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data("x".utf8))
    }

    @Test func aSymbolicLinkKeepsPointingAtTheNewSite() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let real = scratch.path("www/kilavuz")
        try AtomicWriter(directory: real).write(output(["a.html": "1", "eski.html": "0"]))
        let link = scratch.path("site")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        try AtomicWriter(directory: link).write(output(["a.html": "2"]))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try Data(contentsOf: URL(fileURLWithPath: real + "/a.html")) == Data("2".utf8))
        #expect(!FileManager.default.fileExists(atPath: real + "/eski.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("www")) == ["kilavuz"])
    }

    @Test func anEmptyFolderMayBeUsed() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let target = scratch.path("site")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try AtomicWriter(directory: target).write(output(["a.html": "1"]))
        #expect(FileManager.default.fileExists(atPath: target + "/a.html"))
    }
}
