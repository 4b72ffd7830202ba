import JSONSchema

/// A JSON Pointer (RFC 6901) as rules write it, where a `*` token stands for every element
/// of an array: a thin layer over `JSONPointer`, which parses, prints and resolves it.
public struct FieldPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var pointer: JSONPointer

    public var tokens: [String] { pointer.tokens }

    public init(tokens: [String]) { pointer = JSONPointer(tokens: tokens) }

    public init(_ pointer: JSONPointer) { self.pointer = pointer }

    /// "/a/b~1c" → ["a", "b/c"]; "" is the root. For paths written in the form definitions:
    /// a string that is not a pointer is a programming error (`init(parsing:)` for data).
    public init(_ string: String) {
        guard let parsed = try? JSONPointer(parsing: string) else { preconditionFailure("not a JSON Pointer: \(string)") }
        pointer = parsed
    }

    /// A path read from data (`forms/rules.json`); nil when it is not a JSON Pointer.
    public init?(parsing string: String) {
        guard let parsed = try? JSONPointer(parsing: string) else { return nil }
        pointer = parsed
    }

    public var description: String { pointer.description }

    public var hasWildcard: Bool { tokens.contains("*") }

    public func appending(_ token: String) -> FieldPath { FieldPath(tokens: tokens + [token]) }

    public var parent: FieldPath? { pointer.parent.map(FieldPath.init) }

    /// The value at this path, or nil if any step is missing (a wildcard resolves nothing).
    public func resolve(in value: JSONValue) -> JSONValue? { pointer.resolve(in: value) }

    /// Every concrete path in `value` this (possibly wildcard) path names, in document
    /// order. A path without `*` is returned as is, present or not.
    public func expand(in value: JSONValue) -> [FieldPath] {
        guard hasWildcard else { return [self] }
        var results: [[String]] = [[]]
        for token in tokens {
            var next: [[String]] = []
            for prefix in results {
                if token == "*" {
                    if case .array(let items)? = FieldPath(tokens: prefix).resolve(in: value) {
                        for i in items.indices { next.append(prefix + [String(i)]) }
                    }
                } else {
                    next.append(prefix + [token])
                }
            }
            results = next
        }
        return results.map(FieldPath.init(tokens:))
    }

    /// Replaces the wildcards this path shares with `pattern` by the indices `concrete`
    /// chose for them, so all fields of one array element are read together:
    /// "/documents/*/file" bound by "/documents/*" to "/documents/2" is "/documents/2/file".
    public func binding(_ pattern: FieldPath, to concrete: FieldPath) -> FieldPath {
        var out = tokens
        for i in pattern.tokens.indices where pattern.tokens[i] == "*" && i < out.count && out[i] == "*" {
            let samePrefix = FieldPath(tokens: Array(out[..<i])).matches(FieldPath(tokens: Array(pattern.tokens[..<i])))
            if samePrefix { out[i] = concrete.tokens[i] }
        }
        return FieldPath(tokens: out)
    }

    /// True when `self` equals `pattern` token by token, `*` matching any index.
    public func matches(_ pattern: FieldPath) -> Bool {
        guard tokens.count == pattern.tokens.count else { return false }
        return zip(tokens, pattern.tokens).allSatisfy { $0 == $1 || $1 == "*" || $0 == "*" }
    }

    /// The path with every array index replaced by `*`, to look up a field's definition.
    public func generalized(in value: JSONValue) -> FieldPath {
        var out: [String] = []
        var current: JSONValue? = value
        for token in tokens {
            if case .array(let items)? = current {
                out.append("*")
                if let i = JSONPointer.arrayIndex(token), i < items.count { current = items[i] } else { current = nil }
            } else {
                out.append(token)
                if case .object(let m)? = current { current = m[token] } else { current = nil }
            }
        }
        return FieldPath(tokens: out)
    }

    public static func < (a: FieldPath, b: FieldPath) -> Bool { a.pointer < b.pointer }
}
