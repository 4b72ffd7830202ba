import Foundation
import JSONSchema
import Permits
import Testing
@testable import Guide
@testable import PermitPages
@testable import Site

/// The form pages: one per kind and language from the form definitions (docs/site.md,
/// "The form pages"). The browser checks them in Tests/browser/stage_forms.py.
@Suite struct FormPagesTests {
    static func realSite() throws -> SiteOutput {
        try SiteBuilder(contentDirectory: RealContent.path, plugins: [FormPages(), RulesPage()]).makeSite()
    }

    /// The attribute value of `data-when` a branch field carries.
    static func conditionsJSON(_ conditions: [Condition]) -> String {
        let members = conditions.map { "{\"field\":\(JSONWriter.quoted($0.field)),\"equals\":\(JSONWriter.write($0.equals, pretty: false))}" }
        return escapeHTML("[\(members.joined(separator: ","))]")
    }

    @Test func everyKindHasAPagePerLanguageWithEveryField() throws {
        let output = try Self.realSite()
        for language in ["tr", "en"] {
            for form in FormCatalog.all {
                let path = "\(language)/\(FormPages.slug(form.kind)).html"
                let page = try #require(output.text(path), "\(path) missing")
                #expect(page.contains("<h1>\(escapeHTML(form.title[Language(rawValue: language)!]))</h1>"))
                #expect(page.contains("data-kind=\"\(form.kind.rawValue)\""))
                for (path, field) in form.fieldsWithPaths() {
                    if case .constant = field.type { continue }
                    if path.tokens.first == "$schema" { continue }
                    // Array elements of non-object items are the array's own template.
                    let tokens = path.tokens.map { $0 == "*" ? FormPageHTML.itemToken : $0 }
                    if tokens.last == FormPageHTML.itemToken { continue }
                    let container = "data-field=\"\(escapeHTML(field.name))\" data-type=\""
                    let id = "id=\"\(FormPageHTML.id(tokens))--field\""
                    #expect(page.contains(container), "\(form.kind.rawValue) \(path): no data-field")
                    #expect(page.contains(id), "\(form.kind.rawValue) \(path): no \(id)")
                    if case .requiredWhen(let conditions) = field.presence {
                        #expect(page.contains("\(id) data-when=\"\(Self.conditionsJSON(conditions))\""),
                                "\(form.kind.rawValue) \(path): no branch marker")
                    }
                }
            }
        }
    }

    @Test func academicBranchesAreMarked() throws {
        let output = try Self.realSite()
        let page = try #require(output.text("tr/form-academic-application.html"))
        #expect(page.contains(#"id="f-eligibility-consulateReference--field" data-when="[{&quot;field&quot;:&quot;path&quot;,&quot;equals&quot;:&quot;exempt&quot;},{&quot;field&quot;:&quot;hasForeignIdentityNumber&quot;,&quot;equals&quot;:false},{&quot;field&quot;:&quot;location&quot;,&quot;equals&quot;:&quot;abroad&quot;}]""#))
        // Booleans are the portal's Evet/Hayır; dates are day, month, year with bday autocomplete.
        #expect(page.contains(#"value="true"><label for="f-eligibility-hasForeignIdentityNumber">Evet</label>"#))
        #expect(page.contains(#"id="f-identity-personal-birthDate--day" data-part="day" type="text" inputmode="numeric" spellcheck="false" autocomplete="bday-day""#))
        let english = try #require(output.text("en/form-academic-application.html"))
        #expect(english.contains(#"Yes <span class="portal-label" lang="tr">(Evet)</span>"#))
        #expect(english.contains(#"Given name <span class="portal-label" lang="tr">(Adı)</span>"#))
    }

    @Test func dataScriptHoldsTheSchemaAndTheFormsChecks() throws {
        let output = try Self.realSite()
        for form in FormCatalog.all {
            let page = try #require(output.text("en/\(FormPages.slug(form.kind)).html"))
            let start = try #require(page.range(of: "<script type=\"application/json\" id=\"eizin-data\">"))
            let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
            let text = String(page[start.upperBound..<end.lowerBound])
            #expect(!text.contains("<"))
            let data = try JSONParser.parse(Array(text.utf8)).value
            guard case .object(let members) = data, case .object(let rules)? = members["rules"],
                  case .object(let forms)? = rules["forms"] else {
                Issue.record("\(form.kind.rawValue): data is not {kind, rules, schema}")
                continue
            }
            #expect(members["kind"] == .string(form.kind.rawValue))
            #expect(members["schema"] == SchemaEmitter.schema(for: form))
            #expect(Array(forms.keys) == [form.kind.rawValue])
            if case .array(let list)? = rules["rules"] { #expect(list.count == RuleCatalog.all.count) }
        }
    }

    @Test func formPagesLoadOnlyLocalScriptsUnderAContentSecurityPolicy() throws {
        let output = try Self.realSite()
        let page = try #require(output.text("tr/form-lost-card-request.html"))
        let csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(escapeHTML(FormPages.contentSecurityPolicy))\">"
        #expect(page.contains(csp))
        // The policy comes before anything it governs.
        #expect(page.range(of: csp)!.lowerBound < page.range(of: "<link rel=\"stylesheet\"")!.lowerBound)
        #expect(page.contains(#"<script src="../assets/js/eizin-rules.js" defer></script>"#))
        #expect(page.contains(#"<script src="../assets/js/eizin-form.js" defer></script>"#))
        #expect(!page.contains("<script>"))
        #expect(page.contains("hiçbir sunucuya bağlanmaz"))
        for asset in FormPages.formScripts + FormPages.indexScripts + [FormPages.stylesheet] {
            #expect(output.files[asset] != nil, "\(asset) not in the site")
        }
        // Budget: the form page's own script stays small (eizin-rules.js is the rest).
        #expect((output.files["assets/js/eizin-form.js"]?.bytes.count ?? .max) <= 16 * 1024)
        // Guide pages carry no policy and only the site's own script (search, menu).
        let guidePage = output.text("tr/basvuru-adimlari.html") ?? ""
        #expect(!guidePage.contains("Content-Security-Policy"))
        #expect(!guidePage.contains("eizin-rules.js") && !guidePage.contains("eizin-form.js"))
    }

    @Test func indexListsEveryFormAndGuidePagesLinkToTheirForms() throws {
        let output = try Self.realSite()
        for language in ["tr", "en"] {
            let index = try #require(output.text("\(language)/formlar.html"))
            for form in FormCatalog.all {
                #expect(index.contains("href=\"\(FormPages.slug(form.kind)).html\""))
                #expect(index.contains("href=\"../\(FormPages.blankPath(form.kind))\""))
                let blank = try #require(output.text(FormPages.blankPath(form.kind)))
                #expect(try JSONParser.parse(Array(blank.utf8)).value == .object(["$schema": .string(form.kind.schemaID), "kind": .string(form.kind.rawValue)]))
                // The page of the kind's guide link offers the form.
                let guidePage = try #require(output.text("\(language)/\(form.guide.page).html"))
                #expect(guidePage.contains("<li><a href=\"\(FormPages.slug(form.kind)).html\">"), "\(form.guide.page) lacks \(form.kind.rawValue)")
            }
            // Form pages are reached from the index (in navigation), not listed in the sidebar.
            #expect(index.contains("aria-current=\"page\">\(language == "tr" ? "Başvuru formları" : "Application forms")</a>"))
            let form = try #require(output.text("\(language)/form-termination-request.html"))
            #expect(form.contains("<li><a href=\"formlar.html\">"))
        }
        let turkish = try #require(output.text("tr/formlar.html"))
        #expect(turkish.contains("Hangi başvuru yolu bana uygun?"))
        #expect(try #require(output.text("en/formlar.html")).contains("Which path is mine?"))
    }

    @Test func sameInputSameBytes() throws {
        let first = try Self.realSite(), second = try Self.realSite()
        #expect(first.sortedPaths == second.sortedPaths)
        for path in first.sortedPaths where path.contains("form") || path.hasPrefix("assets/") {
            #expect(first.files[path]?.bytes == second.files[path]?.bytes, "\(path) differs between two builds")
        }
    }
}
