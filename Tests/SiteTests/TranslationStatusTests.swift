import Foundation
import Testing
@testable import Guide
@testable import PermitPages
@testable import Site

/// A translation records its source page's fingerprint (`source:`); when the Turkish page
/// changes, the build warns and the English page says it may be out of date.
@Suite struct TranslationStatusTests {
    /// The real guide links the form and rules pages.
    static var plugins: [any SitePlugin] { [FormPages(), RulesPage()] }

    @Test func fingerprintIsSHA256OfTheTextIgnoringLineEndingsAndBOM() {
        // The first 12 hex digits of FIPS 180-4's test vectors (a leading zero digit kept).
        #expect(TranslationStatus.fingerprint(of: "abc") == "ba7816bf8f01")
        #expect(TranslationStatus.fingerprint(of: "") == "e3b0c44298fc")
        #expect(TranslationStatus.fingerprint(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d206")
        #expect(TranslationStatus.fingerprint(of: "a\r\nb\r\n") == TranslationStatus.fingerprint(of: "a\nb\n"))
        #expect(TranslationStatus.fingerprint(of: "\u{FEFF}a\n") == TranslationStatus.fingerprint(of: "a\n"))
        #expect(TranslationStatus.fingerprint(of: "a\n") != TranslationStatus.fingerprint(of: "a \n"))
    }

    @Test func everyEnglishPageOfTheRealGuideIsCurrent() throws {
        let sources = try ContentLoader(directory: RealContent.path).read()
        let statuses = TranslationStatus.of(sources)
        #expect(statuses.count == (sources.pages["en"] ?? []).count)
        for status in statuses { #expect(status.state == .current, "\(status.warning ?? "")") }
        let site = try SiteBuilder(contentDirectory: RealContent.path, plugins: Self.plugins).makeSite()
        #expect(site.notices.isEmpty, "\(site.notices)")
        #expect(!site.htmlPaths.contains { site.text($0)!.contains("translation-note") })
    }

    @Test func changedTurkishPageWarnsAndMarksTheEnglishPage() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try RealContent.copy(into: scratch)
        let english = "\(content)/en/giris-sayfasi.md"
        let before = try ContentLoader(directory: content).read()
        let recorded = before.pages["en"]!.first { $0.slug == "giris-sayfasi" }!.frontMatter.source!
        try replace("Yabancı akademisyenlerin", with: "Yabancı akademisyenlerimizin", in: "\(content)/tr/giris-sayfasi.md")

        let output = scratch.path("site")
        let report = try SiteBuilder(contentDirectory: content, outputDirectory: output, plugins: Self.plugins).build()
        #expect(report.notices.count == 1, "\(report.notices)")
        let line = try String(contentsOfFile: english, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("source:") }! + 1
        let now = TranslationStatus.fingerprint(of: try String(contentsOfFile: "\(content)/tr/giris-sayfasi.md", encoding: .utf8))
        #expect(report.notices.first == "\(english):\(line):9: warning: \(content)/tr/giris-sayfasi.md changed after this translation was aligned (source: \(recorded)); update the text, then set source: \(now)")

        let page = try String(contentsOfFile: "\(output)/en/giris-sayfasi.html", encoding: .utf8)
        let main = page.components(separatedBy: "<main")[1]
        let note = try #require(main.range(of: "<aside class=\"callout callout-note translation-note\" role=\"note\" aria-label=\"Translation may be out of date\">"))
        #expect(main[note.upperBound...].hasPrefix("\n<p class=\"callout-title\" aria-hidden=\"true\">Translation may be out of date</p>\n<p>The original page, in <a href=\"../tr/giris-sayfasi.html\" hreflang=\"tr\" lang=\"tr\">Türkçe</a>, has changed"))
        // Only there: not on the Turkish page, not on the other English pages.
        #expect(!(try String(contentsOfFile: "\(output)/tr/giris-sayfasi.html", encoding: .utf8)).contains("translation-note"))
        #expect(!(try String(contentsOfFile: "\(output)/en/basvuru-adimlari.html", encoding: .utf8)).contains("translation-note"))

        // Aligned again: no warning, no note.
        try replace("source: \(recorded)", with: "source: \(now)", in: english)
        let again = try SiteBuilder(contentDirectory: content, outputDirectory: output, plugins: Self.plugins).build()
        #expect(again.notices.isEmpty)
        #expect(!(try String(contentsOfFile: "\(output)/en/giris-sayfasi.html", encoding: .utf8)).contains("translation-note"))
    }

    @Test func untrackedPageWarnsWithoutANoteAndBadSourceIsAnError() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try RealContent.copy(into: scratch)
        let english = "\(content)/en/yardim.md"
        let text = try String(contentsOfFile: english, encoding: .utf8)
        let recorded = try #require(text.firstMatch(of: /source: ([0-9a-f]+)\n/)).1
        try text.replacingOccurrences(of: "source: \(recorded)\n", with: "").write(toFile: english, atomically: true, encoding: .utf8)
        let site = try SiteBuilder(contentDirectory: content, plugins: Self.plugins).makeSite()
        #expect(site.notices == ["\(english):1:1: warning: no 'source:' in the front matter; when this page matches \(content)/tr/yardim.md, add source: \(recorded)"])
        #expect(!(site.text("en/yardim.html") ?? "").contains("translation-note"))

        try text.replacingOccurrences(of: "source: \(recorded)", with: "source: not-a-hash").write(toFile: english, atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticsError.self) { try SiteBuilder(contentDirectory: content, plugins: Self.plugins).makeSite() }
        do {
            _ = try SiteBuilder(contentDirectory: content, plugins: Self.plugins).makeSite()
        } catch {
            #expect(error.description.contains("yardim.md:") && error.description.contains("'source' must be the fingerprint"), "\(error)")
        }
    }
}
