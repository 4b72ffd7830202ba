import OrderedCollections

/// Validation vocabulary: assertions about the instance itself.
enum ValidationKeywords {
    static let factories: [String: KeywordRegistry.Factory] = [
        "type": { c, v throws(SchemaError) in
            // As the meta-schema says: a type name, or a non-empty array of distinct ones. The
            // factories check their values themselves, since a schema whose "$schema" is not
            // the 2020-12 meta-schema is compiled without any meta-schema check.
            let names: [String]
            switch v {
            case .string(let t): names = [t]
            case .array(let a):
                names = try a.map { item throws(SchemaError) -> String in
                    guard case .string(let t) = item else { throw c.error("type", "must name types as strings") }
                    return t
                }
                guard !names.isEmpty else { throw c.error("type", "must name at least one type") }
                guard Set(names).count == names.count else { throw c.error("type", "must not name a type twice") }
            default: throw c.error("type", "must be a string or an array of strings")
            }
            for name in names where !TypeKeyword.names.contains(name) {
                throw c.error("type", "'\(name)' is not a type (expected one of \(TypeKeyword.names.joined(separator: ", ")))")
            }
            return TypeKeyword(types: names)
        },
        "enum": { c, v throws(SchemaError) in
            guard case .array(let values) = v else { throw c.error("enum", "must be an array") }
            return EnumKeyword(values: values, set: values.count > 16 ? Set(values) : [])
        },
        "const": { _, v in ConstKeyword(value: v) },
        "multipleOf": { c, v throws(SchemaError) in
            let n = try c.number("multipleOf", v)
            guard n.significand.signum() > 0 else { throw c.error("multipleOf", "must be greater than 0") }
            return MultipleOfKeyword(divisor: n)
        },
        "maximum": { c, v throws(SchemaError) in NumericLimitKeyword(limit: try c.number("maximum", v), kind: .maximum) },
        "exclusiveMaximum": { c, v throws(SchemaError) in NumericLimitKeyword(limit: try c.number("exclusiveMaximum", v), kind: .exclusiveMaximum) },
        "minimum": { c, v throws(SchemaError) in NumericLimitKeyword(limit: try c.number("minimum", v), kind: .minimum) },
        "exclusiveMinimum": { c, v throws(SchemaError) in NumericLimitKeyword(limit: try c.number("exclusiveMinimum", v), kind: .exclusiveMinimum) },
        "maxLength": { c, v throws(SchemaError) in CountKeyword(limit: try c.nonNegativeInteger("maxLength", v), kind: .maxLength) },
        "minLength": { c, v throws(SchemaError) in CountKeyword(limit: try c.nonNegativeInteger("minLength", v), kind: .minLength) },
        "maxItems": { c, v throws(SchemaError) in CountKeyword(limit: try c.nonNegativeInteger("maxItems", v), kind: .maxItems) },
        "minItems": { c, v throws(SchemaError) in CountKeyword(limit: try c.nonNegativeInteger("minItems", v), kind: .minItems) },
        "maxProperties": { c, v throws(SchemaError) in CountKeyword(limit: try c.nonNegativeInteger("maxProperties", v), kind: .maxProperties) },
        "minProperties": { c, v throws(SchemaError) in CountKeyword(limit: try c.nonNegativeInteger("minProperties", v), kind: .minProperties) },
        "maxContains": { c, v throws(SchemaError) in ContainsBoundKeyword(limit: try c.nonNegativeInteger("maxContains", v), isMaximum: true) },
        "minContains": { c, v throws(SchemaError) in ContainsBoundKeyword(limit: try c.nonNegativeInteger("minContains", v), isMaximum: false) },
        "pattern": { c, v throws(SchemaError) in
            guard case .string(let p) = v else { throw c.error("pattern", "must be a string") }
            return PatternKeyword(regex: try ECMARegex.cached(p), pattern: p)
        },
        "uniqueItems": { c, v throws(SchemaError) in
            guard case .bool(let b) = v else { throw c.error("uniqueItems", "must be a boolean") }
            return b ? UniqueItemsKeyword() : nil
        },
        "required": { c, v throws(SchemaError) in RequiredKeyword(names: try c.distinctStrings("required", v)) },
        "dependentRequired": { c, v throws(SchemaError) in
            guard case .object(let map) = v else { throw c.error("dependentRequired", "must be an object") }
            var rules: [(String, [String])] = []
            for (k, list) in map {
                rules.append((k, try c.distinctStrings("dependentRequired", list, what: "must map names to arrays of distinct strings")))
            }
            return DependentRequiredKeyword(rules: rules)
        },
    ]
}

struct TypeKeyword: KeywordValidator {
    static let names = ["array", "boolean", "integer", "null", "number", "object", "string"]
    /// Non-empty, distinct, each one of `names` (the factory checks).
    let types: [String]
    /// `types` as a set of kinds, so that a value is matched without comparing type names.
    private let accepted: Kinds

