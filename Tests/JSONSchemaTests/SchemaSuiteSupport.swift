import Foundation
import JSONSchema

/// Finds the JSON-Schema-Test-Suite: $JSON_SCHEMA_TEST_SUITE, else
/// `../shared/json-schema-test-suite` beside the package, else
/// /work/shared/json-schema-test-suite.
enum SchemaSuite {
    static let directory: URL? = SharedSuiteLocator.locate(
        environmentVariable: "JSON_SCHEMA_TEST_SUITE", folder: "json-schema-test-suite"
    ) { candidate in
        FileManager.default.fileExists(atPath: candidate.appendingPathComponent("tests/draft2020-12/type.json").path)
            ? candidate : nil
    }

    static var shouldRun: Bool { SharedSuiteLocator.shouldRun(found: directory) }

    /// A registry holding the suite's remotes under http://localhost:1234/.
    static func registry(_ suite: URL) throws -> SchemaRegistry {
        let registry = SchemaRegistry()
        try registry.addDirectory(suite.appendingPathComponent("remotes"), baseURI: "http://localhost:1234/")
        return registry
    }

    static func load(_ url: URL) throws -> JSONValue {
        let data = try Data(contentsOf: url)
        return try JSONParser.parse([UInt8](data)).value
    }

    /// The `*.json` files directly in `directory`, sorted.
    static func files(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { directory.appendingPathComponent($0) }
    }
}

/// Pass/fail counts of running suite files, with the descriptions of the failures.
struct SuiteTally {
    var passed = 0
    var failed: [String] = []

    /// Runs every case of one suite file: each test's data must validate as `valid` says,
    /// through both `validate` and the `isValid` fast path.
    mutating func run(file: URL, registry: SchemaRegistry, options: ValidationOptions) throws {
        guard case .array(let groups) = try SchemaSuite.load(file) else { return }
        let name = file.lastPathComponent
        for case .object(let group) in groups {
            guard case .string(let description)? = group["description"], let schema = group["schema"],
                  case .array(let tests)? = group["tests"] else { continue }
            let compiled: CompiledSchema?
            var compileError = ""
            do {
                compiled = try CompiledSchema(schema, registry: registry, options: options)
            } catch {
                compiled = nil
                compileError = error.message
            }
            for case .object(let test) in tests {
                guard case .string(let testDescription)? = test["description"], let data = test["data"],
                      case .bool(let expected)? = test["valid"] else { continue }
                let label = "\(name): \(description): \(testDescription)"
                guard let compiled else {
                    failed.append("\(label) [schema error: \(compileError)]")
                    continue
                }
                let full = compiled.validate(data)
                let fast = compiled.isValid(data)
                if full.isValid == expected && fast == expected && full.errors.isEmpty == expected {
                    passed += 1
                } else {
                    failed.append("\(label) [expected \(expected), validate \(full.isValid) with \(full.errors.count) errors, isValid \(fast)]")
                }
            }
        }
    }

    var summary: String { "\(passed) passed, \(failed.count) failed" }
}
