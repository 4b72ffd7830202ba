import BigInt
import Testing
@testable import JSONSchema

/// `JSONNumber.compare(to:)` takes a shortcut when both significands fit in 64 bits: around
/// that boundary, across exponents and signs, it must agree with plain BigInt arithmetic.
@Suite struct NumberComparisonTests {
    static let texts = [
        "0", "-0", "0.0", "1", "1.0", "-1", "10", "1e1", "100", "1e2", "99.99", "100.0000000000000000001",
        "0.1", "0.10000000000000000001", "0.09999999999999999999", "0.5", "5e-1", "4.9999999999999999999e-1",
        "12.5", "125e-1", "1.25e1", "12.50000000000000000001",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551616", "-18446744073709551615", "-18446744073709551616",
        "1844674407370955161.5", "1.8446744073709551615e19", "1.8446744073709551616e19",
        "10000000000000000000", "1e19", "99999999999999999999", "1e20", "9999999999999999999e1",
        "1e400", "-1e400", "1e-400", "-1e-400", "18446744073709551615e380", "18446744073709551616e-420",
    ]

    private func number(_ text: String) throws -> JSONNumber {
        guard case .number(let n) = try JSONParser.parse(text).value else {
            throw SchemaError(message: "\(text) is not a number")
        }
        return n
    }

    /// Both scaled to the smaller exponent: exact, and cheap for these exponents.
    private func reference(_ a: JSONNumber, _ b: JSONNumber) -> Int {
        let e = min(a.exponent, b.exponent)
        let x = a.significand * BigInt(10).power(a.exponent - e)
        let y = b.significand * BigInt(10).power(b.exponent - e)
        return x == y ? 0 : (x < y ? -1 : 1)
    }

    @Test func agreesWithBigIntArithmetic() throws {
        let numbers = try Self.texts.map(number)
        for (a, textA) in zip(numbers, Self.texts) {
            for (b, textB) in zip(numbers, Self.texts) {
                #expect(a.compare(to: b) == reference(a, b), "\(textA) vs \(textB)")
            }
        }
    }

    @Test func limitsAtTheBoundary() throws {
        func valid(_ schema: JSONValue, _ text: String) throws -> Bool {
            try CompiledSchema(schema).isValid(JSONParser.parse(text).value)
        }
        #expect(try valid(["maximum": .number(number("18446744073709551615"))], "18446744073709551615"))
        #expect(try !valid(["maximum": .number(number("18446744073709551615"))], "18446744073709551616"))
        #expect(try valid(["exclusiveMinimum": .number(number("18446744073709551615"))], "1.8446744073709551616e19"))
        #expect(try !valid(["exclusiveMinimum": .number(number("18446744073709551615"))], "1.8446744073709551615e19"))
        #expect(try valid(["minimum": 0, "maximum": 100], "-0"))
        #expect(try valid(["minimum": 0, "maximum": 100], "100.0"))
        #expect(try !valid(["minimum": 0, "maximum": 100], "100.00000000000000000001"))
        #expect(try !valid(["minimum": 0], "-1e-400"))
        #expect(try !valid(["maximum": 100], "1e400"))
    }
}
