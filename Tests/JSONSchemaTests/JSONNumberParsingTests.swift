import BigInt
import Testing
@testable import JSONSchema

@Suite struct JSONNumberParsingTests {
    private func number(_ text: String) throws -> JSONNumber {
        guard case .number(let number) = try JSONParser.parse(text).value else {
            throw JSONParseError(message: "not a number", position: SourcePosition(line: 0, column: 0, offset: 0))
        }
        return number
    }

    @Test func equalValuesAreEqualWhateverTheSpelling() throws {
        #expect(try number("1.0") == number("1"))
        #expect(try number("100") == number("1e2"))
        #expect(try number("1E+2") == number("0.001e5"))
        #expect(try number("-0") == number("0"))
        #expect(try number("-0.0e-7") == number("0"))
        #expect(try number("1.0").isInteger)
        #expect(try !number("1.5").isInteger)
    }

    @Test(arguments: [
        ("0", "0", 0), ("-0", "0", 0), ("1", "1", 0), ("-12", "-12", 0), ("1200", "12", 2),
        ("1.50", "15", -1), ("0.001", "1", -3), ("-0.0120", "-12", -3), ("1e400", "1", 400),
        ("2.5E-400", "25", -401), ("0e99999999999999999999", "0", 0), ("123.456e3", "123456", 0),
        ("12345678901234567890123456789012345678901234567890", "1234567890123456789012345678901234567890123456789", 1),
        ("-98765432109876543210987654321.0", "-98765432109876543210987654321", 0),
        ("1e9223372036854775807", "1", 9_223_372_036_854_775_807),
        ("0.1e-9223372036854775807", "1", -9_223_372_036_854_775_808),
    ])
    func exactDecimalValue(text: String, significand: String, exponent: Int) throws {
        let parsed = try number(text)
        #expect(parsed.significand == BigInt(significand)!)
        #expect(parsed.exponent == exponent)
        // The parser's own normalisation agrees with JSONNumber's.
        #expect(parsed == JSONNumber(significand: BigInt(significand)!, exponent: exponent))
    }

    @Test func bigIntegersKeepEveryDigit() throws {
        let text = "-" + String(repeating: "9", count: 300)
        let parsed = try number(text)
        #expect(parsed.significand == BigInt(text)!)
        #expect(parsed.exponent == 0)
        #expect(parsed < JSONNumber(0))
        #expect(try number("1e400") > number(String(repeating: "9", count: 400)))
    }
}

/// A number's significant digits are limited, so a hostile number cannot stall the parser
/// (building an exact value from decimal digits is quadratic in their count).
@Suite struct JSONNumberDigitLimitTests {
    @Test func atTheLimitIsExactBeyondItIsAnErrorAtTheNumber() throws {
        let limit = JSONParseOptions.defaultMaximumSignificantDigits
        let atLimit = "-" + String(repeating: "7", count: limit)
        guard case .number(let n) = try JSONParser.parse(atLimit).value else { Issue.record("not a number"); return }
        #expect(n.jsonText == atLimit)

        let beyond = "[1, " + String(repeating: "7", count: limit + 1) + "]"
        #expect {
            try JSONParser.parse(beyond)
        } throws: { error in
            let e = error as? JSONParseError
            return e?.position.column == 5 && e?.message == "this number has \(limit + 1) significant digits; at most \(limit) are accepted"
        }
    }

    @Test func zerosAroundTheDigitsDoNotCount() throws {
        let limit = JSONParseOptions.defaultMaximumSignificantDigits
        let text = "0." + String(repeating: "0", count: limit) + "5" + String(repeating: "0", count: limit)
        #expect(try JSONParser.parse(text).value == JSONParser.parse("5e-\(limit + 1)").value)
        #expect(throws: Never.self) { try JSONParser.parse("1" + String(repeating: "0", count: 3 * limit)) }
    }

    @Test func theLimitIsAnOption() throws {
        #expect(throws: JSONParseError.self) { try JSONParser.parse("123", options: JSONParseOptions(maximumSignificantDigits: 2)) }
        #expect(throws: Never.self) { try JSONParser.parse("1200", options: JSONParseOptions(maximumSignificantDigits: 2)) }
    }
}
