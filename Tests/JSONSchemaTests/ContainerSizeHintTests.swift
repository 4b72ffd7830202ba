import OrderedCollections
import Testing
@testable import JSONSchema

/// The parser reserves room in each container for as many members or elements as the last
/// one at its depth had (`ContainerSizeHints`): containers of other sizes, empty ones and
/// duplicate keys after a sibling set the hint must parse exactly as before.
@Suite struct ContainerSizeHintTests {
    private func object(_ count: Int, from start: Int = 0) -> String {
        "{" + (start..<start + count).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
    }

    private func expectedObject(_ count: Int, from start: Int = 0) -> JSONValue {
        .object(OrderedDictionary(uniqueKeysWithValues: (start..<start + count).map { ("k\($0)", .number(JSONNumber($0))) }))
    }

    @Test func siblingsOfEveryShapeKeepTheirMembersInOrder() throws {
        let counts = [7, 7, 2, 0, 30, 15, 16, 1, 7, 0, 3]
        let text = "[" + counts.map { object($0) }.joined(separator: ", ") + "]"
        let value = try JSONParser.parse(text).value
        #expect(value == .array(counts.map { expectedObject($0) }))
        guard case .array(let items) = value else { return }
        for (item, count) in zip(items, counts) {
            guard case .object(let members) = item else { continue }
            #expect(Array(members.keys) == (0..<count).map { "k\($0)" })
        }
    }

    @Test func arraysOfEverySizeAfterOneAnother() throws {
        let sizes = [2, 2, 40, 0, 1, 16, 3]
        let text = "[" + sizes.map { n in "[" + (0..<n).map(String.init).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        let value = try JSONParser.parse(text).value
        #expect(value == .array(sizes.map { n in .array((0..<n).map { .number(JSONNumber($0)) }) }))
    }

    @Test func duplicateKeysAfterASiblingSetTheHint() throws {
        // The second object reserves 15 members, the third and fourth have more.
        let many = (0..<20).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let rejected = "[\(object(15)), \(object(15)), {\(many), \"k3\": true}]"
        #expect(throws: JSONParseError.self) { try JSONParser.parse(rejected) }
        let small = "[\(object(2)), {\"a\": 1, \"b\": 2, \"a\": 3}]"
        #expect(throws: JSONParseError.self) { try JSONParser.parse(small) }

        let kept = try JSONParser.parse(small, options: .init(duplicateKeys: .keepLast)).value
        #expect(kept == .array([expectedObject(2), .object(["b": .number(JSONNumber(2)), "a": .number(JSONNumber(3))])]))
        guard case .array(let items) = kept, case .object(let last) = items[1] else { return }
        #expect(Array(last.keys) == ["b", "a"])

        // Past 15 members the names are hashed: the repeated one still moves to the end.
        let large = try JSONParser.parse("{\(many), \"k3\": true}", options: .init(duplicateKeys: .keepLast)).value
        guard case .object(let members) = large else { Issue.record("not an object"); return }
        #expect(Array(members.keys) == (0..<20).filter { $0 != 3 }.map { "k\($0)" } + ["k3"])
        #expect(members["k3"] == true && members["k19"] == .number(JSONNumber(19)) && members["k4"] == .number(JSONNumber(4)))
    }
}
