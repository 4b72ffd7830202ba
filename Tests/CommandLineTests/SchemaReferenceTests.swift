import Foundation
import Testing

/// `eizin validate --schema` as a general tool: `$ref`s to files relative to the referring
/// schema, `--ref` preloading, `--format-assertion`, and never the network.
@Suite struct SchemaReferenceTests {
    func write(_ text: String, _ path: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func relativeRefsResolveAgainstTheReferringSchemasFile() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // schemas/main.json → defs/common.json → ../units.json: each relative to its referrer.
        let main = try write(#"{"type": "object", "properties": {"n": {"$ref": "defs/common.json#/$defs/count"}}}"#, "schemas/main.json", in: folder)
        _ = try write(#"{"$defs": {"count": {"$ref": "../units.json"}}}"#, "schemas/defs/common.json", in: folder)
        _ = try write(#"{"type": "integer", "minimum": 1}"#, "schemas/units.json", in: folder)
        let good = try write(#"{"n": 3}"#, "good.json", in: folder)
        let bad = try write(#"{"n": 0}"#, "bad.json", in: folder)
        // From another working folder: only the schema's own location counts.
        let elsewhere = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let ok = try EizinBinary.runWith(["validate", "--schema", main.path, good.path], in: elsewhere)
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        let failing = try EizinBinary.runWith(["validate", "--schema", main.path, bad.path], in: elsewhere)
        #expect(failing.status == 1, "\(failing.stdout)\(failing.stderr)")
        #expect(failing.stdout.contains("0 must be at least 1"), "\(failing.stdout)")

        let missing = try write(#"{"$ref": "nowhere.json"}"#, "schemas/missing.json", in: folder)
        let run = try EizinBinary.runWith(["validate", "--schema", missing.path, good.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("nowhere.json: cannot read the file: no such file"), "\(run.stderr)")
    }

    @Test func networkRefsAreNeverFetchedAndRefPreloadsThem() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let main = try write(#"{"properties": {"e": {"$ref": "https://schemas.example/email.json"}}}"#, "main.json", in: folder)
        let email = try write(#"{"$id": "https://schemas.example/email.json", "type": "string", "format": "email"}"#, "email.json", in: folder)
        let noID = try write(#"{"type": "string", "format": "email"}"#, "plain.json", in: folder)
        let data = try write(#"{"e": "not an address"}"#, "data.json", in: folder)

        let offline = try EizinBinary.run(["validate", "--schema", main.path, data.path])
        #expect(offline.status == 2)
        #expect(offline.stderr.contains("'https://schemas.example/email.json'") && offline.stderr.contains("never downloads")
                && offline.stderr.contains("--ref"), "names the URI and the way out: \(offline.stderr)")

        // By its $id, like ajv -r; format is an annotation unless asked.
        let byID = try EizinBinary.run(["validate", "--schema", main.path, "--ref", email.path, data.path])
        #expect(byID.status == 0, "\(byID.stdout)\(byID.stderr)")
        let asserted = try EizinBinary.run(["validate", "--schema", main.path, "--ref", email.path, "--format-assertion", data.path])
        #expect(asserted.status == 1)
        #expect(asserted.stdout.contains("is not a valid email"), "\(asserted.stdout)")
        // A file without $id, under the URI given.
        let mapped = try EizinBinary.run(["validate", "--schema", main.path, "--ref", "https://schemas.example/email.json=\(noID.path)",
                                          "--format-assertion", data.path])
        #expect(mapped.status == 1, "\(mapped.stdout)\(mapped.stderr)")

        let unreadable = try EizinBinary.run(["validate", "--schema", main.path, "--ref", folder.appendingPathComponent("none.json").path, data.path])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.contains("--ref ") && unreadable.stderr.contains("no such file"), "\(unreadable.stderr)")

        let withoutSchema = try EizinBinary.run(["validate", "--ref", email.path, "--format-assertion", data.path])
        #expect(withoutSchema.status == 2)
        #expect(withoutSchema.stderr.contains("--ref, --format-assertion needs --schema"), "\(withoutSchema.stderr)")
    }

    /// The JSON-Schema-Test-Suite's draft 2020-12 refRemote cases, through the command
    /// line: the suite's `http://localhost:1234/` is its remotes/ folder, given with --ref.
    @Test func testSuiteRemoteRefsPassThroughTheCommandLine() throws {
        guard let suite = Self.suite else {
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "the shared JSON-Schema-Test-Suite is missing")
            return
        }
        let remotes = suite.appendingPathComponent("remotes")
        var references: [String] = []
        let enumerator = try #require(FileManager.default.enumerator(atPath: remotes.path))
        for case let relative as String in enumerator where relative.hasPrefix("draft2020-12/") && relative.hasSuffix(".json") {
            references += ["--ref", "http://localhost:1234/\(relative)=\(remotes.path)/\(relative)"]
        }
        #expect(references.count > 40, "every draft 2020-12 remote, each a --ref URI=FILE")

        let cases = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: suite.appendingPathComponent("tests/draft2020-12/refRemote.json"))) as? [[String: Any]])
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var passed = 0, failed: [String] = []
        for (c, testCase) in cases.enumerated() {
            let schema = folder.appendingPathComponent("schema-\(c).json")
            try JSONSerialization.data(withJSONObject: testCase["schema"]!, options: [.fragmentsAllowed]).write(to: schema)
            let tests = testCase["tests"] as? [[String: Any]] ?? []
            var files: [String] = []
            for (t, test) in tests.enumerated() {
                let file = folder.appendingPathComponent("data-\(c)-\(t).json")
                try JSONSerialization.data(withJSONObject: test["data"]!, options: [.fragmentsAllowed]).write(to: file)
                files.append(file.path)
            }
            let run = try EizinBinary.run(["validate", "--schema", schema.path, "--output", "flag"] + references + files)
            let outputs = (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) as? [[String: Any]]
            for (t, test) in tests.enumerated() {
                let name = "\(testCase["description"] ?? c) / \(test["description"] ?? t)"
                let valid = (outputs?.first { ($0["file"] as? String) == files[t] }?["output"] as? [String: Any])?["valid"] as? Bool
                if let valid, valid == (test["valid"] as? Bool) { passed += 1 } else { failed.append("\(name): \(run.stderr)") }
            }
        }
        print("refRemote through the command line: \(passed) passed, \(failed.count) failed")
        #expect(failed.isEmpty, "\(failed.joined(separator: "\n"))")
        #expect(passed >= 31)
    }

    /// `$JSON_SCHEMA_TEST_SUITE`, else `../shared/json-schema-test-suite` beside the package,
    /// else `/work/shared/json-schema-test-suite` (as Tests/JSONSchemaTests finds it).
    static var suite: URL? {
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["JSON_SCHEMA_TEST_SUITE"], !path.isEmpty {
            candidates.append(URL(fileURLWithPath: path))
        }
        candidates.append(EizinBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/json-schema-test-suite"))
        candidates.append(URL(fileURLWithPath: "/work/shared/json-schema-test-suite"))
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("tests/draft2020-12/refRemote.json").path)
        }
    }
}
