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
        // Swift prints the shortest decimal that round-trips, which is valid JSON number text.
        guard value.isFinite, case .number(let number)? = try? JSONParser.parse("\(value)").value else {
            preconditionFailure("\(value) is not a JSON number")
        }
        self = .number(number)
    }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var members = OrderedDictionary<String, JSONValue>()
        for (key, value) in elements {
            // As with Swift's own dictionary literals, a repeated key is a programming error.
            precondition(members.updateValue(value, forKey: key) == nil, "duplicate key '\(key)' in a JSON object literal")
        }
        self = .object(members)
    }
}
