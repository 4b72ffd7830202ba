import BigInt
import OrderedCollections

// Literal conformances so schemas and instances can be written inline in Swift (tests,
// form definitions). `1.5` is converted through its shortest decimal description, so it
// stays exact (`0.1` is 1×10⁻¹, not the binary double).

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(floatLiteral value: Double) {
        self = .number(JSONNumber(decimalString: "\(value)") ?? JSONNumber(0))
    }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var members = OrderedDictionary<String, JSONValue>()
        for (key, value) in elements { members[key] = value }
        self = .object(members)
    }
}

extension JSONNumber {
    /// Parses a JSON-style decimal such as "-12.5e3" exactly; nil when malformed.
    init?(decimalString text: String) {
        var scalars = Substring(text)
        var negative = false
        if scalars.first == "-" {
            negative = true
            scalars = scalars.dropFirst()
        }
        var mantissa = scalars
        var exponent = 0
        if let e = scalars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let exp = Int(scalars[scalars.index(after: e)...]) else { return nil }
            exponent = exp
            mantissa = scalars[..<e]
        }
        var digits = String(mantissa)
        if let dot = mantissa.firstIndex(of: ".") {
            let fraction = mantissa[mantissa.index(after: dot)...]
            exponent -= fraction.count
            digits = String(mantissa[..<dot]) + fraction
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = BigInt(digits) else { return nil }
        self.init(significand: negative ? -value : value, exponent: exponent)
    }
}
