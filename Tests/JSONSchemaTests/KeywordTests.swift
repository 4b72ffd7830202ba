import JSONSchema
import Testing

/// Tricky keywords, checked on small schemas written as literals.
@Suite struct KeywordTests {
    private func errors(_ schema: JSONValue, _ instance: JSONValue, options: ValidationOptions = .init()) throws -> [ValidationError] {
        let compiled = try CompiledSchema(schema, options: options)
        let result = compiled.validate(instance)
        #expect(result.isValid == compiled.isValid(instance), "fast path disagrees")
        #expect(result.isValid == result.errors.isEmpty)
        return result.errors
    }

    private func json(_ text: String) throws -> JSONValue { try JSONParser.parse(text).value }

    @Test func multipleOfIsExactOnDecimals() throws {
        #expect(try errors(["multipleOf": 0.1], 0.3).isEmpty)
        #expect(try errors(["multipleOf": 0.01], 19.99).isEmpty)
        #expect(try errors(["multipleOf": 0.5], try json("1e308")).isEmpty)
        let failure = try #require(try errors(["multipleOf": 0.1], 0.35).first)
        #expect(failure.keyword == "multipleOf")
        #expect(failure.details["limit"] == 0.1)
    }

    @Test func integerIncludesWholeDecimals() throws {
        #expect(try errors(["type": "integer"], try json("1.0")).isEmpty)
        #expect(try errors(["type": "integer"], try json("1e2")).isEmpty)
        let failure = try #require(try errors(["type": "integer"], 1.5).first)
        #expect(failure.message == "expected integer, found number")
        #expect(failure.details["expected"] == "integer")
    }

    @Test func stringLengthCountsCodePoints() throws {
        #expect(try errors(["maxLength": 1], "💩").isEmpty)
        #expect(try errors(["maxLength": 1], "é").isEmpty)  // precomposed U+00E9
        #expect(try errors(["maxLength": 1], "e\u{301}").count == 1)  // e + combining acute
        #expect(try errors(["minLength": 5], "İğdır").isEmpty)
    }

    @Test func requiredReportsTheObjectAndTheMissingNames() throws {
        let schema: JSONValue = ["properties": ["passport": ["required": ["number", "expiry"]]]]
        let failure = try #require(try errors(schema, ["passport": ["number": "U1"]]).first)
        #expect(failure.keyword == "required")
        #expect(failure.instanceLocation == JSONPointer(tokens: ["passport"]))
        #expect(failure.keywordLocation == JSONPointer(tokens: ["properties", "passport", "required"]))
        #expect(failure.details["missing"] == ["expiry"])
        #expect(failure.message == "required property 'expiry' is missing")
    }

    @Test func keywordLocationFollowsReferences() throws {
        let schema: JSONValue = [
            "$id": "https://example.com/form",
            "properties": ["start": ["$ref": "#/$defs/date"]],
            "$defs": ["date": ["type": "string"]],
        ]
        let failure = try #require(try errors(schema, ["start": 3]).first)
        #expect(failure.keywordLocation.description == "/properties/start/$ref/type")
        #expect(failure.absoluteKeywordLocation == "https://example.com/form#/$defs/date/type")
    }

    @Test func ecmaPatternSemantics() throws {
        #expect(try errors(["pattern": "^\\d+$"], "٣").count == 1)  // Arabic-Indic digit is not \d
        #expect(try errors(["pattern": "^abc$"], "abc\n").count == 1)  // $ is end of input only
        #expect(try errors(["pattern": "^\\w+$"], "çalışma").count == 1)  // \w is ASCII
        #expect(try errors(["pattern": "^\\p{L}+$"], "çalışma").isEmpty)
        #expect(try errors(["pattern": "^\\s$"], "\u{FEFF}").isEmpty)  // ECMA whitespace includes BOM
        #expect(try errors(["pattern": "^[^]$"], "\n").isEmpty)
        #expect(throws: SchemaError.self) { try CompiledSchema(["pattern": "\\a"]) }
        #expect(throws: SchemaError.self) { try CompiledSchema(["pattern": "(?i)abc"]) }
    }

    @Test func unevaluatedPropertiesSeesThroughApplicators() throws {
        let schema: JSONValue = [
            "allOf": [["properties": ["a": true]]],
            "if": ["required": ["kind"]], "then": ["properties": ["kind": true, "b": true]],
            "unevaluatedProperties": false,
        ]
        #expect(try errors(schema, ["a": 1, "kind": 1, "b": 2]).isEmpty)
        let failure = try #require(try errors(schema, ["a": 1, "b": 2]).first)
        #expect(failure.instanceLocation.description == "/b")
        #expect(failure.keyword == "unevaluatedProperties")
    }

