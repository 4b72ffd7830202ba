import Foundation
import Testing

/// `eizin schemas` owns the `*.schema.json` files of its folder: one left from a removed
/// kind is stale for `--check` and removed by a write.
@Suite struct SchemasLeftoverTests {
    @Test func aSchemaOfARemovedKindIsStaleAndRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-schemas-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try EizinBinary.run(["schemas", "--output", folder.path])
        #expect(written.status == 0, "\(written.stderr)")
        let leftover = folder.appendingPathComponent("residence-permit.schema.json")
        try Data("{}\n".utf8).write(to: leftover)
        // Files the command does not write (examples, vectors) are not its business.
        try Data("{}\n".utf8).write(to: folder.appendingPathComponent("rule-vectors.json"))

        let check = try EizinBinary.run(["schemas", "--check", "--output", folder.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("residence-permit.schema.json (no such application kind)"), "\(check.stderr)")
        #expect(!check.stderr.contains("rule-vectors.json"))
        #expect(FileManager.default.fileExists(atPath: leftover.path), "--check writes nothing")

        let again = try EizinBinary.run(["schemas", "--output", folder.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("removed"))
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("rule-vectors.json").path))
        #expect(try EizinBinary.run(["schemas", "--check", "--output", folder.path]).status == 0)
    }
}
