import Foundation
import Permits
import Testing
@testable import Guide
@testable import PermitPages
@testable import Site

/// The real content/ of the repository, which the rules page's guide links must match.
enum RealContent {
    static let path = TestFiles.folder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content").path

    /// A copy a test may break.
    static func copy(into scratch: Scratch) throws -> String {
        let target = scratch.path("content")
        try FileManager.default.copyItem(atPath: path, toPath: target)
        return target
    }
}

@Suite struct RulesPageTests {
    /// Built once per test that needs it: the real guide with the rules page.
    static func realSite() throws -> SiteOutput {
        try SiteBuilder(contentDirectory: RealContent.path, plugins: [RulesPage()]).makeSite()
    }

    @Test func realContentBuildsWithEveryRuleInBothLanguages() throws {
        let output = try Self.realSite()
        for language in ["tr", "en"] {
            let page = try #require(output.text("\(language)/kurallar.html"))
            for rule in RuleCatalog.all {
                // The id is the heading's, once, so kurallar.html#<id> opens at the rule.
                #expect(page.components(separatedBy: "id=\"\(rule.id)\"").count == 2, "\(language): \(rule.id)")
                let guideHref = "href=\"\(rule.guide.page).html#\(rule.guide.fragment)\""
                #expect(page.contains(guideHref), "\(language): \(rule.id) links \(guideHref)")
            }
            #expect(output.text("sitemap.xml")?.contains("<loc>\(language)/kurallar.html</loc>") == true)
            // Last in the navigation, after the guide's last page (the glossary).
            #expect(page.contains(#"<a class="pager-previous" href="sozluk.html" rel="prev">"#))
            #expect(!page.contains("rel=\"next\""))
            #expect(output.text("\(language)/revizyonlar.html")?.contains(#"<a href="kurallar.html">"#) == true)
        }
        let turkish = try #require(output.text("tr/kurallar.html"))
        let english = try #require(output.text("en/kurallar.html"))
        #expect(turkish.contains("<h1>Doğrulama kuralları</h1>"))
        #expect(english.contains("<h1>Validation rules</h1>"))
        #expect(turkish.contains("hukuki danışmanlık değildir"))
        #expect(english.contains("Nothing on this page is legal advice"))
        // Same slug in both languages: the switcher pairs the two pages.
        #expect(turkish.contains(#"<a href="../en/kurallar.html" hreflang="en" lang="en">English</a>"#))
        #expect(english.contains(#"<link rel="alternate" hreflang="tr" href="../tr/kurallar.html">"#))
    }

    @Test func entryShowsSeverityInWordsSourceKindsAndGuideStep() throws {
        let output = try Self.realSite()
        let turkish = try #require(output.text("tr/kurallar.html"))
        let english = try #require(output.text("en/kurallar.html"))
        let rule = try #require(RuleCatalog.rule("passport-expiry-60-days"))
        for (page, language) in [(turkish, Language.tr), (english, Language.en)] {
            let entry = try #require(Self.entry(rule.id, in: page))
            #expect(entry.contains(escapeHTML(rule.title[language])))
            #expect(entry.contains(escapeHTML(rule.catalogueMessage[language])))
            #expect(entry.contains(escapeHTML(rule.source[language])))
            #expect(entry.contains(escapeHTML(FormCatalog.definition(for: .academicApplication).title[language])))
            #expect(!entry.contains(escapeHTML(FormCatalog.definition(for: .workplaceRegistration).title[language])))
        }
        let turkishEntry = try #require(Self.entry(rule.id, in: turkish))
        let severityWord = rule.severity == .error ? "Hata" : "Uyarı"
        #expect(turkishEntry.contains("<span class=\"severity severity-\(rule.severity.rawValue)\">\(severityWord)</span>"))
        // The heading text of the guide's anchor names the link (a callout: the page title).
        #expect(turkishEntry.contains(#"<a href="basvuru-sonuclandirma.html#uyari-pasaport-60-gun">Başvuru Sonuçlandırma</a>"#))
        let englishSteps = try #require(Self.entry("sgk-number", in: english))
        #expect(englishSteps.contains(#"<a href="yeni-isyeri-kaydi.html#isyeri-secimi">"#))
    }

    @Test func rulesAreGroupedBySeverityErrorsFirst() throws {
        let page = try #require(try Self.realSite().text("tr/kurallar.html"))
        let errors = try #require(page.range(of: #"<h2 id="errors">"#))
        let warnings = try #require(page.range(of: #"<h2 id="warnings">"#))
        #expect(errors.lowerBound < warnings.lowerBound)
        for rule in RuleCatalog.all {
            let position = try #require(page.range(of: "id=\"\(rule.id)\""))
            #expect((position.lowerBound > warnings.lowerBound) == (rule.severity == .warning), "\(rule.id)")
        }
        let errorCount = RuleCatalog.all.filter { $0.severity == .error }.count
        #expect(page.contains("<li><a href=\"#errors\">Hatalar</a> (\(errorCount) kural)</li>"))
    }

