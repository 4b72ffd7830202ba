import Foundation
import Testing
@testable import Permits

@Suite struct FileAccessTests {
    /// A temporary folder with an application folder inside it and a file outside.
    func withFolders(_ body: (URL, URL) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-files-\(UUID().uuidString)")
        let app = root.appendingPathComponent("application")
        try FileManager.default.createDirectory(at: app.appendingPathComponent("files"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]).write(to: app.appendingPathComponent("files/photo.png"))
        try Data("%PDF-1.4".utf8).write(to: root.appendingPathComponent("secret.pdf"))
        try Data().write(to: app.appendingPathComponent("files/empty.pdf"))
        try body(root, app)
    }

    @Test func filesInsideTheFolder() throws {
        try withFolders { _, app in
            let files = DiskFileAccess(folder: app)
            #expect(files.inspect("files/photo.png") == .file(size: 9, type: .png))
            #expect(files.inspect("files/../files/photo.png") == .file(size: 9, type: .png), "a detour that stays inside is fine")
            #expect(files.inspect("files/empty.pdf") == .file(size: 0, type: .unknown))
            #expect(files.inspect("files/nothing.jpg") == .missing)
            #expect(files.inspect("files") == .notAFile(.folder), "a folder is not a file")
        }
    }

    @Test func nothingOutsideTheFolder() throws {
        try withFolders { root, app in
            let files = DiskFileAccess(folder: app)
            #expect(files.inspect("../secret.pdf") == .outsideFolder)
            #expect(files.inspect("../nothing.pdf") == .outsideFolder, "even a missing file may not be named outside")
            #expect(files.inspect(root.appendingPathComponent("secret.pdf").path) == .outsideFolder, "absolute path")
            #expect(files.inspect("") == .outsideFolder)
            try FileManager.default.createSymbolicLink(at: app.appendingPathComponent("files/link.pdf"),
                                                       withDestinationURL: root.appendingPathComponent("secret.pdf"))
            #expect(files.inspect("files/link.pdf") == .outsideFolder, "a link pointing outside")
        }
    }

    @Test func fileRulesThroughTheValidator() throws {
        try withFolders { _, app in
            let form = FormCatalog.definition(for: .academicApplication)
            func rules(_ photo: String) -> [String] {
                let context = EvaluationContext(instance: object(["photo": .string(photo), "declarationAccepted": true]),
                                                today: date("2025-06-01"), files: DiskFileAccess(folder: app))
                return RuleRunner(form: form, context: context, settings: ValidationSettings(today: date("2025-06-01"))).findings().map(\.rule)
            }
            #expect(rules("files/photo.png") == [])
            #expect(rules("../secret.pdf") == ["file-inside-folder"])
            #expect(rules("files/none.png") == ["file-exists"])
            #expect(rules("files/empty.pdf") == ["file-not-empty"])
        }
    }
}