    init(types: [String]) {
        self.types = types
        accepted = Kinds(types.map(Kinds.init(name:)))
    }

    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        if accepted.matches(instance) { return true }
        let expected = types.count <= 1 ? types.joined() : types.dropLast().joined(separator: ", ") + " or " + types[types.count - 1]
        ev.fail("expected \(expected), found \(instance.typeName)",
                details: ["expected": types.count == 1 ? .string(types[0]) : .array(types.map { .string($0) }),
                          "found": .string(instance.typeName)])
        return false
    }

    private struct Kinds: OptionSet {
        let rawValue: UInt8
        static let null = Kinds(rawValue: 1 << 0)
        static let boolean = Kinds(rawValue: 1 << 1)
        static let number = Kinds(rawValue: 1 << 2)
        static let integer = Kinds(rawValue: 1 << 3)
        static let string = Kinds(rawValue: 1 << 4)
        static let array = Kinds(rawValue: 1 << 5)
        static let object = Kinds(rawValue: 1 << 6)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// One of `TypeKeyword.names`.
        init(name: String) {
            switch name {
            case "null": self = .null
            case "boolean": self = .boolean
            case "number": self = .number
            case "integer": self = .integer
            case "string": self = .string
            case "array": self = .array
            case "object": self = .object
            default: self = []  // not a type name: the factory rejects it
            }
        }

        func matches(_ value: JSONValue) -> Bool {
            switch value {
            case .null: contains(.null)
            case .bool: contains(.boolean)
            case .number(let n): contains(.number) || (contains(.integer) && n.isInteger)
            case .string: contains(.string)
            case .array: contains(.array)
            case .object: contains(.object)
            }
        }
    }
}

struct EnumKeyword: KeywordValidator {
    let values: [JSONValue]
    /// For a long list; a short one is compared value by value (cheaper than hashing).
    let set: Set<JSONValue>
    /// The strings in `values`: a string is compared with these only, for a short list,
    /// without copying each listed value out of `values` (a call and a retain each, which
    /// cost more than comparing it).
    private let strings: [String]

    init(values: [JSONValue], set: Set<JSONValue>) {
        self.values = values
        self.set = set
        strings = values.compactMap { value in
            guard case .string(let text) = value else { return nil }
            return text
        }
    }

    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        if set.isEmpty ? isListed(instance) : set.contains(instance) { return true }
        ev.fail("\(instance.brief) is not one of the allowed values: \(values.map(\.brief).joined(separator: ", "))",
                details: ["expected": .array(values)])
        return false
    }

    /// `values.contains(instance)`: a string equals no value of another kind.
    private func isListed(_ instance: JSONValue) -> Bool {
        guard case .string(let text) = instance else { return values.contains(instance) }
        return strings.contains { $0.hasSameScalars(as: text) }
    }
}

struct ConstKeyword: KeywordValidator {
    let value: JSONValue
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        if instance == value { return true }
        ev.fail("expected the value \(value.brief), found \(instance.brief)", details: ["expected": value])
        return false
    }
}

struct MultipleOfKeyword: KeywordValidator {
    let divisor: JSONNumber
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .number(let n) = instance, !n.isMultiple(of: divisor) else { return true }
        ev.fail("\(n.jsonText) is not a multiple of \(divisor.jsonText)", details: ["limit": .number(divisor)])
        return false
    }
}

struct NumericLimitKeyword: KeywordValidator {
    enum Kind { case maximum, exclusiveMaximum, minimum, exclusiveMinimum }
    let limit: JSONNumber
    let kind: Kind
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .number(let n) = instance else { return true }
        let ok: Bool
        let text: String
        switch kind {
        case .maximum: ok = n.compare(to: limit) <= 0; text = "at most"
        case .exclusiveMaximum: ok = n.compare(to: limit) < 0; text = "less than"
        case .minimum: ok = n.compare(to: limit) >= 0; text = "at least"
        case .exclusiveMinimum: ok = n.compare(to: limit) > 0; text = "greater than"
        }
        if !ok { ev.fail("\(n.jsonText) must be \(text) \(limit.jsonText)", details: ["limit": .number(limit)]) }
        return ok
    }
}

