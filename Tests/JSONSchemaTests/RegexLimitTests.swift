import Testing
@testable import JSONSchema

/// The empty pattern, which ICU refuses, matches everything (it was a SchemaError).
@Suite struct RegexLimitTests {
    @Test func theEmptyPatternMatchesEverything() throws {
        let schema = try CompiledSchema(["pattern": "", "patternProperties": ["": ["type": "integer"]]])
        #expect(schema.isValid(""))
        #expect(schema.isValid("anything at all"))
        #expect(schema.isValid(["a": 1, "": 2]))
        #expect(!schema.isValid(["a": "x"]))
        #expect(Formats.checker(for: "regex")?("") == true)
    }
}
