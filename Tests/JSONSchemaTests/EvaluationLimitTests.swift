import OrderedCollections
import Testing
@testable import JSONSchema

/// Small schemas that multiply their work through `$defs`: memoised where the same
/// subschema meets the same value twice, bounded by the evaluation budget everywhere else.
@Suite struct EvaluationLimitTests {
    /// `d0` … `d{depth-1}`, each `anyOf` (plus `extra`) of two `$ref`s to the next; the last
    /// is `leaf`. Without memoisation that is 2^depth evaluations.
    static func doubling(depth: Int, leaf: JSONValue, extra: OrderedDictionary<String, JSONValue> = [:]) -> JSONValue {
        var defs = OrderedDictionary<String, JSONValue>()
        for i in 0..<depth {
            var schema = extra
            let next: JSONValue = .object(["$ref": .string("#/$defs/d\(i + 1)")])
            schema["anyOf"] = .array([next, next])
            defs["d\(i)"] = .object(schema)
        }
        defs["d\(depth)"] = leaf
        return .object(["$ref": "#/$defs/d0", "$defs": .object(defs)])
    }

    @Test func anyOfOfAnyOf30DeepWithAFailingLeafIsLinear() throws {
        let schema = try CompiledSchema(Self.doubling(depth: 30, leaf: ["type": "string"]))
        #expect(schema.evaluationCount(1, collecting: false) < 100)
        #expect(schema.evaluationCount(1, collecting: true) < 100)
        #expect(!schema.isValid(1))
        let result = schema.validate(1)
        #expect(!result.isValid)
        // The first path is reported in full; each repeat points at it.
        #expect(result.errors.count < 100)
        #expect(result.errors.contains { $0.keyword == "type" })
        #expect(schema.isValid("x"))
    }

    /// `unevaluatedProperties` makes `anyOf` run every branch (their annotations count).
    @Test func deepUnevaluatedPropertiesIsLinear() throws {
        let schema = try CompiledSchema(Self.doubling(depth: 30, leaf: ["properties": ["a": true]],
                                                      extra: ["unevaluatedProperties": false]))
        #expect(schema.evaluationCount(["a": 1], collecting: false) < 100)
        #expect(schema.evaluationCount(["a": 1], collecting: true) < 100)
        #expect(schema.isValid(["a": 1]))
        #expect(!schema.isValid(["a": 1, "b": 2]))
        let result = schema.validate(["a": 1, "b": 2])
        #expect(result.errors.contains { $0.keyword == "unevaluatedProperties" })
        #expect(result.errors.count < 200)  // a few per level
    }

    /// Doubling through the instance (each level applies the next definition to the same
    /// member twice, from two `anyOf` branches) cannot be memoised per value: the budget
    /// stops it with a clear error, and the validation fails closed, even under `not`.
    @Test func theEvaluationBudgetStopsExponentialWorkAndFailsClosed() throws {
        let depth = 24
        var defs = OrderedDictionary<String, JSONValue>()
        for i in 0..<depth {
            let next: JSONValue = ["properties": ["a": .object(["$ref": .string("#/$defs/d\(i + 1)")])]]
            defs["d\(i)"] = ["anyOf": .array([next, next])]
        }
        defs["d\(depth)"] = ["type": "object"]
        var instance: JSONValue = 1
        for _ in 0..<depth { instance = ["a": instance] }
        let options = ValidationOptions(maxEvaluations: 10_000, maxEvaluationsPerValue: 100)
        let budget = 10_000 + 100 * (depth + 1)

        let schema = try CompiledSchema(["$ref": "#/$defs/d0", "$defs": .object(defs)], options: options)
        #expect(schema.evaluationCount(instance, collecting: false) == budget + 1)  // the one refused
        #expect(!schema.isValid(instance))
        let result = schema.validate(instance)
        #expect(!result.isValid)
        let stop = try #require(result.errors.first { $0.keyword == "maxEvaluations" })
        #expect(stop.isUndecided)
        #expect(stop.message.contains("validation stopped: the schema needed more than \(budget) subschema evaluations"))

        let negated = try CompiledSchema(["not": ["$ref": "#/$defs/d0"], "$defs": .object(defs)], options: options)
        #expect(!negated.isValid(instance))
        #expect(negated.validate(instance).errors.contains { $0.keyword == "maxEvaluations" })
    }

    /// A regex that gives up under `not` does not turn into a pass.
    @Test func anUndecidedPatternUnderNotFailsClosed() throws {
        let text: JSONValue = .string(String(repeating: "a", count: 40) + "!")
        let schema = try CompiledSchema(["not": ["pattern": "^(a+)+$"]])
        #expect(!schema.isValid(text))
        let result = schema.validate(text)
        #expect(!result.isValid)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.isUndecided == true)
        #expect(schema.isValid("b"))
    }
}

/// One array of many wrong values: the errors listed stop at `maxErrors`, the rest are
/// counted, the verdict stays exact.
@Suite struct ErrorBudgetTests {
    @Test func manyWrongItemsAreCappedAndCounted() throws {
        let n = 20_000
        let schema = try CompiledSchema(["items": ["type": "string"]])
        let instance: JSONValue = .array(Array(repeating: 0, count: n))
        let result = schema.validate(instance)
        #expect(!result.isValid)
        #expect(result.errors.count == 1000)
        #expect(result.truncated)
        #expect(result.omittedCount == n - 1000)
        #expect(result.omitted.count == 1)
        #expect(result.omitted.first?.sample.instanceLocation.description == "/1000")
        #expect(result.omitted.first?.sample.keyword == "type")
        // The output formats obey the same cap.
        guard case .object(let output) = schema.output(instance, format: .basic), case .array(let units)? = output["errors"] else {
            Issue.record("no errors in basic output")
            return
        }
        #expect(units.count == 1000)
    }

    @Test func theVerdictStaysExactAfterTheCap() throws {
        let schema = try CompiledSchema(["items": ["type": "integer"], "maxItems": 3], options: ValidationOptions(maxErrors: 0))
        let result = schema.validate([1, 2, 3, 4])
        #expect(!result.isValid)
        #expect(result.errors.isEmpty)
        #expect(result.truncated)
        #expect(result.omitted.map(\.sample.keyword) == ["maxItems"])
        #expect(schema.validate([1, 2]).isValid)
    }

    /// Failures inside alternatives are not counted once the cap is reached: the keyword's
    /// own failure is, once per item.
    @Test func failuresInsideAlternativesAreNotCounted() throws {
        let n = 3000
        let schema = try CompiledSchema(["items": ["anyOf": [["type": "string"], ["type": "boolean"]]]],
                                        options: ValidationOptions(maxErrors: 10))
        let result = schema.validate(.array(Array(repeating: 0, count: n)))
        #expect(result.errors.count == 10)
        #expect(result.omitted.allSatisfy { $0.sample.keyword == "anyOf" })
        #expect(result.errors.filter { $0.keyword == "anyOf" }.count + result.omittedCount == n)
    }
}
