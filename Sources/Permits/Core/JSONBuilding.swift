import JSONSchema

/// Small helpers to build JSON values in member order without naming the ordered
/// dictionary type (Permits depends on JSONSchema only).
extension JSONValue {
    static func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
        var value = JSONValue.object([:])
        if case .object(var members) = value {
            for (key, member) in pairs { members[key] = member }
            value = .object(members)
        }
        return value
    }

    static func int(_ n: Int) -> JSONValue { .number(JSONNumber(n)) }

    static func strings(_ items: [String]) -> JSONValue { .array(items.map(JSONValue.string)) }

    /// The members of an object, in order; nil for any other value.
    var members: [(String, JSONValue)]? {
        guard case .object(let m) = self else { return nil }
        return m.map { ($0.key, $0.value) }
    }

    subscript(member key: String) -> JSONValue? {
        guard case .object(let m) = self else { return nil }
        return m[key]
    }

    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var intValue: Int? {
        guard case .number(let n) = self, n.isInteger, n.exponent < 18 else { return nil }
        return Int(n.description)
    }
}

extension LocalizedText {
    var json: JSONValue { .object([("tr", .string(tr)), ("en", .string(en))]) }
}

extension GuideLink {
    var json: JSONValue { .object([("page", .string(page)), ("fragment", .string(fragment))]) }
}
