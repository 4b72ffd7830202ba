import Testing
@testable import JSONSchema

/// One rule for where a failure points: at the value it is about; at a member's key only
/// when the failure is about that member's name.
@Suite struct WhereFailuresPointTests {
    @Test func dependentRequiredPointsAtTheObjectAsRequiredDoes() throws {
        let schema = try CompiledSchema(try JSONParser.parse(Array(#"""
            {"properties": {"a": {"required": ["x"], "dependentRequired": {"y": ["z"]}, "additionalProperties": {"type": "string"}}}}
            """#.utf8)).value)
        let document = try JSONParser.parse(Array("{\n  \"a\": {\n    \"y\": 1\n  }\n}\n".utf8))
        let errors = schema.validate(document.value).errors
        func position(_ keyword: String) -> String? {
            errors.first { $0.keywordLocation.tokens.contains(keyword) }?.sourcePosition(in: document).map { "\($0.line):\($0.column)" }
        }
        #expect(position("required") == "2:8")
        #expect(position("dependentRequired") == "2:8")
        // The additional member "y" (a number, not a string) is reported at its value.
        #expect(position("additionalProperties") == "3:10")
    }
}
