import Foundation
import Permits
import Testing

@Suite struct FormsOutputTests {
    @Test func updateWritesWhatIsStaleRemovesLeftoversThenHasNothingToDo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("forms-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: folder.appendingPathComponent("gone-kind.schema.json"))
        try Data("keep".utf8).write(to: folder.appendingPathComponent("notes.txt"))

        var changes: [FormsOutput.Change] = []
        let files = try FormsOutput.update(folder) { changes.append($0) }
        #expect(changes.filter { if case .wrote = $0 { true } else { false } }.count == files.count)
        #expect(changes.last == .removed(folder.appendingPathComponent("gone-kind.schema.json").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path), "only schemas of gone kinds go")
        let (stale, leftovers) = FormsOutput.differences(in: folder)
        #expect(stale.isEmpty && leftovers.isEmpty)

        changes = []
        _ = try FormsOutput.update(folder) { changes.append($0) }
        #expect(changes.isEmpty)
    }

    @Test func aFileWhereTheFolderShouldBeIsRefused() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("forms-file-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data().write(to: file)
        #expect(throws: FormsOutput.WriteFailure.self) { try FormsOutput.update(file) }
        do {
            try FormsOutput.requireFolder(file)
            Issue.record("a file is not a folder")
        } catch {
            #expect(error.message == "\(file.path) is a file, not a folder")
        }
    }
}
