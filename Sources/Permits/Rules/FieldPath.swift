import JSONSchema

/// A JSON Pointer (RFC 6901) as rules write it, where a `*` token stands for every element
/// of an array. Kept as tokens so rules need no parser from the JSON layer.
public struct FieldPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var tokens: [String]

    public init(tokens: [String]) { self.tokens = tokens }

    /// "/a/b~1c" → ["a", "b/c"]; "" is the root.
    public init(_ pointer: String) {
        if pointer.isEmpty {
            tokens = []
        } else {
            tokens = pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
                $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            }
        }
    }

    public var description: String {
        tokens.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined()
    }

    public var hasWildcard: Bool { tokens.contains("*") }

    public func appending(_ token: String) -> FieldPath { FieldPath(tokens: tokens + [token]) }

    public var parent: FieldPath? { tokens.isEmpty ? nil : FieldPath(tokens: Array(tokens.dropLast())) }

    /// The value at this path, or nil if any step is missing.
    public func resolve(in value: JSONValue) -> JSONValue? {
        var current = value
        for token in tokens {
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let items):
                guard let index = Int(token), index >= 0, index < items.count, String(index) == token else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }

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
                if let i = Int(token), i >= 0, i < items.count { current = items[i] } else { current = nil }
            } else {
                out.append(token)
                if case .object(let m)? = current { current = m[token] } else { current = nil }
            }
        }
        return FieldPath(tokens: out)
    }

    public static func < (a: FieldPath, b: FieldPath) -> Bool { a.tokens.lexicographicallyPrecedes(b.tokens) }
}
