import Testing
@testable import JSONSchema

@Suite struct JSONPointerTests {
    @Test func parsesEscapesInOrder() throws {
        #expect(try JSONPointer(parsing: "").tokens == [])
        #expect(try JSONPointer(parsing: "/").tokens == [""])
        #expect(try JSONPointer(parsing: "/a~1b/m~0n//0").tokens == ["a/b", "m~n", "", "0"])
        // "~01" is "~" then "1", not "/": unescape ~1 before ~0 would get it wrong.
        #expect(try JSONPointer(parsing: "/~01").tokens == ["~1"])
        #expect(try JSONPointer(parsing: "/ağaç/İ").tokens == ["ağaç", "İ"])
    }

    @Test func rejectsWhatIsNotAPointer() {
        #expect(throws: JSONPointerError.self) { try JSONPointer(parsing: "a/b") }
        #expect(throws: JSONPointerError.self) { try JSONPointer(parsing: "#/a") }
        #expect(throws: JSONPointerError.self) { try JSONPointer(parsing: "/a~2") }
        #expect(throws: JSONPointerError.self) { try JSONPointer(parsing: "/a~") }
        do {
            _ = try JSONPointer(parsing: "/x~y")
        } catch {
            #expect(error.description == #"JSON pointer "/x~y" has '~' not followed by '0' or '1'"#)
        }
    }

    @Test func descriptionEscapesAndRoundTrips() throws {
        let pointer = JSONPointer(tokens: ["a/b", "m~n", "", "0"])
        #expect(pointer.description == "/a~1b/m~0n//0")
        #expect(try JSONPointer(parsing: pointer.description) == pointer)
        #expect(JSONPointer.root.description == "")
        #expect(JSONPointer.root.appending("x").appending(index: 3).description == "/x/3")
        #expect(JSONPointer(tokens: ["a", "b"]).parent == JSONPointer(tokens: ["a"]))
        #expect(JSONPointer.root.parent == nil)
    }

    @Test func resolvesLikeRFC6901Section5() throws {
        let document = try JSONParser.parse(#"""
            {"foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4,
             "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8}
            """#).value
        let expected: [(String, JSONValue)] = [
            ("", document), ("/foo", .array([.string("bar"), .string("baz")])), ("/foo/0", .string("bar")),
            ("/", .number(JSONNumber(0))), ("/a~1b", .number(JSONNumber(1))), ("/c%d", .number(JSONNumber(2))),
            ("/e^f", .number(JSONNumber(3))), ("/g|h", .number(JSONNumber(4))), (#"/i\j"#, .number(JSONNumber(5))),
            (#"/k"l"#, .number(JSONNumber(6))), ("/ ", .number(JSONNumber(7))), ("/m~0n", .number(JSONNumber(8))),
        ]
        for (text, value) in expected {
            #expect(try JSONPointer(parsing: text).resolve(in: document) == value, "\(text)")
        }
        for missing in ["/foo/2", "/foo/-", "/foo/01", "/foo/+1", "/foo/bar", "/nope", "/foo/0/x",
                        "/foo/99999999999999999999999"] {
            #expect(try JSONPointer(parsing: missing).resolve(in: document) == nil, "\(missing)")
        }
    }

    @Test func uriFragmentsPercentEncode() throws {
        let pointer = JSONPointer(tokens: ["$defs", "a%b", "c d", "ağ", "x/y", "q?=@:"])
        #expect(pointer.uriFragment == "#/$defs/a%25b/c%20d/a%C4%9F/x~1y/q?=@:")
        #expect(try JSONPointer(uriFragment: pointer.uriFragment) == pointer)
        #expect(try JSONPointer(uriFragment: "#/$defs/a%25b").tokens == ["$defs", "a%b"])
        // Decoding comes first: an encoded "/" still separates tokens (RFC 6901 §6).
        #expect(try JSONPointer(uriFragment: "/a%2fb").tokens == ["a", "b"])
        #expect(try JSONPointer(uriFragment: "#").tokens == [])
        #expect(try JSONPointer(uriFragment: "").tokens == [])
        #expect(JSONPointer.root.uriFragment == "#")
        // RFC 6901 §6's examples.
        #expect(try JSONPointer(uriFragment: "#/c%25d").tokens == ["c%d"])
        #expect(try JSONPointer(uriFragment: "#/k%22l").tokens == [#"k"l"#])
        #expect(try JSONPointer(uriFragment: "#/%20").tokens == [" "])
    }

    @Test func rejectsBadFragments() {
        #expect(throws: JSONPointerError.self) { try JSONPointer(uriFragment: "#/a%2") }
        #expect(throws: JSONPointerError.self) { try JSONPointer(uriFragment: "#/a%zz") }
        #expect(throws: JSONPointerError.self) { try JSONPointer(uriFragment: "#/a%FF") }
        #expect(throws: JSONPointerError.self) { try JSONPointer(uriFragment: "#foo") }
    }

    @Test func orderIsByTokens() {
        let pointers = [JSONPointer(tokens: ["b"]), JSONPointer(tokens: ["a", "z"]), JSONPointer(tokens: ["a"]), .root]
        #expect(pointers.sorted() == [.root, JSONPointer(tokens: ["a"]), JSONPointer(tokens: ["a", "z"]), JSONPointer(tokens: ["b"])])
    }
}
