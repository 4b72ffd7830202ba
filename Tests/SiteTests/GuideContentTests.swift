import Foundation
import Testing
@testable import Guide
import Permits
@testable import PermitPages
@testable import Site

/// Promises the real guide (content/) keeps to its readers: the two 60-day warnings are in
/// the contents and on the way to finishing the application, extending a permit has its
/// place, and anchors are the same in both languages.
@Suite struct GuideContentTests {
    static let site: SiteOutput? = try? RulesPageTests.realSite()
    static let languages = ["tr", "en"]
    static let warnings = ["uyari-pasaport-60-gun", "uyari-uzatma-suresi"]

    func page(_ path: String) throws -> SitePage {
        let site = try #require(Self.site, "the real content must build")
        return try #require(site.files[path]?.page, "\(path)")
    }

    func html(_ path: String) throws -> String {
        let site = try #require(Self.site, "the real content must build")
        return try #require(site.text(path), "\(path)")
    }

    /// Offset of `needle` in `text`, for order checks.
    func offset(of needle: String, in text: String) throws -> Int {
        let range = try #require(text.range(of: needle), "missing \(needle)")
        return text.distance(from: text.startIndex, to: range.lowerBound)
    }

    @Test func warningsAreInTheContentsUnderCompletingTheApplication() throws {
        for language in Self.languages {
            let toc = try page("\(language)/basvuru-sonuclandirma.html").toc
            let ids = toc.map(\.id)
            let label = language == "tr" ? "Uyarı: " : "Warning: "
            for warning in Self.warnings {
                let entry = try #require(toc.first { $0.id == warning }, "\(language): \(warning) not in the contents")
                #expect(entry.text.hasPrefix(label))
            }
            // In the section readers are sent to, before its first step.
            #expect(ids.prefix(4) == ["e-imza-ile-tamamla", "uyari-pasaport-60-gun", "uyari-uzatma-suresi", "adim-11-1"], "\(language): \(ids)")
            let nested = PageLayout.nestedTOC(toc)
            let section = try #require(nested.first { $0["id"] as? String == "e-imza-ile-tamamla" })
            let children = (section["children"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(Array(children.prefix(2)) == Self.warnings)
            // The built contents box links them.
            let built = try html("\(language)/basvuru-sonuclandirma.html")
            let contents = try #require(built.range(of: #"<nav class="toc""#).map { built[$0.lowerBound...] })
            let box = try #require(contents.range(of: "</nav>").map { contents[..<$0.lowerBound] })
            for warning in Self.warnings { #expect(box.contains("<a href=\"#\(warning)\">\(label)")) }
        }
    }

    /// Whoever lands on #e-imza-ile-tamamla (home step 11, step 10.9, the catalogue's
    /// required-field rule) sees the warnings first: they stand between that heading and
    /// the first step.
    @Test func warningsAreOnThePathToFinishing() throws {
        #expect(RuleCatalog.rule("required-field")?.guide.sitePath(in: .tr) == "tr/basvuru-sonuclandirma.html#e-imza-ile-tamamla")
        for language in Self.languages {
            let target = try html("\(language)/basvuru-sonuclandirma.html")
            let heading = try offset(of: #"id="e-imza-ile-tamamla""#, in: target)
            let firstStep = try offset(of: #"id="adim-11-1""#, in: target)
            for warning in Self.warnings {
                let position = try offset(of: "id=\"\(warning)\"", in: target)
                #expect(heading < position && position < firstStep, "\(language): \(warning)")
            }
            // Home step 11 and step 10.9 link the warnings beside the link to finishing.
            let home = try html("\(language)/index.html")
            let step11 = try listItem(containing: #"href="basvuru-sonuclandirma.html#e-imza-ile-tamamla""#, in: home)
            let steps = try html("\(language)/basvuru-adimlari.html")
            let step109 = try section(from: #"id="adim-10-9""#, in: steps)
            #expect(step109.contains(#"href="basvuru-sonuclandirma.html#e-imza-ile-tamamla""#))
            for warning in Self.warnings {
                #expect(step11.contains("href=\"basvuru-sonuclandirma.html#\(warning)\""), "\(language) home step 11: \(warning)")
                #expect(step109.contains("href=\"basvuru-sonuclandirma.html#\(warning)\""), "\(language) step 10.9: \(warning)")
            }
        }
    }

    @Test func extendingAPermitHasItsPlace() throws {
        for language in Self.languages {
            let toc = try page("\(language)/izin-sonrasi-islemler.html").toc
            #expect(toc.contains { $0.id == "izin-uzatma" && $0.level == 2 }, "\(language)")
            let body = try section(from: #"id="izin-uzatma""#, in: html("\(language)/izin-sonrasi-islemler.html"))
            #expect(body.contains(#"href="basvuru-sonuclandirma.html#uyari-uzatma-suresi""#))
            #expect(body.contains("60 (")) // the window, as the guide words it: "60 (altmış)", "60 (sixty)"
            let home = try html("\(language)/index.html")
            let journey = try section(from: #"id="yolculuk""#, in: home)
            #expect(journey.contains(#"href="izin-sonrasi-islemler.html#izin-uzatma""#), "\(language): home journey")
            // The warning itself points to the place.
            let warning = try section(from: #"id="uyari-uzatma-suresi""#, in: html("\(language)/basvuru-sonuclandirma.html"))
            #expect(warning.contains(#"href="izin-sonrasi-islemler.html#izin-uzatma""#))
        }
    }

    /// Help-desk staff send the same link in either language: every heading and callout id
    /// in the contents is explicit and the same, in the same order, in tr and en.
    @Test func contentsAnchorsAreExplicitAndTheSameInBothLanguages() throws {
        let site = try #require(Self.site)
        let turkishPages = site.htmlPaths.filter { $0.hasPrefix("tr/") }.compactMap { site.files[$0]?.page }
            .filter { !$0.source.hasPrefix("Sources/") }
        #expect(turkishPages.count > 10)
        for turkish in turkishPages {
            let english = try page("en/\(turkish.slug).html")
            #expect(turkish.toc.map(\.id) == english.toc.map(\.id), "\(turkish.slug)")
        }
        let sources = ContentFiles.markdownFiles(under: RealContent.path)
        for file in sources {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.hasPrefix("## ") || line.hasPrefix("### ") {
                #expect(line.hasSuffix("}") && line.contains("{#"), "\(file):\(number + 1): heading without an explicit {#id}")
            }
        }
    }

    /// Wording that follows the guide's text, and home step 8 starting path 1 at the step
    /// that ticks the YÖK option.
    @Test func wordingFollowsTheGuide() throws {
        let warning = try section(from: #"id="uyari-pasaport-60-gun""#, in: html("tr/basvuru-sonuclandirma.html"))
        #expect(warning.contains("pasaportunun bitiş tarihinin"))
        #expect(try !html("tr/izin-sonrasi-islemler.html").contains("zarar gör"))
        let englishGuide = try #require(Self.site).htmlPaths.filter { $0.hasPrefix("en/") && $0 != "en/kurallar.html" }
        for path in englishGuide { #expect(try !html(path).contains("damaged"), "\(path)") }
        for (language, phrase) in [("tr", "İstediğiniz zaman"), ("en", "Whenever you like")] {
            #expect(try !html("\(language)/basvuru-sonuclandirma.html").contains(phrase))
            let step8 = try listItem(containing: #"href="yok-on-izin.html#adim-8-1""#, in: html("\(language)/index.html"))
            #expect(step8.hasPrefix("<li>"))
        }
    }

    // MARK: helpers

    /// The `<li>…</li>` that contains `needle` (no nested lists inside home steps).
    func listItem(containing needle: String, in text: String) throws -> Substring {
        let hit = try #require(text.range(of: needle), "missing \(needle)")
        let start = try #require(text.range(of: "<li>", options: .backwards, range: text.startIndex..<hit.lowerBound))
        let end = try #require(text.range(of: "</li>", range: hit.upperBound..<text.endIndex))
        return text[start.lowerBound..<end.upperBound]
    }

    /// From `marker` to the next heading or callout (an element with an id after it).
    func section(from marker: String, in text: String) throws -> Substring {
        let hit = try #require(text.range(of: marker), "missing \(marker)")
        let rest = text[hit.upperBound...]
        let next = ["<h2 ", "<h3 ", "<aside "].compactMap { rest.range(of: $0)?.lowerBound }.min() ?? rest.endIndex
        return rest[..<next]
    }
}

/// The Markdown files of a content folder.
enum ContentFiles {
    static func markdownFiles(under folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var files: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".md") { files.append(folder + "/" + name) }
        }
        return files.sorted()
    }
}
