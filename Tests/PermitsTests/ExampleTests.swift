import CivilDates
import Foundation
import JSONSchema
import Testing
@testable import Permits

/// One example of forms/examples/ with what its `.expected` file says.
struct Example: CustomStringConvertible, Sendable {
    let path: String          // relative to the repository root
    let today: CivilDate
    let draft: Bool
    let schemaValid: Bool
    let unreadable: Bool
    /// "severity rule pointer [member]" lines, pointer `""` for the root.
    let findings: [String]

    var description: String { path }
    var kind: FormKind { FormKind(rawValue: URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent)! }

    static func all() -> [Example] {
        let folder = repositoryRoot.appendingPathComponent("forms/examples")
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".expected") }.sorted()
        return files.map { load("forms/examples/" + $0) }
    }

    static func load(_ expectedPath: String) -> Example {
        let text = (try? String(contentsOf: repositoryRoot.appendingPathComponent(expectedPath), encoding: .utf8)) ?? ""
        var today = "", draft = false, schema = true, unreadable = false
        var findings: [String] = []
        for line in text.split(separator: "\n").map(String.init) where !line.hasPrefix("#") {
            if line.hasPrefix("today: ") { today = String(line.dropFirst(7)) }
            else if line.hasPrefix("draft: ") { draft = line.hasSuffix("yes") }
            else if line.hasPrefix("schema: ") { schema = line.hasSuffix(" valid") }
            else if line == "unreadable" { unreadable = true }
            else if !line.isEmpty { findings.append(line) }
        }
        return Example(path: String(expectedPath.dropLast(".expected".count)) + ".json", today: date(today), draft: draft,
                       schemaValid: schema, unreadable: unreadable, findings: findings.sorted())
    }
}

func findingLine(_ f: Finding) -> String {
    let pointer = f.pointer.description.isEmpty ? "\"\"" : f.pointer.description
    return ([f.severity.rawValue, f.rule, pointer] + (f.member.map { [$0] } ?? [])).joined(separator: " ")
}

@Suite struct ExampleTests {
    static let examples = Example.all()

    @Test func thereAreExamplesForEveryKindAndBranch() {
        let names = Set(Self.examples.map(\.path))
        for kind in FormKind.allCases {
            let own = Self.examples.filter { $0.kind == kind }
            #expect(own.contains { $0.findings.isEmpty && !$0.draft && !$0.unreadable }, "\(kind) has a valid example")
            #expect(own.contains { !$0.findings.isEmpty }, "\(kind) has an invalid example")
        }
        for branch in ["valid-yok-approved", "valid-yok-pending", "valid-exempt-foreign-id", "valid-exempt-in-turkey", "valid-exempt-abroad"] {
            #expect(names.contains("forms/examples/academic-application/\(branch).json"))
        }
        #expect(Self.examples.count >= 60)
    }

    @Test(arguments: examples)
    func exampleGivesExactlyItsExpectedFindings(_ example: Example) throws {
        for language in Language.allCases {
            let run = ValidationRun(settings: ValidationSettings(today: example.today, draft: example.draft), language: language)
            let report = try run.run(paths: [repositoryRoot.appendingPathComponent(example.path).path])
            let file = try #require(report.files.first)
            if example.unreadable {
                #expect(file.failure != nil)
                #expect(report.exitCode(strict: false) == 2)
                continue
            }
            #expect(file.failure == nil)
            #expect(file.findings.map(findingLine).sorted() == example.findings, "\(language)")
            for finding in file.findings {
                #expect(finding.position != nil, "\(finding.rule) has a position")
                for text in [finding.message[language], finding.label[language]] {
                    #expect(!text.isEmpty && !text.contains("{"), "\(finding.rule): \(text)")
                }
            }
            let errors = example.findings.contains { $0.hasPrefix("error ") }
            #expect(report.exitCode(strict: false) == (errors ? 1 : 0))
            #expect(report.exitCode(strict: true) == (example.findings.isEmpty ? 0 : 1))
        }
    }

    @Test(arguments: examples)
    func schemaVerdictMatchesTheExpectation(_ example: Example) throws {
        let schema = try CompiledSchema(SchemaEmitter.schema(for: FormCatalog.definition(for: example.kind)))
        let instance = try readJSON(example.path).value
        #expect(schema.validate(instance).isValid == example.schemaValid)
    }

    @Test func messagesAreLocalised() throws {
        let example = Example.load("forms/examples/academic-application/invalid-passport-60-days.expected")
        let tr = try ValidationRun(settings: ValidationSettings(today: example.today), language: .tr)
            .run(paths: [repositoryRoot.appendingPathComponent(example.path).path])
        let finding = try #require(tr.files.first?.findings.first)
        #expect(finding.label.tr == "İzin bitiş tarihi")
        #expect(finding.message.tr.contains("pasaportun bitiş tarihinin 60 gün öncesini aşamaz: bu pasaportla izin en geç 2026-08-30 tarihinde bitebilir"))
        #expect(finding.message.en.contains("the latest end date this passport allows is 2026-08-30. Ask for an earlier end date, or renew the passport."))
        #expect(TextReporter.render(tr).contains("1 dosya denetlendi: 0 temiz, 0 uyarılı, 1 hatalı, 0 okunamadı; 1 hata, 0 uyarı."))
    }

    @Test func oneBadFileNeverStopsTheOthers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-permits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{ \"kind\": ".utf8).write(to: folder.appendingPathComponent("a-broken.json"))
        let valid = try Data(contentsOf: repositoryRoot.appendingPathComponent("forms/examples/lost-card-request/valid-lost.json"))
        try valid.write(to: folder.appendingPathComponent("b-valid.json"))
        let report = try ValidationRun(settings: ValidationSettings(today: date("2025-06-01")), language: .en)
            .run(paths: [folder.path, folder.appendingPathComponent("missing.json").path])
        #expect(report.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["a-broken.json", "b-valid.json", "missing.json"])
        #expect(report.files[0].failure?.position?.line == 1)
        #expect(report.files[1].failure == nil && report.files[1].findings.isEmpty)
        #expect(report.files[2].failure != nil)
        #expect(report.exitCode(strict: false) == 2)
    }

    @Test func draftsSkipCompletenessButCheckWhatIsPresent() throws {
        let example = Example.load("forms/examples/academic-application/draft-incomplete.expected")
        let path = repositoryRoot.appendingPathComponent(example.path).path
        let final = try ValidationRun(settings: ValidationSettings(today: example.today, draft: false), language: .en).run(paths: [path])
        let rules = Set(final.files[0].findings.map(\.rule))
        #expect(rules == ["required-field", "declaration-accepted"])
        let draft = try ValidationRun(settings: ValidationSettings(today: example.today, draft: true), language: .en).run(paths: [path])
        #expect(draft.files[0].findings.isEmpty)
    }

    @Test func kindOverrideAndDetection() {
        #expect(KindDetection.detect(object(["kind": "lost-card-request"])) == .success(.lostCardRequest))
        #expect(KindDetection.detect(object(["$schema": .string(FormKind.documentUpload.schemaID)])) == .success(.documentUpload))
        #expect(KindDetection.detect(object(["kind": "lost-card-request", "$schema": .string(FormKind.documentUpload.schemaID)]))
                == .failure(.conflict(.lostCardRequest, .documentUpload)))
        #expect(KindDetection.detect(object(["kind": "visa"])) == .failure(.unknownKind("visa")))
        #expect(KindDetection.detect(object([:])) == .failure(.noKind))
        #expect(KindDetection.detect([1]) == .failure(.notAnObject))
    }
}