    /// A renamed guide anchor fails the build, naming the rule that needs it, in the
    /// language that lost it.
    @Test func missingAnchorFailsNamingTheRule() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try RealContent.copy(into: scratch)
        try replace("{#uyari-pasaport-60-gun}", with: "{#passport-warning}",
                    in: content + "/en/basvuru-sonuclandirma.md")
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: content, outputDirectory: scratch.path("site"), plugins: [RulesPage()]).build()
        }
        let messages = error.diagnostics.map(\.description)
        let required = messages.filter { $0.hasPrefix("Permits (") }
        #expect(required.count == 1)
        #expect(required.first?.hasPrefix("Permits (en): rule passport-expiry-60-days") == true)
        #expect(required.first?.hasSuffix(": error: link to missing anchor #uyari-pasaport-60-gun in basvuru-sonuclandirma.md") == true)
        // The guide's own links to it are reported where they are written; the rules page's
        // are not repeated; nothing was written.
        #expect(messages.filter { !$0.hasPrefix("Permits (") }.allSatisfy { $0.contains("/en/") && $0.contains(".md:") }, "\(messages)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("site")))
    }

    @Test func missingFieldAnchorNamesTheFields() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try RealContent.copy(into: scratch)
        try replace("{#pasaport-bilgisi}", with: "{#pasaport}", in: content + "/tr/basvuru-adimlari.md")
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: content, plugins: [RulesPage()]).makeSite()
        }
        let required = error.diagnostics.map(\.description).filter { $0.hasPrefix("Permits (") }
        let users = try #require(FormCatalog.guideLinkUsers.first { $0.link == .passportInformation }?.users)
        #expect(users.contains { $0.hasPrefix("field academic-application /") })
        #expect(required == ["Permits (tr): \(users.joined(separator: ", ")): error: link to missing anchor #pasaport-bilgisi in basvuru-adimlari.md"])
        // The rules and form pages' own links to it are not repeated, one error per page and line.
        #expect(error.diagnostics.count == 1, "\(error.diagnostics)")
    }

    @Test func requiredTargetsCoverEveryGuideLinkInEveryLanguage() {
        let links = FormCatalog.allGuideLinks
        #expect(FormCatalog.guideLinkUsers.allSatisfy { !$0.users.isEmpty })
        let targets = GuideLinkTargets.requiredTargets(languages: [.tr, .en])
        #expect(targets.count == 2 * links.count)
        let warning = targets.first { $0.href == "en/basvuru-sonuclandirma.html#uyari-pasaport-60-gun" }
        #expect(warning?.requiredBy.hasPrefix("Permits (en): rule passport-expiry-60-days") == true)
        #expect(Set(targets.map(\.href)).count == targets.count)
    }

    @Test func groupIDsAndRuleIDsAreValidAndDistinct() {
        let ruleIDs = RuleCatalog.all.map(\.id)
        #expect(Set(ruleIDs).count == ruleIDs.count)
        for id in ruleIDs { #expect(TurkishSlug.isValidID(id), "\(id)") }
        for id in RulesPageHTML.groupIDs.values {
            #expect(!ruleIDs.contains(id))
            #expect(!PageLayout.reservedIDs.contains(id))
        }
        #expect(ruleIDs.allSatisfy { !PageLayout.reservedIDs.contains($0) })
    }

    @Test func textsAreEscaped() throws {
        let rule = Rule(
            id: "test-escaping", severity: .warning, source: RuleSource(basis: .inference, text: .same("Kaynak <i>")),
            title: LocalizedText(tr: "A & <b>", en: "A & <b>"), message: .same("\"{actual}\" < 5"),
            guide: .passportInformation)
        let output = try SiteBuilder(contentDirectory: RealContent.path, plugins: [RulesPage(rules: [rule])]).makeSite()
        let page = try #require(output.text("tr/kurallar.html"))
        #expect(page.contains(#"<h3 id="test-escaping">A &amp; &lt;b&gt;</h3>"#))
        #expect(page.contains("<dd>&quot;…&quot; &lt; 5</dd>"))
        #expect(page.contains("<dd>Kaynak &lt;i&gt;</dd>"))
        #expect(!page.contains(#"id="errors""#), "an empty group is left out")
    }

    /// The HTML of one rule's section: from its heading to the section's end.
    static func entry(_ id: String, in page: String) -> String? {
        guard let start = page.range(of: "id=\"\(id)\""),
              let end = page.range(of: "</section>", range: start.upperBound..<page.endIndex) else { return nil }
        return String(page[start.lowerBound..<end.upperBound])
    }
}
