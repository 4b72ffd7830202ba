import JSONSchema
import Testing

/// Keyword values the meta-schema forbids are `SchemaError`s from the keyword factories
/// themselves, so a schema compiled without a meta-schema check (its `$schema` is a URI the
/// registry does not know) cannot carry them into validation, where `"type": []` trapped.
@Suite struct KeywordValueTests {
    static let unknownMetaSchema: JSONValue = "https://example.com/unknown-meta-schema"

    @Test(arguments: [
        ("type", [] as JSONValue, "must name at least one type"),
        ("type", ["string", "string"], "must not name a type twice"),
        ("type", "strin", "'strin' is not a type"),
        ("type", [1], "must name types as strings"),
        ("type", 1, "must be a string or an array of strings"),
        ("required", [1], "must be an array of distinct strings"),
        ("required", ["a", "a"], "must be an array of distinct strings"),
        ("required", "a", "must be an array of distinct strings"),
        ("dependentRequired", ["a": [1]], "must map names to arrays of distinct strings"),
        ("dependentRequired", ["a": ["b", "b"]], "must map names to arrays of distinct strings"),
        ("dependencies", ["a": [1]], "must map names to schemas or arrays of distinct strings"),
        ("$id", 1, "must be a string"),
        ("$id", "https://example.com/s#frag", "must not have a fragment"),
        ("$anchor", 1, "must be a string"),
        ("$dynamicAnchor", true, "must be a string"),
        ("$comment", [], "must be a string"),
        ("$defs", [], "must be an object of schemas"),
        ("$schema", 1, "must be a string"),
        ("$vocabulary", ["https://example.com/v": 1], "must map vocabulary URIs to booleans"),
        ("minLength", -1, "must be a non-negative integer"),
        ("multipleOf", 0, "must be greater than 0"),
        ("allOf", [], "must be a non-empty array of schemas"),
        ("not", 1, "a schema must be an object or a boolean"),
    ] as [(String, JSONValue, String)])
    func invalidValueIsASchemaError(keyword: String, value: JSONValue, message: String) {
        for withUnknownMetaSchema in [true, false] {
            var schema: [String: JSONValue] = [keyword: value]
            if withUnknownMetaSchema, keyword != "$schema" { schema["$schema"] = Self.unknownMetaSchema }
            let object = JSONValue.object(.init(uniqueKeysWithValues: schema.sorted { $0.key < $1.key }))
            #expect {
                try CompiledSchema(object)
            } throws: { error in
                guard let error = error as? SchemaError else { return false }
                return error.message.contains(message) && error.message.contains(keyword)
            }
        }
    }

    @Test func validValuesStillCompile() throws {
        let schema: JSONValue = [
            "$schema": Self.unknownMetaSchema, "$id": "https://example.com/s#", "$comment": "c",
            "$defs": ["a": ["$anchor": "a", "$dynamicAnchor": "d"]],
            "type": ["string", "null"], "required": [], "dependentRequired": ["a": ["b"]],
            "dependencies": ["x": ["y"], "z": true],
        ]
        let compiled = try CompiledSchema(schema)
        #expect(compiled.isValid(nil))
        #expect(!compiled.isValid(1))
        #expect(!compiled.validate(1).errors.isEmpty)
    }
}