    @Test func dynamicRefResolvesToTheOutermostAnchor() throws {
        let registry = SchemaRegistry()
        try registry.add([
            "$id": "https://example.com/list", "$dynamicAnchor": "item",
            "type": "array", "items": ["$dynamicRef": "#item"],
        ])
        let strings: JSONValue = [
            "$id": "https://example.com/strings", "$ref": "list",
            "$defs": ["item": ["$dynamicAnchor": "item", "type": "string"]],
        ]
        let compiled = try CompiledSchema(strings, registry: registry)
        #expect(compiled.isValid(["a", "b"]))
        #expect(!compiled.isValid(["a", 1]))
    }

    @Test func referenceCyclesOnTheSameInstanceFailInsteadOfLooping() throws {
        let schema: JSONValue = ["$defs": ["a": ["$ref": "#/$defs/b"], "b": ["$ref": "#/$defs/a"]], "$ref": "#/$defs/a"]
        let compiled = try CompiledSchema(schema)
        let result = compiled.validate(1)
        #expect(!result.isValid)
        #expect(result.errors.first?.message.contains("infinite loop") == true)
        // A recursive schema that consumes the instance is fine.
        let tree: JSONValue = ["type": "object", "properties": ["child": ["$ref": "#"]]]
        #expect(try CompiledSchema(tree).isValid(["child": ["child": [:]]]))
    }

    @Test func unresolvableReferenceIsASchemaError() throws {
        #expect(throws: SchemaError.self) { try CompiledSchema(["$ref": "https://nowhere.example/schema"]) }
        #expect(throws: SchemaError.self) { try CompiledSchema(["$ref": "#/$defs/missing"]) }
    }

    @Test func formatIsAnAnnotationUnlessAsserted() throws {
        #expect(try errors(["format": "date"], "2024-02-30").isEmpty)
        let failure = try #require(try errors(["format": "date"], "2024-02-30", options: .init(formatAssertion: true)).first)
        #expect(failure.keyword == "format")
        #expect(try errors(["format": "date"], "2024-02-29", options: .init(formatAssertion: true)).isEmpty)
        #expect(try errors(["format": "email"], "ayşe@örnek.tr", options: .init(formatAssertion: true)).count == 1)
        #expect(try errors(["format": "idn-email"], "ayşe@örnek.tr", options: .init(formatAssertion: true)).isEmpty)
    }

    @Test func requiredUnknownVocabularyIsRefused() throws {
        let registry = SchemaRegistry()
        try registry.add([
            "$id": "https://example.com/meta", "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$vocabulary": ["https://json-schema.org/draft/2020-12/vocab/core": true, "https://example.com/vocab/magic": true],
        ])
        #expect(throws: SchemaError.self) {
            try CompiledSchema(["$schema": "https://example.com/meta", "type": "string"], registry: registry)
        }
    }

    @Test func constAndEnumCompareExactly() throws {
        #expect(try errors(["const": 1], try json("1.0")).isEmpty)
        #expect(try errors(["const": ["a": 1, "b": 2]], try json(#"{"b": 2, "a": 1}"#)).isEmpty)
        #expect(try errors(["const": false], 0).count == 1)
        let failure = try #require(try errors(["enum": ["tr", "en"]], "de").first)
        #expect(failure.details["expected"] == ["tr", "en"])
    }

    @Test func containsWithBounds() throws {
        let schema: JSONValue = ["contains": ["type": "integer"], "minContains": 2, "maxContains": 3]
        #expect(try errors(schema, [1, "a", 2]).isEmpty)
        #expect(try errors(schema, [1, "a"]).first?.keyword == "minContains")
        #expect(try errors(schema, [1, 2, 3, 4]).first?.keyword == "maxContains")
        #expect(try errors(["contains": false, "minContains": 0], []).isEmpty)
    }

    @Test func outputCarriesSourcePositions() throws {
        let document = try JSONParser.parse("{\n  \"age\": \"x\"\n}")
        let compiled = try CompiledSchema(["properties": ["age": ["type": "integer"]]])
        let output = compiled.output(document.value, format: .basic, document: document)
        guard case .object(let root) = output, case .array(let units)? = root["errors"], case .object(let unit)? = units.first else {
            Issue.record("no error unit in \(output)")
            return
        }
        #expect(unit["line"] == 2)
        #expect(unit["column"] == 10)
        #expect(unit["instanceLocation"] == "/age")
        #expect(compiled.output(document.value, format: .flag) == ["valid": false])
    }
}

/// The preloaded meta-schema (with its `$dynamicRef`s) validates schemas.
@Suite struct MetaSchemaTests {
    @Test func metaSchemaAcceptsGoodSchemasAndRejectsBadOnes() throws {
        let meta = CompiledSchema.metaSchema
        #expect(meta.isValid(["type": "object", "properties": ["a": ["type": "string", "minLength": 1]]]))
        let result = meta.validate(["type": "object", "properties": ["a": ["minLength": -1]]])
        #expect(!result.isValid)
        #expect(result.errors.contains { $0.instanceLocation.description == "/properties/a/minLength" })
        #expect(!meta.isValid(["type": 5]))
    }
}

