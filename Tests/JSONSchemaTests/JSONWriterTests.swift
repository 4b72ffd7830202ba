import BigInt
import Testing
@testable import JSONSchema

@Suite struct JSONWriterTests {
    private let sample = #"{"name": "Ada", "tags": [1, 2.5, true, null], "empty": {}, "none": [], "nested": {"x": [{}]}}"#

    @Test func prettyIsTwoSpaceIndentedWithTrailingNewline() throws {
        let value = try JSONParser.parse(sample).value
        #expect(JSONWriter.write(value) == """
            {
              "name": "Ada",
              "tags": [
                1,
                2.5,
                true,
                null
              ],
              "empty": {},
              "none": [],
              "nested": {
                "x": [
                  {}
                ]
              }
            }

            """)
    }

    @Test func compactHasNoWhitespace() throws {
        let value = try JSONParser.parse(sample).value
        #expect(JSONWriter.write(value, pretty: false) == #"{"name":"Ada","tags":[1,2.5,true,null],"empty":{},"none":[],"nested":{"x":[{}]}}"#)
        #expect(JSONWriter.write(.string("x"), pretty: false) == #""x""#)
        #expect(JSONWriter.write(.null) == "null\n")
    }

    @Test func stringsAreEscapedMinimally() throws {
        let text = "q\"b\\s/\n\r\t\u{08}\u{0C}\u{00}\u{1F}\u{7F} İıçğüşö 😀\u{2028}"
        #expect(JSONWriter.quoted(text) == #""q\"b\\s/\n\r\t\b\f\u0000\u001f"# + "\u{7F} İıçğüşö 😀\u{2028}\"")
        #expect(try JSONParser.parse(JSONWriter.write(.string(text))).value == .string(text))
    }

    @Test(arguments: [
        ("0", "0"), ("-0", "0"), ("1.0", "1"), ("-12", "-12"), ("1e2", "100"), ("1.5", "1.5"),
        ("-0.25", "-0.25"), ("123.456", "123.456"), ("0.001", "0.001"), ("1e-6", "0.000001"),
        ("1e-7", "1e-7"), ("1.5e-10", "1.5e-10"), ("1e21", "1000000000000000000000"),
        ("1e22", "1e22"), ("1.25e30", "1.25e30"), ("1.25e22", "12500000000000000000000"), ("1e400", "1e400"), ("-1.25e400", "-1.25e400"), ("12e-400", "1.2e-399"),
        ("123456789012345678901234567890", "123456789012345678901234567890"),
        ("0.1000000000000000055511151231257827", "0.1000000000000000055511151231257827"),
    ])
    func numbersAreWrittenExactly(input: String, written: String) throws {
        let value = try JSONParser.parse(input).value
        #expect(JSONWriter.write(value, pretty: false) == written)
        #expect(try JSONParser.parse(written).value == value)
        if case .number(let number) = value { #expect(number.description == written) }
    }

    @Test func membersKeepTheirStoredOrder() {
        let value = JSONValue.object(["z": .null, "a": .bool(false), "m": .number(JSONNumber(significand: BigInt(-5), exponent: -1))])
        #expect(JSONWriter.write(value, pretty: false) == #"{"z":null,"a":false,"m":-0.5}"#)
    }

    @Test func roundTripIsAFixedPoint() throws {
        let value = try JSONParser.parse(sample).value
        let once = JSONWriter.write(value)
        #expect(JSONWriter.write(try JSONParser.parse(once).value) == once)
        #expect(JSONWriter.encode(value) == Array(once.utf8))
    }
}
