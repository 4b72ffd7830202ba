import Testing
import JSONSchema

/// What a tool should refuse before validating with a schema (SchemaDialect).
@Suite struct SchemaDialectTests {
    func problems(_ text: String) throws -> [SchemaDialect.Problem] {
        try SchemaDialect.problems(JSONParser.parse(text))
    }

    @Test func anOlderDraftIsRefusedAtItsSchemaMember() throws {
        let found = try problems("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"items\": [{\"type\": \"string\"}]\n}")
        #expect(found.count == 1)
        #expect(found.first?.position?.description == "2:14")
        #expect(found.first?.message.hasPrefix("the schema declares draft-07 (http://json-schema.org/draft-07/schema#); eizin validates draft 2020-12 only") == true)
        #expect(try problems(#"{"$schema": "https://json-schema.org/draft-04/schema"}"#).first?.message.contains("draft-04") == true)
        #expect(try problems(#"{"$schema": "https://json-schema.org/draft/2019-09/schema"}"#).first?.message.contains("draft 2019-09") == true)
    }

    @Test func draft2020AndCustomMetaSchemasAreAccepted() throws {
        #expect(try problems(#"{"$schema": "https://json-schema.org/draft/2020-12/schema#", "type": "string"}"#).isEmpty)
        #expect(try problems(#"{"type": "string"}"#).isEmpty)
        // A custom meta-schema's own rules apply: 2020-12's are not checked.
        #expect(try problems(#"{"$schema": "https://example.com/meta", "type": "strin"}"#).isEmpty)
    }

    @Test func aSchemaTheMetaSchemaRejectsIsRefusedOncePerPlace() throws {
        let found = try problems("{\"properties\": {\n  \"a\": {\"type\": \"strin\"}}}")
        #expect(found.count == 1, "\(found)")
        let problem = try #require(found.first)
        #expect(problem.position?.description == "2:17")
        #expect(problem.message.hasPrefix("invalid schema: ") && problem.message.hasSuffix(#"[at "/properties/a/type"]"#), "\(problem.message)")
        #expect(problem.line(file: "s.json") == "s.json:2:17: " + problem.message)
        #expect(SchemaDialect.Problem(position: nil, message: "m").line(file: "s.json") == "s.json: m")
    }
}
