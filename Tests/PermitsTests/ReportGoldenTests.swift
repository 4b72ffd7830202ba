import Foundation
import Testing
@testable import Permits

/// The text, JSON and SARIF reports of a fixed run, compared with Tests/golden-permits/.
/// To accept a deliberate change: `EIZIN_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests`.
@Suite struct ReportGoldenTests {
    static let examples = [
        "forms/examples/academic-application/invalid-passport-60-days.json",
        "forms/examples/academic-application/invalid-missing-nationality.json",
        "forms/examples/workplace-registration/warning-document-not-pdf.json",
        "forms/examples/document-upload/invalid-no-kind.json",
    ]

    func report(_ language: Language) throws -> RunReport {
        let run = ValidationRun(settings: ValidationSettings(today: date("2025-06-01")), language: language)
        var report = try run.run(paths: Self.examples.map { repositoryRoot.appendingPathComponent($0).path })
        // Paths as a user in the repository would type them, so the goldens do not depend on the machine.
        for i in report.files.indices { report.files[i].path = Self.examples[i] }
        return report
    }

    func compare(_ actual: String, golden name: String) throws {
        let url = repositoryRoot.appendingPathComponent("Tests/golden-permits/\(name)")
        if ProcessInfo.processInfo.environment["EIZIN_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file")
    }

    @Test func textInTurkish() throws { try compare(TextReporter.render(report(.tr)), golden: "report.tr.txt") }
    @Test func textInEnglish() throws { try compare(TextReporter.render(report(.en)), golden: "report.en.txt") }
    @Test func json() throws { try compare(JSONReporter.render(report(.en)), golden: "report.en.json") }
    @Test func sarif() throws { try compare(SARIFReporter.render(report(.tr)), golden: "report.tr.sarif") }

    @Test func rulesCatalogueText() throws {
        try compare(RuleCatalogText.render(.tr), golden: "rules.tr.txt")
        try compare(RuleCatalogText.render(.en), golden: "rules.en.txt")
    }
}
