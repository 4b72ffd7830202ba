import Foundation
import Testing
@testable import JSONSchema

@Suite struct JSONParserPositionTests {
    private func parse(_ text: String) throws -> JSONDocument { try JSONParser.parse(text) }
    private func pointer(_ text: String) throws -> JSONPointer { try JSONPointer(parsing: text) }

    /// Positions are made from the kept bytes when first asked for: from a buffer the
    /// caller frees afterwards, and from several threads at once, they are the same.
    @Test func positionsMadeLaterAreTheSame() async throws {
        let text = #"{"a": [1, {"b": "ğ"}], "c": {"d": [true, null]}, "e": "x"}"#
        let pointers = try ["/a/1/b", "/c/d/1", "/e", "/a/0"].map(pointer)
        let expected = try pointers.map { try parse(text).position(of: $0) }
        #expect(expected.allSatisfy { $0 != nil })
        var bytes = Array(text.utf8)
        let fromBuffer = try bytes.withUnsafeBufferPointer { try JSONParser.parse(buffer: $0) }
        for i in bytes.indices { bytes[i] = 0x20 }
        #expect(pointers.map { fromBuffer.position(of: $0) } == expected)
        let shared = try parse(text)
        let answers = await withTaskGroup(of: [SourcePosition?].self) { group in
            for _ in 0..<8 { group.addTask { pointers.map { shared.position(of: $0) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers.allSatisfy { $0 == expected })
        #expect(shared.keyPosition(of: pointers[0])?.description == "1:12")
    }

    @Test func valuesAndKeysOnSeveralLines() throws {
        let document = try parse("""
            {
              "name": "Ada",
              "tags": [1, true,
                 null],
              "inner": {"x": {}}
            }
            """)
        #expect(document.position(of: .root) == SourcePosition(line: 1, column: 1, offset: 0))
        #expect(document.keyPosition(of: .root) == nil)
        #expect(document.keyPosition(of: try pointer("/name")) == SourcePosition(line: 2, column: 3, offset: 4))
        #expect(document.position(of: try pointer("/name")) == SourcePosition(line: 2, column: 11, offset: 12))
        #expect(document.keyPosition(of: try pointer("/tags"))?.description == "3:3")
        #expect(document.position(of: try pointer("/tags"))?.description == "3:11")
        #expect(document.position(of: try pointer("/tags/1"))?.description == "3:15")
        #expect(document.position(of: try pointer("/tags/2"))?.description == "4:6")
        #expect(document.keyPosition(of: try pointer("/tags/2")) == nil)
        #expect(document.position(of: try pointer("/inner/x"))?.description == "5:18")
        #expect(document.keyPosition(of: try pointer("/inner/x"))?.description == "5:13")
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        // "ğ" and "ş" take two bytes each, "😀" four: columns still count one per scalar.
        let document = try parse(#"{"ağaç": "şu", "x": ["😀", 7]}"#)
        #expect(document.position(of: try pointer("/ağaç"))?.description == "1:10")
        let seven = try #require(document.position(of: try pointer("/x/1")))
        #expect(seven.column == 27)
        #expect(seven.offset == 32)
    }

    @Test func crlfAndLoneCRAreLineBreaks() throws {
        let document = try parse("[\r\n1,\r2,\n3]")
        #expect(document.position(of: try pointer("/0"))?.description == "2:1")
        #expect(document.position(of: try pointer("/1"))?.description == "3:1")
        #expect(document.position(of: try pointer("/2"))?.description == "4:1")
    }

    @Test func byteOrderMarkIsSkippedButCountedInOffsets() throws {
        let document = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a":1}"#.utf8))
        #expect(document.position(of: .root) == SourcePosition(line: 1, column: 1, offset: 3))
        #expect(document.value == .object(["a": .number(JSONNumber(1))]))
    }

    @Test func deepAndWideDocumentsFindEveryValue() throws {
        // Siblings before a value may be containers of any size: the lookup skips them whole.
        let document = try parse(#"[[1,[2,[3]]],{"a":[4,{"b":5}],"c":6},7]"#)
        for (pointer, _) in allPointers(in: document.value) {
            #expect(document.position(of: pointer) != nil, "no position for \(pointer)")
        }
        #expect(document.position(of: try pointer("/1/c"))?.column == 35)
        #expect(document.position(of: try pointer("/2"))?.column == 38)
        #expect(document.position(of: try pointer("/1/a/1/b"))?.column == 27)
    }

    @Test func missingLocationsHaveNoPosition() throws {
        let document = try parse(#"{"a": [1, 2], "b": "x"}"#)
        #expect(document.position(of: try pointer("/c")) == nil)
        #expect(document.position(of: try pointer("/a/2")) == nil)
        #expect(document.position(of: try pointer("/a/-")) == nil)
        #expect(document.position(of: try pointer("/a/01")) == nil)
        #expect(document.position(of: try pointer("/b/0")) == nil)
        #expect(JSONDocument(value: document.value).position(of: .root) == nil)
    }

    @Test func keepLastDuplicatesKeepPositionsInStep() throws {
        let document = try JSONParser.parse(#"{"a": [1, 2], "b": 3, "a": {"z": 4}}"#, options: .init(duplicateKeys: .keepLast))
        guard case .object(let members) = document.value else {
            Issue.record("not an object")
            return
        }
        #expect(Array(members.keys) == ["b", "a"])
        #expect(document.keyPosition(of: try pointer("/a"))?.column == 23)
        #expect(document.position(of: try pointer("/a/z"))?.column == 34)
        #expect(document.position(of: try pointer("/b"))?.column == 20)
    }

    @Test func valueAtPointer() throws {
        let document = try parse(#"{"a/b": {"m~n": [10, 20]}}"#)
        #expect(document.value(at: try pointer("/a~1b/m~0n/1")) == .number(JSONNumber(20)))
    }
}

@Suite struct JSONParserInputFormTests {
    @Test func bytesStringAndDataGiveTheSameDocument() throws {
        let text = "{\"ağaç\": [1, \"İ\"]}\n"
        let fromBytes = try JSONParser.parse(Array(text.utf8))
        let fromString = try JSONParser.parse(text)
        let fromData = try JSONParser.parse(Data(text.utf8))
        #expect(fromBytes.value == fromString.value)
        #expect(fromBytes.value == fromData.value)
        let pointer = JSONPointer(tokens: ["ağaç", "1"])
        #expect(fromData.position(of: pointer) == fromBytes.position(of: pointer))
        #expect(fromData.position(of: pointer)?.description == "1:14")
    }
}

@Suite struct JSONDocsExampleTests {
    /// The example in docs/json.md.
    @Test func documentedExampleHolds() throws {
        let document = try JSONParser.parse(#"{"passport": {"number": "U1234"}}"#)
        let number = try JSONPointer(parsing: "/passport/number")
        #expect(document.position(of: number) == SourcePosition(line: 1, column: 25, offset: 24))
        #expect(document.keyPosition(of: number)?.description == "1:15")
    }
}
