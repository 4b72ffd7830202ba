import Foundation
import JSONSchema
import Testing
@testable import Permits

@Suite struct SchemaEmissionTests {
    @Test func committedFormsAreUpToDate() throws {
        for (name, contents) in FormsOutput.files() {
            let committed = try? String(contentsOf: repositoryRoot.appendingPathComponent("forms/\(name)"), encoding: .utf8)
            #expect(committed == contents, "forms/\(name) is stale: run `swift run eizin schemas --output forms`")
        }
    }

    @Test func emissionIsDeterministic() {
        let a = FormsOutput.files().map(\.contents)
        let b = FormsOutput.files().map(\.contents)
        #expect(a == b)
    }

    @Test(arguments: FormCatalog.all.map(\.kind))
    func schemaIsValidAgainstTheMetaSchema(_ kind: FormKind) throws {
        let meta = try CompiledSchema(["$ref": "https://json-schema.org/draft/2020-12/schema"])
        let schema = SchemaEmitter.schema(for: FormCatalog.definition(for: kind))
        let result = meta.validate(schema)
        #expect(result.isValid, "\(result.errors.map(\.message))")
        #expect(schema[member: "$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(schema[member: "$id"] == .string("https://eizin.example/forms/\(kind.rawValue).schema.json"))
        #expect(schema[member: "title"]?.stringValue?.isEmpty == false)
    }

    @Test func aMissingBranchFieldIsNamedNotOneOf() throws {
        let schema = try CompiledSchema(SchemaEmitter.schema(for: FormCatalog.definition(for: .academicApplication)))
        let instance = object(["eligibility": object(["path": "exempt", "exemptionReason": "yokExempt",
                                                      "hasForeignIdentityNumber": false, "location": "abroad"])])
        let errors = schema.validate(instance).errors.filter { $0.instanceLocation.description == "/eligibility" }
        #expect(errors.map(\.keyword) == ["required"])
        #expect(errors.first?.details["missing"] == ["consulateReference"])
    }

    @Test func branchesDoNotLeakIntoEachOther() throws {
        let schema = try CompiledSchema(SchemaEmitter.schema(for: FormCatalog.definition(for: .academicApplication)))
        let yok = object(["path": "yokPrePermit", "yokPrePermitNumber": "1", "yokPrePermitStatus": "approved"])
        let errors = schema.validate(object(["eligibility": yok])).errors.filter { $0.instanceLocation.description == "/eligibility" }
        #expect(errors.isEmpty)
    }
}

@Suite struct CatalogTests {
    /// The anchors the content branch promises (see the brief); the site build checks the rest.
    static let knownAnchors: Set<String> = [
        "yeni-isyeri-kaydi#isyeri-secimi", "yeni-isyeri-kaydi#e-posta-dogrulama", "yeni-isyeri-kaydi#belge-listesi",
        "yeni-isyeri-kaydi#isyeri-kaydet", "kayitli-isyeri-secimi#isveren-secimi", "yok-on-izin#yok-on-izin-numarasi",
        "kktc-muaf#muafiyet-secimi", "kktc-muaf#yabanci-kimlik-numarasi-var", "kktc-muaf#yabanci-kimlik-numarasi-yok",
        "kktc-muaf#yurt-icinde", "kktc-muaf#yurt-disinda", "basvuru-adimlari#kisisel-bilgiler", "basvuru-adimlari#pasaport-bilgisi",
        "basvuru-adimlari#iletisim-bilgileri", "basvuru-adimlari#biyometrik-fotograf", "basvuru-adimlari#genel-bilgiler",
        "basvuru-adimlari#gorev-bilgileri", "basvuru-adimlari#prim-yurtdisi", "basvuru-adimlari#beyan",
        "basvuru-sonuclandirma#e-imza-ile-tamamla", "basvuru-sonuclandirma#taslak-olarak-kaydet",
        "basvuru-sonuclandirma#uyari-pasaport-60-gun", "basvuru-sonuclandirma#uyari-uzatma-suresi",
        "basvuru-takip#degerlendirme-asamasindaki", "basvuru-takip#sonuclanmis-basvurular",
        "izin-sonrasi-islemler#kart-kargo-takip", "izin-sonrasi-islemler#ise-baslama-bildirimi",
        "izin-sonrasi-islemler#dilekce-belge-yukleme", "izin-sonrasi-islemler#kayip-kart-talebi",
        "izin-sonrasi-islemler#izin-sonlandirma-talebi",
    ]

    @Test func everyGuideLinkIsAKnownAnchor() {
        for link in FormCatalog.allGuideLinks {
            #expect(Self.knownAnchors.contains(link.description), "\(link)")
        }
        // Where the guide says nothing to explain a rule, it links to its own entry on the rules page.
        for rule in RuleCatalog.all where rule.guide.isRuleEntry {
            #expect(rule.guide.fragment == rule.id, "\(rule.id)")
        }
        #expect(FormCatalog.allGuideLinks.count >= 20)
        #expect(FormCatalog.allGuideLinks == FormCatalog.allGuideLinks.sorted())
    }

    @Test func ruleIDsAreUniqueStableKebabCase() {
        let ids = RuleCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }, "\(id)")
        }
    }

    @Test func everyCheckNamesACatalogueRuleAndEveryRuleIsUsed() {
        let used = Set(FormCatalog.all.flatMap { $0.allChecks.map(\.rule) })
        for id in used { #expect(RuleCatalog.rule(id) != nil, "\(id)") }
        // Schema-stage rules are used by the schema mapping instead of checks.
        for rule in RuleCatalog.all where rule.stage == .rules {
            #expect(used.contains(rule.id), "\(rule.id) is never checked")
        }
    }

    @Test func everyRuleAFieldNamesExists() {
        for form in FormCatalog.all {
            for (path, field) in form.fieldsWithPaths() {
                switch field.type {
                case .text(let format): if let id = format.rule { #expect(RuleCatalog.rule(id) != nil, "\(path): \(id)") }
                case .array(_, _, let id?): #expect(RuleCatalog.rule(id) != nil, "\(path): \(id)")
                default: break
                }
            }
        }
    }

    @Test func catalogueMessagesHideThePlaceholders() throws {
        let rule = try #require(RuleCatalog.rule("passport-expiry-60-days"))
        #expect(rule.message.en.contains("{left}"))
        #expect(!rule.catalogueMessage.en.contains("{") && rule.catalogueMessage.en.contains("(…)"))
    }

    @Test func warningsSayWhyTheyAreOnlyWarnings() {
        for rule in RuleCatalog.all where rule.severity == .warning {
            #expect(rule.message.tr.contains("Yalnızca uyarıdır"), "\(rule.id)")
            #expect(rule.message.en.contains("Only a warning"), "\(rule.id)")
        }
    }

    @Test func turkishTextsAreTurkish() {
        for rule in RuleCatalog.all {
            #expect(rule.title.tr != rule.title.en, "\(rule.id)")
            #expect(rule.message.tr != rule.message.en, "\(rule.id)")
        }
        let turkishLetters = Set("çğıöşüÇĞİÖŞÜ")
        let all = RuleCatalog.all.map(\.message.tr).joined()
        #expect(all.contains { turkishLetters.contains($0) })
    }

    @Test func everyFieldHasLabelsInBothLanguages() {
        for form in FormCatalog.all {
            for (path, field) in form.fieldsWithPaths() {
                #expect(!field.label.tr.isEmpty && !field.label.en.isEmpty, "\(form.kind) \(path)")
                #expect(field.name == "$schema" || field.name.first?.isLowercase == true, "\(path) is camelCase")
            }
        }
    }
}
