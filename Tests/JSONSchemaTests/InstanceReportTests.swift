import Testing
import JSONSchema

/// An instance's report as tools print it (InstanceReport): file order, counted groups.
@Suite struct InstanceReportTests {
    func report(_ schema: JSONValue, _ text: String, maxErrors: Int = 1000) throws -> [InstanceReport.Line] {
        let compiled = try CompiledSchema(schema, options: ValidationOptions(maxErrors: maxErrors))
        let document = try JSONParser.parse(text)
        return InstanceReport.lines(compiled.validate(document.value), in: document)
    }

    @Test func failuresComeInFileOrderNotSchemaOrder() throws {
        // The schema checks b before a; the file has a first.
        let schema: JSONValue = ["properties": ["b": ["type": "string"], "a": ["type": "string"]]]
        let lines = try report(schema, "{\"a\": 1,\n \"b\": 2}")
        #expect(lines.map { $0.position?.description } == ["1:7", "2:7"])
        guard case .error(let first) = lines[0].entry else { Issue.record("\(lines[0])"); return }
        #expect(first.instanceLocation.description == "/a")
    }

    @Test func failuresPastTheCapAreOneCountedLineWhereTheFirstStands() throws {
        let lines = try report(["items": ["type": "string"]], "[1, 2, 3, 4, 5]", maxErrors: 2)
        #expect(lines.count == 3)
        #expect(lines.map { $0.position?.description } == ["1:2", "1:5", "1:8"])
        guard case .more(let group) = lines[2].entry else { Issue.record("\(lines[2])"); return }
        #expect(group.count == 3)
        #expect(group.sample.keywordLocation.description == "/items/type")
    }

    @Test func aValidInstanceHasNoLines() throws {
        #expect(try report(["type": "array"], "[1]").isEmpty)
    }

    @Test func theOutputDocumentOfOneFileOrSeveral() {
        let unit: JSONValue = ["valid": true]
        #expect(InstanceReport.outputDocument([("a.json", unit)], oneFileNamed: true) == unit)
        #expect(InstanceReport.outputDocument([], oneFileNamed: true) == nil)
        #expect(InstanceReport.outputDocument([("a.json", unit)], oneFileNamed: false) == [["file": "a.json", "output": unit]])
        #expect(InstanceReport.outputDocument([], oneFileNamed: false) == [])
    }
}