@Suite struct ErrorPositionTests {
    @Test func errorsPointAtTheirSource() throws {
        let document = try JSONParser.parse("{\n  \"passport\": {},\n  \"extra\": 1\n}")
        let schema = try CompiledSchema([
            "properties": ["passport": ["required": ["number"]]],
            "additionalProperties": false,
        ])
        let errors = schema.validate(document.value).errors
        let required = try #require(errors.first { $0.keyword == "required" })
        #expect(required.sourcePosition(in: document)?.description == "2:15")
        let additional = try #require(errors.first { $0.keyword == "additionalProperties" })
        #expect(additional.sourcePosition(in: document)?.description == "3:3")
    }

    @Test func failuresInsidePropertyNamesPointAtTheName() throws {
        let document = try JSONParser.parse("{\n  \"toolong\": 1,\n  \"propertyNames\": \"x\"\n}")
        let schema = try CompiledSchema([
            "propertyNames": ["maxLength": 13],
            "properties": ["propertyNames": ["type": "integer"], "toolong": ["maxLength": 1]],
        ])
        let strict = try CompiledSchema(["propertyNames": ["maxLength": 3]])
        let nameTooLong = try #require(strict.validate(document.value).errors.first { $0.keyword == "maxLength" })
        #expect(nameTooLong.sourcePosition(in: document)?.description == "2:3", "the key, not the value")
        // A property that is merely called "propertyNames" is an ordinary value.
        let ordinary = try #require(schema.validate(document.value).errors.first { $0.keyword == "type" })
        #expect(ordinary.sourcePosition(in: document)?.description == "3:20")
    }
}

@Suite struct DetailedOutputTests {
    @Test func failedAnyOfKeepsItsMessageAboveTheBranchErrors() throws {
        let schema = try CompiledSchema(["properties": ["a": ["anyOf": [["type": "string"], ["minimum": 3]]]]])
        let output = schema.output(["a": 1], format: .detailed)
        guard case .object(let root) = output, case .array(let errors)? = root["errors"], errors.count == 1,
              case .object(let anyOf) = errors[0], case .array(let branches)? = anyOf["errors"] else {
            Issue.record("unexpected shape: \(JSONWriter.write(output, pretty: false))")
            return
        }
        #expect(anyOf["keywordLocation"] == "/properties/a/anyOf")
        #expect(anyOf["error"] == "the value matches none of the 2 alternatives (anyOf)")
        #expect(branches.count == 2)
        #expect(schema.output(["a": "x"], format: .detailed) == ["valid": true, "keywordLocation": "", "absoluteKeywordLocation": "json-schema:///#", "instanceLocation": "", "annotations": [["valid": true, "keywordLocation": "/properties", "absoluteKeywordLocation": "json-schema:///#/properties", "instanceLocation": "", "annotation": ["a"]]]])
    }
}

/// Exact number keywords stay exact and cheap for extreme exponents.
@Suite struct NumberKeywordTests {
    private func valid(_ schema: JSONValue, _ text: String) throws -> Bool {
        try CompiledSchema(schema).isValid(JSONParser.parse(text).value)
    }

    @Test func comparisonsWithHugeExponents() throws {
        #expect(try !valid(["maximum": 100], "1e999999999"))
        #expect(try valid(["minimum": 18], "1e999999999"))
        #expect(try valid(["maximum": 0], "-1e999999999"))
        #expect(try !valid(["exclusiveMinimum": 0], "-1e-999999999"))
        #expect(try valid(["exclusiveMinimum": 0], "1e-999999999"))
        #expect(try valid(["maximum": 18.5], "18.49999999999999999999999"))
        #expect(try !valid(["maximum": 18.5], "18.50000000000000000000001"))
        #expect(try valid(["maxLength": JSONParser.parse("1e999999999").value], "\"text\""))
    }

    @Test func multipleOfWithHugeExponents() throws {
        #expect(try valid(["multipleOf": 0.5], "1e999999999"))
        #expect(try valid(["multipleOf": 3], "3e999999999"))
        #expect(try !valid(["multipleOf": 3], "1e999999999"))
        #expect(try !valid(["multipleOf": 2], "1e-999999999"))
        #expect(try valid(["multipleOf": JSONParser.parse("1e-999999999").value], "0.0075"))
        #expect(try !valid(["multipleOf": 0.0001], "0.00075"))
        #expect(try valid(["multipleOf": 0.0001], "-0.0075"))
    }
}
