import JSONSchema
import OrderedCollections
import Testing

/// Keywords that compare a short list value by value and hash a long one (`enum`,
/// `uniqueItems`, `additionalProperties`' declared names), and member lookups that try the
/// schema's order first, give the same answers either way.
@Suite struct ShortAndLongListTests {
    private func errors(_ schema: JSONValue, _ instance: JSONValue) throws -> [ValidationError] {
        let compiled = try CompiledSchema(schema)
        let result = compiled.validate(instance)
        #expect(result.isValid == compiled.isValid(instance), "fast path disagrees")
        return result.errors
    }

    /// Lengths on both sides of the 16 where the keywords switch to hashing.
    static let lengths = [2, 16, 17, 40]

    @Test(arguments: lengths)
    func uniqueItemsNamesTheFirstRepeatAndItsFirstOccurrence(count: Int) throws {
        var items: [JSONValue] = (0..<count).map { .string("v\($0)") }
        #expect(try errors(["uniqueItems": true], .array(items)).isEmpty)
        // The second repeat of item 0 comes after a repeat of item 1: the first one found wins.
        items.append(.string("v1"))
        items.append(.string("v0"))
        let failure = try #require(try errors(["uniqueItems": true], .array(items)).first)
        #expect(failure.details["duplicates"] == [1, .number(JSONNumber(count))])
        // Equal as JSON values, not as text: 1.0 and 1, objects in another order.
        #expect(try errors(["uniqueItems": true], [1, ["a": 1, "b": 2], 1.0]).count == 1)
        #expect(try errors(["uniqueItems": true], [["a": 1, "b": 2], ["b": 2, "a": 1]]).count == 1)
    }

    @Test(arguments: lengths)
    func enumComparesAsJSONValues(count: Int) throws {
        var values: [JSONValue] = (0..<count - 1).map { .string("v\($0)") }
        values.append(["a": 1, "b": [1.0]])
        let schema: JSONValue = ["enum": .array(values)]
        #expect(try errors(schema, "v0").isEmpty)
        #expect(try errors(schema, ["b": [1], "a": 1.0]).isEmpty)
        #expect(try errors(schema, "w").first?.keyword == "enum")
        #expect(try errors(schema, "vz").first?.keyword == "enum")  // as long as "v0", other bytes
        // Strings are compared with the listed strings only; other values with the rest.
        let mixed: JSONValue = ["enum": .array(values + [1, nil, "1"])]
        #expect(try errors(mixed, 1.0).isEmpty && errors(mixed, nil).isEmpty && errors(mixed, "1").isEmpty)
        #expect(try errors(["enum": [1, nil, "x"]], "1").first?.keyword == "enum")
        #expect(try errors(["enum": [1, "x"]], nil).first?.keyword == "enum")
        // By Unicode scalars: "é" composed is not "e" and a combining accent.
        let composed: JSONValue = ["enum": .array(values + ["\u{E9}"])]
        #expect(try errors(composed, "\u{E9}").isEmpty)
        #expect(try errors(composed, "e\u{301}").first?.keyword == "enum")
    }

    @Test(arguments: lengths)
    func additionalPropertiesKnowsEveryDeclaredName(count: Int) throws {
        let names = (0..<count).map { "p\($0)" }
        var properties = OrderedDictionary<String, JSONValue>()
        for name in names { properties[name] = ["type": "integer"] }
        let schema: JSONValue = ["properties": .object(properties), "additionalProperties": false, "required": .array(names.map { .string($0) })]
        // Members in the schema's order, reversed, and with an extra one in between.
        var inOrder = OrderedDictionary<String, JSONValue>()
        for name in names { inOrder[name] = 1 }
        var reversed = OrderedDictionary<String, JSONValue>()
        for name in names.reversed() { reversed[name] = 1 }
        #expect(try errors(schema, .object(inOrder)).isEmpty)
        #expect(try errors(schema, .object(reversed)).isEmpty)
        reversed["extra"] = 1
        reversed[names[0]] = "not an integer"
        let found = try errors(schema, .object(reversed))
        #expect(Set(found.map(\.keyword)) == ["type", "additionalProperties"])
        reversed.removeValue(forKey: names[count / 2])
        #expect(try errors(schema, .object(reversed)).contains { $0.keyword == "required" })
    }
}
