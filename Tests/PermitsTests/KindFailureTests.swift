import Foundation
import JSONSchema
import Testing
@testable import Permits

/// A file whose kind cannot be told points at the member that is wrong, and the summary
/// says such a file could not be recognised (it was read).
@Suite struct KindFailureTests {
    func report(_ text: String, language: Language = .en) throws -> RunReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-kind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.json")
        try Data(text.utf8).write(to: file)
        return try ValidationRun(settings: ValidationSettings(today: date("2025-06-01")), language: language).run(paths: [file.path])
    }

    @Test func unknownKindPointsAtTheKindValue() throws {
        let failure = try #require(try report("{\n  \"a\": 1,\n  \"kind\": \"visa\"\n}").files.first?.failure)
        #expect(failure.position?.line == 3 && failure.position?.column == 11, "\(String(describing: failure.position))")
    }

    @Test func conflictPointsAtTheSchema() throws {
        let text = "{\n  \"kind\": \"lost-card-request\",\n  \"$schema\": \"\(FormKind.documentUpload.schemaID)\"\n}"
        let failure = try #require(try report(text).files.first?.failure)
        #expect(failure.position?.line == 3 && failure.position?.column == 14)
    }

    @Test func noKindPointsAtTheObject() throws {
        let failure = try #require(try report("\n  {}").files.first?.failure)
        #expect(failure.position?.line == 2 && failure.position?.column == 3)
    }

    @Test func summaryNamesUnrecognisedFiles() throws {
        #expect(TextReporter.summary(try report("{}")) == "Checked 1 file: 0 clean, 0 with warnings, 0 with errors, 1 unreadable; 0 errors, 0 warnings.")
        #expect(TextReporter.summary(try report("{}", language: .tr)) == "1 dosya denetlendi: 0 temiz, 0 uyarılı, 0 hatalı, 1 okunamadı; 0 hata, 0 uyarı.")
    }
}
