import JSONSchema
import Testing
@testable import Permits

/// The shared vectors in forms/rule-vectors.json, which the browser's interpreter also runs.
@Suite struct RuleVectorTests {
    @Test func namedChecks() throws {
        let vectors = try readJSON("forms/rule-vectors.json").value
        guard let checks = vectors[member: "checks"]?.members else { Issue.record("no checks"); return }
        #expect(checks.count >= 6)
        let context = EvaluationContext(instance: .null, today: date("2025-01-01"))
        for (name, cases) in checks {
            let check = try #require(NamedCheck(rawValue: name), "unknown check \(name)")
            for (expected, key) in [(true, "valid"), (false, "invalid")] {
                guard case .array(let items)? = cases[member: key] else { Issue.record("\(name).\(key)"); continue }
                for item in items {
                    let result = NamedCheckEvaluator(context: context).evaluate(check, item, [])
                    #expect(result?.passed == expected, "\(name) \(item)")
                }
            }
        }
    }

    @Test func expressions() throws {
        let vectors = try readJSON("forms/rule-vectors.json").value
        guard case .array(let cases)? = vectors[member: "expressions"] else { Issue.record("no expressions"); return }
        #expect(cases.count >= 15)
        for vector in cases {
            let name = vector[member: "name"]?.stringValue ?? "?"
            let expression = try Expression(json: try #require(vector[member: "expression"]))
            let today = date(try #require(vector[member: "today"]?.stringValue))
            let evaluator = RuleInterpreter(EvaluationContext(instance: try #require(vector[member: "instance"]), today: today))
            let result = evaluator.evaluate(expression)?.bool
            switch vector[member: "result"] {
            case .bool(let b)?: #expect(result == b, "\(name)")
            case .null?: #expect(result == nil, "\(name)")
            default: Issue.record("vector \(name) has no result")
            }
        }
    }
}
