import Foundation
import Testing
@testable import Guide

/// Writes a content folder into a fresh temporary directory.
struct TemporaryContent {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-guide-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    var path: String { root.path }

    func errors() -> [String] {
        do {
            _ = try ContentLoader(directory: path).load()
            return []
        } catch {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "content") }
        }
    }
}

func page(_ title: String, order: Int, body: String = "## Giriş\n") -> String {
    "---\ntitle: \(title)\ndescription: \(title) sayfası.\norder: \(order)\nupdated: 2024-07-31\n---\n\(body)"
}

let siteYML = """
title:
  tr: "e-İzin Kılavuzu"
revision:
  number: 2
  date: 2024-07-31
languages:
  - code: tr
    name: Türkçe
    navigation: [index, giris]
"""

@Suite struct ContentLoaderTests {
    @Test func loadsPagesInNavigationOrder() throws {
        let content = try TemporaryContent(["site.yml": siteYML, "tr/giris.md": page("Giriş", order: 2), "tr/index.md": page("Ana sayfa", order: 1)])
        let guide = try ContentLoader(directory: content.path).load()
        #expect(guide.pages(in: "tr").map(\.slug) == ["index", "giris"])
        #expect(guide.configuration.revision.number == 2)
        #expect(guide.configuration.title["tr"] == "e-İzin Kılavuzu")
        #expect(guide.page(language: "tr", slug: "giris")?.outputPath == "tr/giris.html")
        #expect(guide.page(language: "tr", slug: "giris")?.sourcePath == "\(content.path)/tr/giris.md")
        #expect(guide.anchor(language: "tr", slug: "giris", id: "giris")?.text == "Giriş")
        #expect(guide.anchor(language: "tr", slug: "giris", id: "yok") == nil)
    }

    @Test func windowsLineEndingsKeepLinesAndColumns() throws {
        let crlf = { (text: String) in text.replacingOccurrences(of: "\n", with: "\r\n") }
        let content = try TemporaryContent([
            "site.yml": crlf(siteYML), "tr/index.md": crlf(page("Ana sayfa", order: 1)),
            "tr/giris.md": crlf(page("Giriş", order: 2, body: "\n## Giriş\n\nBak: [yok](yok.md) <b>x</b>\n"))])
        #expect(content.errors() == [
            "content/tr/giris.md:10:20: error: raw HTML tag '<b>' is not allowed; only <kbd>, <br>, <abbr title=\"...\"> and <span lang=\"...\"> are allowed (see docs/authoring.md)",
            "content/tr/giris.md:10:24: error: raw HTML tag '</b>' is not allowed; only <kbd>, <br>, <abbr title=\"...\"> and <span lang=\"...\"> are allowed (see docs/authoring.md)",
        ])
    }

    @Test func languageFolderThatCannotBeListedIsOneError() throws {
        // Root reads any folder, so the test uses a file where the folder should be; an
        // unreadable folder takes the same path ("cannot read folder").
        let content = try TemporaryContent(["site.yml": siteYML, "tr": "not a folder"])
        #expect(content.errors() == ["content/tr: error: not a folder: the pages of language 'tr' go into the folder content/tr/"])
    }

    @Test func missingContentFolder() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-none-\(UUID().uuidString)").path
        #expect(throws: DiagnosticsError.self) { try ContentLoader(directory: missing).load() }
        do { _ = try ContentLoader(directory: missing).load() } catch {
            #expect(error.description == "\(missing): error: content folder not found")
        }
    }

    @Test func navigationAndFilesMustAgree() throws {
        let content = try TemporaryContent(["site.yml": siteYML, "tr/index.md": page("Ana sayfa", order: 1), "tr/fazla.md": page("Fazla", order: 3)])
        #expect(content.errors() == [
            "content/site.yml:9:25: error: 'giris' is in navigation but content/tr/giris.md does not exist",
            "content/tr/fazla.md:1: error: page 'fazla' is not in the navigation of language 'tr' in content/site.yml",
        ])
    }

    @Test func duplicateOrdersAndNavigationEntries() throws {
        let yml = siteYML.replacingOccurrences(of: "[index, giris]", with: "[index, giris, index]")
        let content = try TemporaryContent(["site.yml": yml, "tr/index.md": page("Ana sayfa", order: 1), "tr/giris.md": page("Giriş", order: 1)])
        #expect(content.errors() == ["content/site.yml:9:32: error: duplicate slug 'index' in navigation"])
        let second = try TemporaryContent(["site.yml": siteYML, "tr/index.md": page("Ana sayfa", order: 1), "tr/giris.md": page("Giriş", order: 1)])
        #expect(second.errors() == ["content/tr/giris.md:4:8: error: duplicate order 1: \(second.path)/tr/index.md has it too".replacingOccurrences(of: second.path, with: "content")])
    }

    @Test func errorsFromSeveralPagesAreAllReported() throws {
        let content = try TemporaryContent([
            "site.yml": siteYML,
            "tr/index.md": "---\ntitle: A\n---\n",
            "tr/giris.md": page("Giriş", order: 2, body: "\n<div>x</div>\n"),
        ])
        let errors = content.errors()
        #expect(errors.count == 5, "\(errors)")
        #expect(errors.contains("content/tr/giris.md:8:1: error: raw HTML tag '<div>' is not allowed; only <kbd>, <br>, <abbr title=\"...\"> and <span lang=\"...\"> are allowed (see docs/authoring.md)"))
        #expect(errors.contains("content/tr/index.md:2:1: error: missing required field 'order'"))
    }

    @Test func spanLangMayNameTheSiteOtherLanguagesOnly() throws {
        let yml = siteYML.replacingOccurrences(of: "  tr: \"e-İzin Kılavuzu\"", with: "  tr: \"e-İzin Kılavuzu\"\n  en: \"e-İzin Guide\"")
            + "\n  - code: en\n    name: English\n    navigation: [index]\n"
        let files = [
            "site.yml": yml, "tr/index.md": page("Ana sayfa", order: 1), "tr/giris.md": page("Giriş", order: 2),
            "en/index.md": page("Home", order: 1, body: "\nFee (<span lang=\"tr\">harç</span>).\n"),
        ]
        #expect(try TemporaryContent(files).errors() == [])
        var wrong = files
        wrong["tr/giris.md"] = page("Giriş", order: 2, body: "\n<span lang=\"tr\">Harç</span> ve <span lang=\"en\">fee</span>\n")
        #expect(try TemporaryContent(wrong).errors() == [
            "content/tr/giris.md:8:1: error: '<span lang=\"tr\">': 'tr' is not a language this page may mark; use one of the site's other languages: en (see docs/authoring.md)",
        ])
    }

    @Test func badSiteConfiguration() throws {
        let content = try TemporaryContent(["site.yml": "title:\n  tr: x\nrevision:\n  number: iki\n  date: 2024-07-31\nlanguages: []\nextra: 1\n"])
        #expect(content.errors() == [
            "content/site.yml:4:11: error: 'number' must be a whole number of at least 1, found 'iki'",
            "content/site.yml:6:12: error: 'languages' must be a non-empty list",
            "content/site.yml:7:1: error: unknown key 'extra'; expected one of: base_url, feedback, journey, languages, revision, title",
        ])
    }

    @Test func aBadLanguageCodeIsOneErrorAtTheCode() throws {
        let yml = siteYML.replacingOccurrences(of: "code: tr", with: "code: TR") + "\n  - name: Deutsch\n  - code: de\n    name: ''\n"
        let content = try TemporaryContent(["site.yml": yml])
        #expect(content.errors() == [
            "content/site.yml:7:11: error: language code must be lowercase letters, e.g. 'tr'",
            "content/site.yml:10:5: error: language without 'code'",
            "content/site.yml:12:11: error: language name must be a non-empty text",
        ])
    }

    @Test func unknownLanguageFolderAndBadFileName() throws {
        let content = try TemporaryContent([
            "site.yml": siteYML, "tr/index.md": page("A", order: 1), "tr/giris.md": page("B", order: 2),
            "de/index.md": page("C", order: 1), "tr/Büyük.md": page("D", order: 3),
        ])
        #expect(content.errors() == [
            "content/de: error: folder 'de' is not a language in site.yml",
            "content/tr/Büyük.md: error: file name 'Büyük.md' must be lowercase letters, digits and hyphens (it becomes the page URL)",
        ])
    }
}

