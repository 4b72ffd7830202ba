import BigInt

/// Keyword name → factory that compiles the keyword's value. Adding a keyword is adding a
/// validator type in its vocabulary's file and one line here.
enum KeywordRegistry {
    /// Factories check their keyword's value themselves and throw `SchemaError` saying where
    /// and why it is wrong.
    typealias Factory = @Sendable (KeywordContext, JSONValue) throws(SchemaError) -> (any KeywordValidator)?

    static let factories: [String: Factory] = {
        var f: [String: Factory] = [:]
        f.merge(CoreKeywords.factories) { a, _ in a }
        f.merge(ApplicatorKeywords.factories) { a, _ in a }
        f.merge(UnevaluatedKeywords.factories) { a, _ in a }
        f.merge(ValidationKeywords.factories) { a, _ in a }
        f.merge(AnnotationKeywords.factories) { a, _ in a }
        return f
    }()

    /// Evaluation order within one schema object: keywords that read what siblings found
    /// (`then`/`else` read `if`; `minContains`/`maxContains` read `contains`; the
    /// unevaluated keywords read every sibling's annotations) run later.
    static func phase(of keyword: String) -> Int {
        switch keyword {
        case "then", "else", "minContains", "maxContains": return 1
        case "unevaluatedItems", "unevaluatedProperties": return 2
        default: return 0
        }
    }
}

extension JSONValue {
    /// The JSON Schema type name ("integer" only through `isInteger`).
    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// A short rendering for messages (long values cut).
    var brief: String {
        let text: String
        switch self {
        case .null: text = "null"
        case .bool(let b): text = b ? "true" : "false"
        case .number(let n): text = n.jsonText
        case .string(let s): text = "'" + s + "'"
        case .array(let a): text = "[" + a.map(\.brief).joined(separator: ", ") + "]"
        case .object(let o): text = "{" + o.map { "'\($0.key)': \($0.value.brief)" }.joined(separator: ", ") + "}"
        }
        return text.count > 80 ? String(text.prefix(77)) + "..." : text
    }
}

/// Helpers that keyword factories use to read their values strictly.
extension KeywordContext {
    func schemaArray(_ name: String, _ value: JSONValue) throws(SchemaError) -> [SchemaNode] {
        guard case .array(let items) = value, !items.isEmpty else { throw error(name, "must be a non-empty array of schemas") }
        return try items.indices.map { i throws(SchemaError) in try subschema(name, String(i)) }
    }

    func nonNegativeInteger(_ name: String, _ value: JSONValue) throws(SchemaError) -> Int {
        guard case .number(let n) = value, n.isInteger, n.significand.signum() >= 0 else {
            throw error(name, "must be a non-negative integer")
        }
        // Limits beyond Int are as good as infinite (and 1e999999999 must stay cheap).
        guard n.exponent <= 18 else { return Int.max }
        return Int(exactly: n.significand * BigInt(10).power(n.exponent)) ?? Int.max
    }

    /// An array of distinct strings (`required`, `dependentRequired`, `dependencies`).
    func distinctStrings(_ name: String, _ value: JSONValue, what: String = "must be an array of distinct strings") throws(SchemaError) -> [String] {
        guard case .array(let items) = value else { throw error(name, what) }
        var seen: Set<JSONValue> = []  // by Unicode scalars, as uniqueItems compares
        return try items.map { item throws(SchemaError) -> String in
            guard case .string(let s) = item, seen.insert(item).inserted else { throw error(name, what) }
            return s
        }
    }

    func number(_ name: String, _ value: JSONValue) throws(SchemaError) -> JSONNumber {
        guard case .number(let n) = value else { throw error(name, "must be a number") }
        return n
    }
}
