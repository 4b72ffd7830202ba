import Foundation
import JSONSchema
import Testing
@testable import Permits

/// A million wrong values used to give a million findings (71 s, 2.7 GB). Now the first
/// few of each rule at each field pattern are listed and the rest summarised in one line.
@Suite struct FindingSummaryTests {
    /// The valid example with `languages` replaced by `count` numbers (each should be an
    /// object), as text: parsed like a file, so findings have positions.
    static func application(wrongLanguages count: Int) throws -> JSONDocument {
        let example = try readJSON("forms/examples/academic-application/valid-yok-approved.json")
        guard case .object(var root) = example.value, case .object(var general)? = root["general"] else {
            throw SchemaError(message: "unexpected example shape")
        }
        general["languages"] = .array(Array(repeating: 0, count: count))
        root["general"] = .object(general)
        return try JSONParser.parse(JSONWriter.write(.object(root)))
    }

    @Test func manyWrongItemsAreSummarisedPerPattern() throws {
        let n = 20_000
        let document = try Self.application(wrongLanguages: n)
        let validator = try ApplicationValidator(form: FormCatalog.definition(for: .academicApplication))
        let findings = validator.validate(document.value, document: document,
                                          settings: ValidationSettings(today: date("2025-06-01")))
        let wrong = findings.filter { $0.rule == "wrong-type" }
        #expect(wrong.count == ApplicationValidator.shownPerPattern + 1)
        #expect(wrong.prefix(10).map(\.pointer.description) == (0..<10).map { "/general/languages/\($0)" })
        let summary = try #require(wrong.last)
        #expect(summary.more == n - 10)
        #expect(summary.pointer.description == "/general/languages/*")
        #expect(summary.message.en == "and 19,990 more like this")
        #expect(summary.message.tr == "ve bunun gibi 19.990 bulgu daha")
        #expect(summary.position != nil)
        #expect(findings.count < 30)

        let report = RunReport(files: [FileReport(path: "a.json", kind: .academicApplication, findings: findings)], language: .en)
        #expect(report.errorCount == n)
        let text = TextReporter.render(report)
        #expect(text.contains("error wrong-type: Languages (/general/languages/*): and 19,990 more like this — "))
        #expect(text.contains("Checked 1 file: 0 clean, 0 with warnings, 1 with errors, 0 unreadable; 20000 errors, 0 warnings."))

        guard case .object(let json) = JSONReporter.json(report), case .array(let files)? = json["files"],
              case .object(let file)? = files.first, case .array(let listed)? = file["findings"],
              case .array(let more)? = file["more"], case .object(let entry)? = more.first else {
            Issue.record("unexpected JSON report shape")
            return
        }
        #expect(listed.count == findings.count - 1)
        #expect(entry["count"] == .int(n - 10))
        #expect(entry["pattern"] == .string("/general/languages/*"))

        let sarif = JSONWriter.write(SARIFReporter.json(report), pretty: false)
        #expect(sarif.contains(#""properties":{"count":19990,"pattern":"/general/languages/*"}"#))
    }

    /// Ten or fewer of a kind are all listed, and nothing is summarised.
    @Test func fewFindingsAreNotSummarised() throws {
        let document = try Self.application(wrongLanguages: 10)
        let validator = try ApplicationValidator(form: FormCatalog.definition(for: .academicApplication))
        let findings = validator.validate(document.value, document: document, settings: ValidationSettings(today: date("2025-06-01")))
        #expect(findings.filter { $0.rule == "wrong-type" }.count == 10)
        #expect(findings.allSatisfy { $0.more == nil })
    }
}
