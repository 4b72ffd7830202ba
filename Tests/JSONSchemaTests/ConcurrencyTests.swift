import JSONSchema
import Testing

/// One compiled schema shared by many concurrent validations gives the same answers as
/// sequential ones.
@Suite struct ConcurrencyTests {
    @Test func concurrentValidationAgreesWithSequential() async throws {
        let schema: JSONValue = [
            "type": "object",
            "properties": [
                "id": ["type": "string", "pattern": "^[0-9]{11}$"],
                "tags": ["type": "array", "items": ["$ref": "#/$defs/tag"], "uniqueItems": true],
            ],
            "required": ["id"],
            "unevaluatedProperties": false,
            "$defs": ["tag": ["type": "string", "minLength": 1]],
        ]
        let compiled = try CompiledSchema(schema)
        let instances: [JSONValue] = (0..<400).map { i in
            i % 3 == 0
                ? ["id": .string(String(repeating: "1", count: 11)), "tags": ["a", .string("t\(i)")]]
                : ["id": .string("x\(i)"), "tags": ["a", "a"], "extra": .number(JSONNumber(i))]
        }
        let expected = instances.map { compiled.validate($0).errors.count }
        let results = await withTaskGroup(of: [(Int, Int, Bool)].self) { group in
            for worker in 0..<8 {
                group.addTask {
                    stride(from: worker, to: instances.count, by: 8).map { i in
                        (i, compiled.validate(instances[i]).errors.count, compiled.isValid(instances[i]))
                    }
                }
            }
            var all: [(Int, Int, Bool)] = []
            for await part in group { all += part }
            return all
        }
        #expect(results.count == instances.count)
        for (i, count, valid) in results {
            #expect(count == expected[i])
            #expect(valid == (expected[i] == 0))
        }
    }
}
