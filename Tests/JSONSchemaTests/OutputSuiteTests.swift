import Foundation
import JSONSchema
import Testing

/// The suite's output tests: our `basic`/`detailed` output for each case must validate
/// against the case's output schema (which builds on the suite's output-schema.json).
@Suite struct OutputSuiteTests {
    @Test(.enabled(if: SchemaSuite.shouldRun))
    func outputTestsPass() throws {
        let suite = try #require(SchemaSuite.directory)
        let outputDirectory = suite.appendingPathComponent("output-tests/draft2020-12")
        let registry = try SchemaSuite.registry(suite)
        try registry.add(SchemaSuite.load(outputDirectory.appendingPathComponent("output-schema.json")))
        var passed = 0
        var failed: [String] = []
        for file in SchemaSuite.files(in: outputDirectory.appendingPathComponent("content")) {
            guard case .array(let groups) = try SchemaSuite.load(file) else { continue }
            for case .object(let group) in groups {
                guard let schema = group["schema"], case .array(let tests)? = group["tests"] else { continue }
                let compiled = try CompiledSchema(schema, registry: registry)
                for case .object(let test) in tests {
                    guard let data = test["data"], case .object(let outputs)? = test["output"],
                          case .string(let description)? = test["description"] else { continue }
                    for (formatName, outputSchema) in outputs {
                        let format = try #require(OutputFormat(rawValue: formatName))
                        let output = compiled.output(data, format: format)
                        let checker = try CompiledSchema(outputSchema, registry: registry, options: .init(formatAssertion: true))
                        let result = checker.validate(output)
                        if result.isValid {
                            passed += 1
                        } else {
                            failed.append("\(file.lastPathComponent): \(description) [\(formatName)]: \(result.errors.map(\.description).joined(separator: "; ")) — output \(JSONWriter.write(output, pretty: false))")
                        }
                    }
                }
            }
        }
        print("json-schema-test-suite output-tests: \(passed) passed, \(failed.count) failed")
        for failure in failed { print("  FAIL \(failure)") }
        #expect(failed.isEmpty)
        #expect(passed > 0)
    }

    /// Every output of every required suite case, in every format, must be a valid output
    /// document (output-schema.json) whose `valid` agrees with the suite.
    @Test(.enabled(if: SchemaSuite.shouldRun))
    func everyOutputIsWellFormed() throws {
        let suite = try #require(SchemaSuite.directory)
        let registry = try SchemaSuite.registry(suite)
        let outputSchema = try SchemaSuite.load(suite.appendingPathComponent("output-tests/draft2020-12/output-schema.json"))
        let checker = try CompiledSchema(outputSchema, registry: registry, options: .init(formatAssertion: true))
        var checked = 0
        var failed: [String] = []
        for file in SchemaSuite.files(in: suite.appendingPathComponent("tests/draft2020-12")) {
            guard case .array(let groups) = try SchemaSuite.load(file) else { continue }
            for case .object(let group) in groups {
                guard let schema = group["schema"], case .array(let tests)? = group["tests"],
                      let compiled = try? CompiledSchema(schema, registry: registry) else { continue }
                for case .object(let test) in tests {
                    guard let data = test["data"], case .bool(let expected)? = test["valid"] else { continue }
                    for format in OutputFormat.allCases {
                        let output = compiled.output(data, format: format)
                        checked += 1
                        guard case .object(let members) = output, members["valid"] == .bool(expected), checker.isValid(output) else {
                            failed.append("\(file.lastPathComponent) [\(format)]: \(JSONWriter.write(output, pretty: false).prefix(300))")
                            continue
                        }
                    }
                }
            }
        }
        print("json-schema-test-suite outputs well-formed: \(checked - failed.count) passed, \(failed.count) failed")
        for failure in failed.prefix(20) { print("  FAIL \(failure)") }
        #expect(failed.isEmpty)
    }
}
