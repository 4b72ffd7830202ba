import Foundation
import Testing
@testable import JSONSchema

/// nst/JSONTestSuite's test_parsing: every y_ file accepted, every n_ file rejected with a
/// message and a position, every i_ file handled as `JSONTestSuiteExpectations` records.
@Suite struct JSONTestSuiteTests {
    @Test(.enabled(if: JSONTestSuiteLocation.shouldRun, "JSONTestSuite not found (set JSON_TEST_SUITE)"))
    func testParsing() throws {
        guard let directory = JSONTestSuiteLocation.parsingDirectory else {
            Issue.record("CI is set but JSONTestSuite was not found: set JSON_TEST_SUITE to its folder")
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        var passed = 0
        var failed = 0
        var seen: [Character: Int] = [:]
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
            let kind = name.first!
            seen[kind, default: 0] += 1
            let problem: String?
            switch kind {
            case "y": problem = checkAccepted(name, bytes)
            case "n": problem = checkRejected(name, bytes)
            case "i": problem = checkImplementationDefined(name, bytes)
            default: problem = nil
            }
            if let problem {
                failed += 1
                Issue.record("\(name): \(problem)")
            } else {
                passed += 1
            }
        }
        print("json-test-suite: \(passed) passed, \(failed) failed")
        #expect(seen["y"] == 95)
        #expect(seen["n"] == 188)
        #expect(seen["i"] == JSONTestSuiteExpectations.implementationDefined.count)
    }

    /// Accepted; positions point at each value's first byte; the writer's output parses back
    /// to an equal value. The files with duplicate keys are rejected by default (see
    /// `JSONParseOptions.DuplicateKeys`) and accepted with `.keepLast`.
    private func checkAccepted(_ name: String, _ bytes: [UInt8]) -> String? {
        if JSONTestSuiteExpectations.duplicateKeyFiles.contains(name) {
            do {
                _ = try JSONParser.parse(bytes)
                return "accepted by default although it has a duplicate key"
            } catch {
                guard error.message.hasPrefix("duplicate key") else { return "rejected for another reason: \(error)" }
            }
            do {
                _ = try JSONParser.parse(bytes, options: .init(duplicateKeys: .keepLast))
                return nil
            } catch {
                return "rejected with duplicateKeys: .keepLast: \(error)"
            }
        }
        let document: JSONDocument
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            return "rejected: \(error)"
        }
        for (pointer, value) in allPointers(in: document.value) {
            guard let position = document.position(of: pointer) else { return "no position for \(pointer)" }
            guard position.offset < bytes.count, startsValue(bytes[position.offset], value) else {
                return "position \(position) of \(pointer) is not where the value starts"
            }
        }
        for compact in [false, true] {
            let written = JSONWriter.write(document.value, pretty: compact == false)
            guard let reparsed = try? JSONParser.parse(written), reparsed.value == document.value else {
                return "writer output does not parse back to the same value: \(written)"
            }
        }
        return nil
    }

    private func checkRejected(_ name: String, _ bytes: [UInt8]) -> String? {
        do {
            _ = try JSONParser.parse(bytes)
            return "accepted"
        } catch {
            if error.message.isEmpty { return "rejected without a message" }
            if error.position.line < 1 || error.position.column < 1 || error.position.offset > bytes.count {
                return "rejected at an impossible position \(error.position)"
            }
            return nil
        }
    }

    private func checkImplementationDefined(_ name: String, _ bytes: [UInt8]) -> String? {
        guard let expected = JSONTestSuiteExpectations.implementationDefined[name] else {
            return "not in JSONTestSuiteExpectations.implementationDefined"
        }
        let outcome: String
        do {
            _ = try JSONParser.parse(bytes)
            outcome = "accepted"
        } catch {
            outcome = error.message
        }
        switch expected {
        case .accepted:
            return outcome == "accepted" ? nil : "expected accepted, got: \(outcome)"
        case .rejected(let messageStart):
            return outcome.hasPrefix(messageStart) ? nil : "expected a message starting \"\(messageStart)\", got: \(outcome)"
        }
    }

    private func startsValue(_ byte: UInt8, _ value: JSONValue) -> Bool {
        switch value {
        case .null: byte == UInt8(ascii: "n")
        case .bool(let flag): byte == UInt8(ascii: flag ? "t" : "f")
        case .number: byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        case .string: byte == UInt8(ascii: "\"")
        case .array: byte == UInt8(ascii: "[")
        case .object: byte == UInt8(ascii: "{")
        }
    }
}