struct CountKeyword: KeywordValidator {
    enum Kind { case maxLength, minLength, maxItems, minItems, maxProperties, minProperties }
    let limit: Int
    let kind: Kind
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        let count: Int
        let noun: String
        switch (kind, instance) {
        case (.maxLength, .string(let s)), (.minLength, .string(let s)):
            count = s.scalarCount  // code points, not grapheme clusters
            noun = "character"
        case (.maxItems, .array(let a)), (.minItems, .array(let a)):
            count = a.count
            noun = "item"
        case (.maxProperties, .object(let o)), (.minProperties, .object(let o)):
            count = o.count
            noun = "propert"
        default: return true
        }
        let isMaximum = kind == .maxLength || kind == .maxItems || kind == .maxProperties
        let ok = isMaximum ? count <= limit : count >= limit
        if !ok {
            let plural = noun == "propert" ? (limit == 1 ? "property" : "properties") : (limit == 1 ? noun : noun + "s")
            let what = noun == "character" ? "the text" : noun == "item" ? "the array" : "the object"
            ev.fail("\(what) must have \(isMaximum ? "at most" : "at least") \(limit) \(plural), found \(count)",
                    details: ["limit": .number(JSONNumber(limit)), "actual": .number(JSONNumber(count))])
        }
        return ok
    }
}

struct ContainsBoundKeyword: KeywordValidator {
    let limit: Int
    let isMaximum: Bool
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard let count = scope.containsCount else { return true }  // no `contains`: no effect
        let ok = isMaximum ? count <= limit : count >= limit
        if !ok {
            ev.fail("the array must contain \(isMaximum ? "at most" : "at least") \(limit) matching items, found \(count)",
                    details: ["limit": .number(JSONNumber(limit)), "actual": .number(JSONNumber(count))])
        }
        return ok
    }
}

struct PatternKeyword: KeywordValidator {
    let regex: ECMARegex
    let pattern: String
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .string(let s) = instance else { return true }
        switch regex.search(s) {
        case .match:
            return true
        case .noMatch:
            ev.fail("\(instance.brief) does not match the pattern \(pattern)", details: ["pattern": .string(pattern)])
        case .tooComplex:
            // Neither "matches" nor "does not match": the validation fails closed and says why.
            ev.failUndecided(RegexLimitMessage.value(instance.brief, pattern), details: ["pattern": .string(pattern)])
        }
        return false
    }
}

struct UniqueItemsKeyword: KeywordValidator {
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .array(let items) = instance, let (first, second) = Self.firstDuplicate(in: items) else { return true }
        ev.fail("items \(first) and \(second) are equal; items must be unique",
                details: ["duplicates": [.number(JSONNumber(first)), .number(JSONNumber(second))]])
        return false
    }

    /// The first item equal to an earlier one, and that earlier one. A short array is
    /// compared pair by pair (cheaper than hashing every item); a long one is hashed.
    static func firstDuplicate(in items: [JSONValue]) -> (Int, Int)? {
        if items.count <= 16 {
            for i in items.indices {
                for j in 0..<i where items[j] == items[i] { return (j, i) }
            }
            return nil
        }
        var seen: [JSONValue: Int] = [:]
        for (i, item) in items.enumerated() {
            if let first = seen[item] { return (first, i) }
            seen[item] = i
        }
        return nil
    }
}

struct RequiredKeyword: KeywordValidator {
    let names: [String]
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .object(let members) = instance, !hasAll(members) else { return true }
        let missing = names.filter { members[$0] == nil }
        let list = missing.map { "'\($0)'" }.joined(separator: ", ")
        ev.fail(missing.count == 1 ? "required property \(list) is missing" : "required properties \(list) are missing",
                details: ["missing": .array(missing.map { .string($0) })])
        return false
    }
}

extension RequiredKeyword {
    /// Whether every name is a member (looked up in order, see `index(forName:trying:)`).
    func hasAll(_ members: OrderedDictionary<String, JSONValue>) -> Bool {
        var next = 0
        for name in names {
            guard let index = members.index(forName: name, trying: next) else { return false }
            next = index + 1
        }
        return true
    }
}

struct DependentRequiredKeyword: KeywordValidator {
    let rules: [(String, [String])]
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .object(let members) = instance else { return true }
        return ev.all(rules.lazy.filter { name, _ in members[name] != nil }) { name, required in
            guard !required.allSatisfy({ members[$0] != nil }) else { return true }
            let missing = required.filter { members[$0] == nil }
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            ev.fail("property '\(name)' requires \(list) as well, which \(missing.count == 1 ? "is" : "are") missing",
                    details: ["missing": .array(missing.map { .string($0) }), "property": .string(name)])
            return false
        }
    }
}

/// The wording for a value a pattern could not decide (see `ECMARegex`).
enum RegexLimitMessage {
    static func value(_ brief: String, _ pattern: String) -> String {
        "\(brief) could not be checked against the pattern \(pattern): the regular expression needs more work on this value than the engine allows (too much backtracking); the value is not accepted"
    }

    static func name(_ name: String, _ pattern: String) -> String {
        "property name '\(name)' could not be checked against the pattern \(pattern): the regular expression needs more work on it than the engine allows (too much backtracking); the property is not accepted"
    }
}