@Suite struct SiteConfigurationTests {
    @Test func baseURLAndLanguagesWithoutPages() throws {
        let yml = siteYML.replacingOccurrences(of: "  tr: \"e-İzin Kılavuzu\"", with: "  tr: \"e-İzin Kılavuzu\"\n  en: \"e-İzin Guide\"")
            + "\n  - code: en\n    name: English\nbase_url: https://izin.example.org/kilavuz\n"
        let configuration = try SiteConfiguration.parse(yml, file: "site.yml")
        #expect(configuration.baseURL == "https://izin.example.org/kilavuz/")
        #expect(configuration.languages.map(\.code) == ["tr", "en"])
        #expect(configuration.language("en")?.navigation == nil)
    }

    @Test func languageWithoutTitleAndBadBaseURL() {
        let yml = siteYML + "\n  - code: en\n    name: English\nbase_url: ftp://x\n"
        #expect(throws: DiagnosticsError.self) { try SiteConfiguration.parse(yml, file: "site.yml") }
        do { _ = try SiteConfiguration.parse(yml, file: "site.yml") } catch {
            #expect(error.diagnostics.map(\.description) == [
                "site.yml:2:3: error: no title for language 'en'",
                "site.yml:12:11: error: 'base_url' must be an absolute http(s) URL",
            ])
        }
    }

    @Test func navigationWithoutFolder() throws {
        let content = try TemporaryContent(["site.yml": siteYML])
        #expect(content.errors() == [
            "content/site.yml:9:18: error: 'index' is in navigation but content/tr/index.md does not exist",
            "content/site.yml:9:25: error: 'giris' is in navigation but content/tr/giris.md does not exist",
        ])
    }
}

@Suite struct StepNumberingTests {
    @Test func stepHeadingsNeedStableIDsMatchingTheOrder() throws {
        let body = "### Adım 2.1: Seçin {#adim-2-1}\n\n### Adım 2.2: Devam\n\n### Adım 2.3: Son {#son}\n\n### Adım 3.1: Yanlış bölüm {#adim-3-1}\n\n### Adımlar hakkında\n"
        let content = try TemporaryContent(["site.yml": siteYML, "tr/index.md": page("A", order: 1), "tr/giris.md": page("Giriş", order: 2, body: body)])
        #expect(content.errors() == [
            "content/tr/giris.md:9:1: error: step heading needs its stable id: add {#adim-2-2} at the end",
            "content/tr/giris.md:11:1: error: step 2.3 has id 'son'; numbered steps use 'adim-2-3'",
            "content/tr/giris.md:13:1: error: step 3.1 is on the page with order 2; steps are numbered 2.M",
        ])
    }
}
