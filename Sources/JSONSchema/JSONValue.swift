import BigInt
import OrderedCollections

/// A JSON value as JSON Schema sees it.
///
/// Numbers keep their exact decimal value (`1.0 == 1`, `1e400` is fine); booleans are never
/// numbers; objects keep their members in source order but compare without regard to order;
/// strings compare by Unicode scalars (not by Swift's canonical equivalence).
///
/// Not `indirect`: arrays and dictionaries already store their elements out of line, so
/// boxing every value would only cost one allocation per value when parsing large files.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(OrderedDictionary<String, JSONValue>)
}

/// An exact decimal number: `significand × 10^exponent`, normalised so that equal numbers
/// have equal representations (no trailing zeros in the significand; zero has exponent 0).
public struct JSONNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var significand: BigInt
    public var exponent: Int

    public init(significand: BigInt, exponent: Int) {
        var s = significand
        var e = exponent
        if s == 0 {
            e = 0
        } else {
            // At `Int.max` the trailing zeros stay in the significand: no other
            // representation of that value exists, so it is still the only one.
            while e < Int.max, s % 10 == 0 {
                s /= 10
                e += 1
            }
        }
        self.significand = s
        self.exponent = e
    }

    /// Trusts the caller that `significand` has no trailing zeros (or is zero with exponent
    /// 0); the parser strips them from the digits, which is far cheaper than BigInt division.
    init(normalizedSignificand significand: BigInt, exponent: Int) {
        self.significand = significand
        self.exponent = exponent
    }

    public init(_ value: Int) { self.init(significand: BigInt(value), exponent: 0) }

    /// True when the value is a mathematical integer (`1.0` is an integer).
    public var isInteger: Bool { exponent >= 0 }

    /// Exact, and cheap whatever the exponents (`1e99999999 < 2` builds no power of ten
    /// beyond the digits written): see `compare(to:)`.
    public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.compare(to: rhs) < 0
    }

    /// The shortest exact decimal text, as `JSONWriter` writes it: "1", "1.5", "0.001",
    /// "1e400", "1.5e-10".
    public var description: String { jsonText }
}

/// A position in the source text: 1-based line and column (in Unicode scalars), 0-based
/// byte offset.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool { a.offset < b.offset }
    public var description: String { "\(line):\(column)" }
}

extension JSONValue: Hashable {
    /// JSON Schema equality: numbers by value, strings by scalars, objects ignoring order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a.hasSameScalars(as: b)
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            guard a.count == b.count else { return false }
            for (key, value) in a {
                guard let other = b[key], other == value else { return false }
            }
            return true
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .number(let n): hasher.combine(n)
        case .string(let s): s.hashScalars(into: &hasher)
        case .array(let a): hasher.combine(a)
        case .object(let o):
            // Order-independent: combine a commutative sum of member hashes.
            var sum = 0
            for (k, v) in o {
                var h = Hasher()
                k.hashScalars(into: &h)
                h.combine(v)
                sum &+= h.finalize()
            }
            hasher.combine(sum)
        }
    }
}

extension String {
    /// Equality by Unicode scalars (not Swift's canonical equivalence). UTF-8 encodes each
    /// scalar sequence one way only, so equal bytes are equal scalars.
    func hasSameScalars(as other: String) -> Bool {
        // The lengths are kept with the strings: unequal ones are told without the bytes.
        guard utf8.count == other.utf8.count else { return false }
        var a = self
        var b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                for i in x.indices where x[i] != y[i] { return false }
                return true
            }
        }
    }

    /// Hashes what `hasSameScalars` compares: the UTF-8 bytes.
    func hashScalars(into hasher: inout Hasher) {
        var s = self
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(utf8.count)
    }

    /// The number of Unicode scalars (what JSON Schema's lengths count), from the UTF-8
    /// bytes: every byte but a continuation byte starts one.
    var scalarCount: Int {
        var s = self
        return s.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}
