/// RFC 6901 JSON Pointer.
public struct JSONPointer: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var tokens: [String]
    public init(tokens: [String] = []) { self.tokens = tokens }

    /// The empty pointer: the whole document.
    public static let root = JSONPointer()

    /// Parses "/a/b~1c"; throws on a string that is not a pointer (no leading "/", or a
    /// "~" not followed by "0" or "1").
    public init(parsing string: String) throws(JSONPointerError) {
        guard !string.isEmpty else {
            self.init()
            return
        }
        guard string.utf8.first == UInt8(ascii: "/") else {
            throw JSONPointerError(message: "JSON pointer \"\(string)\" must be empty or start with '/'")
        }
        var tokens: [String] = []
        for raw in string.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            tokens.append(try Self.unescape(raw, in: string))
        }
        self.init(tokens: tokens)
    }

    public func appending(_ token: String) -> JSONPointer { JSONPointer(tokens: tokens + [token]) }
    public func appending(index: Int) -> JSONPointer { appending(String(index)) }
    public var parent: JSONPointer? { tokens.isEmpty ? nil : JSONPointer(tokens: Array(tokens.dropLast())) }

    /// "/a/b~1c" ("" for the root).
    public var description: String {
        var text = ""
        for token in tokens {
            text += "/"
            text += Self.escape(token)
        }
        return text
    }

    public static func < (a: JSONPointer, b: JSONPointer) -> Bool { a.tokens.lexicographicallyPrecedes(b.tokens) }

    /// The value this pointer designates in `value`, or nil when there is none (a missing
    /// member, an index out of range, "-", or an index written with a leading zero).
    public func resolve(in value: JSONValue) -> JSONValue? {
        var current = value
        for token in tokens {
            switch current {
            case .object(let members):
                guard let member = members[token] else { return nil }
                current = member
            case .array(let elements):
                guard let index = Self.arrayIndex(token), index < elements.count else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// The array index a token names: "0" or digits without a leading zero (RFC 6901 §4).
    public static func arrayIndex(_ token: String) -> Int? {
        let utf8 = token.utf8
        guard let first = utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return nil }
        if first == UInt8(ascii: "0") { return utf8.count == 1 ? 0 : nil }
        var index = 0
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times10, overflow1) = index.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            index = sum
        }
        return index
    }

    /// "~" → "~0", "/" → "~1".
    static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(token.utf8.count + 2)
        for byte in token.utf8 {
            switch byte {
            case UInt8(ascii: "~"): bytes += [UInt8(ascii: "~"), UInt8(ascii: "0")]
            case UInt8(ascii: "/"): bytes += [UInt8(ascii: "~"), UInt8(ascii: "1")]
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func unescape(_ raw: Substring.UTF8View, in string: String) throws(JSONPointerError) -> String {
        guard raw.contains(UInt8(ascii: "~")) else { return String(decoding: raw, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var iterator = raw.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "~") else {
                bytes.append(byte)
                continue
            }
            switch iterator.next() {
            case UInt8(ascii: "0"): bytes.append(UInt8(ascii: "~"))
            case UInt8(ascii: "1"): bytes.append(UInt8(ascii: "/"))
            default:
                throw JSONPointerError(message: "JSON pointer \"\(string)\" has '~' not followed by '0' or '1'")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A string that is not a JSON pointer, or a URI fragment that does not hold one.
public struct JSONPointerError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
