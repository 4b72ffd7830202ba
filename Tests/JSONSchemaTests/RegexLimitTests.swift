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

    /// Catastrophic backtracking used to come back as "does not match" after seconds
    /// (NSRegularExpression on Linux drops ICU's time-out). Now ICU's step limit stops it
    /// quickly, and the value is reported as not checked, never as matching or not.
    @Test func aBacktrackingLimitIsAnErrorNotAVerdict() throws {
        let text = String(repeating: "a", count: 40) + "!"
        let regex = try ECMARegex("^(a+)+$")
        #expect(regex.search(text) == .tooComplex)
        #expect(regex.search(String(repeating: "a", count: 40)) == .match)

        let schema = try CompiledSchema(["pattern": "^(a+)+$"])
        let result = schema.validate(.string(text))
        #expect(!result.isValid)
        #expect(!schema.isValid(.string(text)))  // fails closed
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.isUndecided == true)
        #expect(result.errors.first?.message.contains("could not be checked against the pattern ^(a+)+$") == true)

        let names = try CompiledSchema(["patternProperties": ["^(a+)+$": true], "additionalProperties": false])
        let named = names.validate([text: 1])
        #expect(!named.isValid)
        #expect(named.errors.map(\.keyword) == ["patternProperties"])
        #expect(named.errors.first?.isUndecided == true)
        #expect(named.errors.first?.details["property"] == .string(text))
    }

    /// The limit grows with the text: a long value under an ordinary pattern is decided.
    @Test func longTextsUnderOrdinaryPatternsAreDecided() throws {
        let regex = try ECMARegex("^[a-z]+$")
        #expect(regex.search(String(repeating: "k", count: 300_000)) == .match)
        #expect(regex.search(String(repeating: "k", count: 300_000) + "!") == .noMatch)
    }
}
