import BigInt
import Testing
@testable import JSONSchema

/// Exponents at the edges of `Int`, and exponents so large that materialising the power of
/// ten would take hours: every operation on `JSONNumber` must neither trap nor hang.
@Suite struct NumberEdgeTests {
    private func number(_ text: String) throws -> JSONNumber {
        guard case .number(let n) = try JSONParser.parse(text).value else {
            throw SchemaError(message: "\(text) is not a number")
        }
        return n
    }

    private func valid(_ schema: JSONValue, _ text: String) throws -> Bool {
        let compiled = try CompiledSchema(schema)
        let instance = try JSONParser.parse(text).value
        let result = compiled.validate(instance)  // builds the messages, which quote the value
        #expect(result.isValid == compiled.isValid(instance))
        return result.isValid
    }

    static let largest = "12e9223372036854775807"   // exponent Int.max
    static let smallest = "1e-9223372036854775808"  // exponent Int.min

    @Test func textOfNumbersWithExtremeExponentsRoundTrips() throws {
        let cases = [
            (Self.largest, "1.2e9223372036854775808"),
            (Self.smallest, "1e-9223372036854775808"),
            ("-" + Self.largest, "-1.2e9223372036854775808"),
            ("1e9223372036854775807", "1e9223372036854775807"),
            ("12345e-9223372036854775808", "1.2345e-9223372036854775804"),
            ("10e9223372036854775807", "1e9223372036854775808"),
        ]
        for (text, expected) in cases {
            let n = try number(text)
            #expect(n.jsonText == expected)
            #expect(n.description == expected)
            #expect(JSONWriter.write(.number(n), pretty: false) == expected)
            #expect(try number(expected) == n, "\(expected) reads back as \(text)")
        }
    }

    @Test func exponentsJustOutsideIntAreBroughtBackByTheDigits() throws {
        #expect(try number("1.2e9223372036854775808") == number(Self.largest))
        #expect(try number("0.1e-9223372036854775807") == number("1e-9223372036854775808"))
        // Above Int.max, zeros stay in the significand (within the digit limit).
        #expect(try number("100e9223372036854775806") == JSONNumber(significand: 10, exponent: Int.max))
        #expect(try number("1e9223372036854775808") == JSONNumber(significand: 10, exponent: Int.max))
        #expect(try number("1e9223372036854775809").significand == 100)
        // Beyond: an error, not a trap.
        #expect(try number("1e9223372036854775847").significand == BigInt(10).power(40))
        // Found by fuzz-json: 21 bytes were a 9,281-digit number, slow at every use.
        for text in ["1e9223372036854775848", "2e9223372036854785087", "1e9223372036854785807", "1e-9223372036854775809", "0.1e-9223372036854775808",
                     "1e99999999999999999999999999999999999999999999", "-1e-99999999999999999999999999999"] {
            #expect(throws: JSONParseError.self, "\(text)") { try JSONParser.parse(text) }
        }
    }

    @Test func normalisationStopsAtTheLargestExponent() {
        let n = JSONNumber(significand: 1000, exponent: Int.max - 1)
        #expect(n.significand == 100 && n.exponent == Int.max)
        #expect(JSONNumber(significand: -50, exponent: Int.max).exponent == Int.max)
    }

    @Test func comparisonsAtTheEdgesAreExact() throws {
        let big = try number(Self.largest), small = try number(Self.smallest)
        let one = JSONNumber(1), minusBig = try number("-" + Self.largest)
        #expect(small < big && !(big < small))
        #expect(one < big && small < one && minusBig < small && minusBig < one)
        #expect(try number("1e9223372036854775807") < big)
        #expect(try number("2e-9223372036854775808") > small)
        #expect(big.compare(to: big) == 0 && small.compare(to: small) == 0)
        #expect(try number("-1e-9223372036854775808") < small)
    }

    /// `<` used to multiply by 10^(exponent gap): a billion-digit power for `1e999999999 < 2`
    /// (the rules' comparisons go through `<`).
    @Test func comparisonOfHugeExponentsBuildsNoHugePower() throws {
        let huge = try number("1e999999999"), tiny = try number("1e-999999999"), two = JSONNumber(2)
        #expect(two < huge && !(huge < two))
        #expect(tiny < two && !(two < tiny))
        #expect(try number("-1e999999999") < tiny)
        #expect(try number("1.5e999999999") > huge)
        #expect([huge, two, tiny].sorted() == [tiny, two, huge])
        #expect(try number("1e99999999999999") > number("9.99e99999999999998"))
    }

    @Test func keywordsAtTheEdges() throws {
        #expect(try !valid(["maximum": 1], Self.largest))
        #expect(try valid(["minimum": 1], Self.largest))
        #expect(try !valid(["minimum": 1], Self.smallest))
        #expect(try valid(["exclusiveMinimum": 0], Self.smallest))
        #expect(try valid(["minimum": JSONParser.parse(Self.smallest).value], Self.largest))
        #expect(try !valid(["maximum": JSONParser.parse(Self.smallest).value], Self.largest))
        #expect(try valid(["multipleOf": JSONParser.parse(Self.smallest).value], Self.largest))
        #expect(try !valid(["multipleOf": JSONParser.parse(Self.largest).value], Self.smallest))
        #expect(try valid(["multipleOf": 3], Self.largest))
        #expect(try !valid(["multipleOf": 7], Self.largest))
        #expect(try valid(["multipleOf": JSONParser.parse("1e9223372036854775807").value], Self.largest))
        #expect(try valid(["type": "integer"], Self.largest))
        #expect(try !valid(["type": "integer"], Self.smallest))
        #expect(try valid(["maxLength": JSONParser.parse(Self.largest).value], "\"text\""))
        #expect(try !valid(["const": 1], Self.largest))
        #expect(try !valid(["enum": [1, 2]], Self.smallest))
    }

    @Test func messagesQuoteExtremeValues() throws {
        let schema = try CompiledSchema(["maximum": 1])
        let errors = schema.validate(try JSONParser.parse(Self.largest).value).errors
        #expect(errors.map(\.message) == ["1.2e9223372036854775808 must be at most 1"])
        let multiple = try CompiledSchema(["multipleOf": 7])
        #expect(multiple.validate(try JSONParser.parse(Self.smallest).value).errors.map(\.message)
                == ["1e-9223372036854775808 is not a multiple of 7"])
    }

    @Test func multipleOfWithAHugeDivisorStaysCheap() throws {
        // b | a·10^gap only needs as much of the gap as b has factors 2 and 5.
        let divisor = try JSONParser.parse("1" + String(repeating: "0", count: 5000) + "1e-9223372036854775808").value
        #expect(try !valid(["multipleOf": divisor], "3e999999999"))
        #expect(try valid(["multipleOf": JSONParser.parse("5e-9223372036854775808").value], "1e9223372036854775807"))
    }
}
