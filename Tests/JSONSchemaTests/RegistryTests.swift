import Foundation
import JSONSchema
import Testing

@Suite struct RegistryTests {
    @Test func addingWithoutAnIdOrURIIsRefused() {
        #expect(throws: SchemaError.self) { try SchemaRegistry().add(["type": "string"]) }
        #expect(throws: SchemaError.self) { try SchemaRegistry().add(["type": "string"], uri: "relative/path.json") }
    }

    @Test func metaSchemasArePreloaded() {
        let registry = SchemaRegistry()
        #expect(registry.contains("https://json-schema.org/draft/2020-12/schema"))
        #expect(registry.contains("https://json-schema.org/draft/2020-12/meta/validation"))
    }

    @Test func directoryIsMappedToABaseURI() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("common"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try #"{"type": "string", "pattern": "^[0-9]{11}$"}"#.write(to: folder.appendingPathComponent("common/tckn.json"), atomically: true, encoding: .utf8)
        try #"{"$id": "https://other.example/x", "type": "integer"}"#.write(to: folder.appendingPathComponent("x.json"), atomically: true, encoding: .utf8)
        let registry = SchemaRegistry()
        #expect(try registry.addDirectory(folder, baseURI: "https://eizin.example/schemas") == 2)
        let schema = try CompiledSchema([
            "$id": "https://eizin.example/schemas/application.json",
            "properties": ["id": ["$ref": "common/tckn.json"], "n": ["$ref": "x.json"], "m": ["$ref": "https://other.example/x"]],
        ], registry: registry)
        #expect(schema.isValid(["id": "12345678901", "n": 1, "m": 2]))
        #expect(!schema.isValid(["id": "1234"]))
        #expect(!schema.isValid(["n": "one"]))
    }

    @Test func unreadableEntrySaysWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.json"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try SchemaRegistry().addDirectory(folder, baseURI: "https://eizin.example/")
            Issue.record("expected an error")
        } catch let error as SchemaError {
            #expect(error.message.hasSuffix("folder.json: cannot read the file: Is a directory"), "\(error.message)")
        }
    }

    @Test func malformedFileIsReportedWithItsPosition() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{\n  \"type\": }".write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        do {
            try SchemaRegistry().addDirectory(folder, baseURI: "https://eizin.example/")
            Issue.record("expected an error")
        } catch let error as SchemaError {
            #expect(error.message.contains("bad.json:2:"))
        }
    }
}
