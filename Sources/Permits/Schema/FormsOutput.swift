import FilePaths
import Foundation
import JSONSchema

/// Everything `eizin schemas` writes into forms/, as (file name, contents) pairs in a
/// fixed order, so the committed copy can be compared byte for byte.
public enum FormsOutput {
    public static func files() -> [(name: String, contents: String)] {
        var out = FormCatalog.all.map { form in
            (form.kind.schemaFileName, JSONWriter.write(SchemaEmitter.schema(for: form)))
        }
        out.append(("rules.json", JSONWriter.write(rulesDocument)))
        return out
    }

    /// What a folder lacks to hold exactly `files()`: the files missing or different there
    /// (with what they should hold), and the schemas it holds of kinds that no longer exist
    /// (a removed or renamed kind), which would still be published and used by editors.
    public static func differences(in folder: URL, files: [(name: String, contents: String)] = files()) -> (stale: [(name: String, contents: String)], leftovers: [String]) {
        let stale = files.filter { (try? String(contentsOf: folder.appendingPathComponent($0.name), encoding: .utf8)) != $0.contents }
        let expected = Set(files.map(\.name))
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return (stale, present.sorted().filter { $0.hasSuffix(".schema.json") && !expected.contains($0) })
    }

    /// A file `update` wrote or removed.
    public enum Change: Sendable, Equatable {
        case wrote(String)
        /// A schema of a kind that no longer exists.
        case removed(String)
    }

    /// Why `update` stopped: the path, and the reason in the system's words.
    public struct WriteFailure: Error, Sendable {
        public var path: String
        public var reason: String
        /// "forms is a file, not a folder", "cannot write forms/x.json: Permission denied".
        public var message: String { reason == Self.notAFolder ? "\(path) \(reason)" : "cannot write \(path): \(reason)" }
        static let notAFolder = "is a file, not a folder"
    }

    /// Brings `folder` (created if missing) to hold exactly `files()`: writes each stale file
    /// atomically and removes the schemas of kinds that no longer exist. `changed` hears of
    /// each change as it is made, so a failure part-way still reports what was done.
    public static func update(_ folder: URL, changed: (Change) throws -> Void = { _ in }) throws -> [(name: String, contents: String)] {
        try requireFolder(folder)
        let files = files()
        let (stale, leftovers) = differences(in: folder, files: files)
        try attempt(folder.path) { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        for (name, contents) in stale {
            let url = folder.appendingPathComponent(name)
            try attempt(url.path) { try Data(contents.utf8).write(to: url, options: .atomic) }
            try changed(.wrote(url.path))
        }
        for name in leftovers {
            let url = folder.appendingPathComponent(name)
            try attempt(url.path) { try FileManager.default.removeItem(at: url) }
            try changed(.removed(url.path))
        }
        return files
    }

    /// Fails when `folder` exists and is not a folder (a missing one is made by `update`).
    public static func requireFolder(_ folder: URL) throws(WriteFailure) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw WriteFailure(path: folder.path, reason: WriteFailure.notAFolder)
        }
    }

    private static func attempt(_ path: String, _ body: () throws -> Void) throws(WriteFailure) {
        do { try body() } catch { throw WriteFailure(path: path, reason: fileErrorReason(error)) }
    }

    /// The rule catalogue, each form's checks as expression trees, and every guide anchor:
    /// what the site's rules page and the browser's interpreter read.
    public static var rulesDocument: JSONValue {
        .object([
            ("rules", .array(RuleCatalog.all.map(\.json))),
            ("forms", .object(FormCatalog.all.map { form in
                (form.kind.rawValue, .object([
                    ("schema", .string(form.kind.schemaFileName)),
                    ("title", form.title.json),
                    ("checks", .array(form.allChecks.map(\.json))),
                ]))
            })),
            ("guideLinks", .strings(FormCatalog.allGuideLinks.map(\.description))),
        ])
    }
}
