// API CONTRACT (skeleton). The JSONSchema owner implements these and may extend them, but
// keeps these names and shapes: the Permits module and the command line are written
// against them. Move each declaration to its own well-named file when implementing.

/// RFC 6901 JSON Pointer.
public struct JSONPointer: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var tokens: [String]
    public init(tokens: [String] = []) { self.tokens = tokens }
    /// Parses "/a/b~1c"; throws on a string that is not a pointer.
    public init(parsing string: String) throws { fatalError("unimplemented") }
    public func appending(_ token: String) -> JSONPointer { JSONPointer(tokens: tokens + [token]) }
    public func appending(index: Int) -> JSONPointer { appending(String(index)) }
    public var parent: JSONPointer? { tokens.isEmpty ? nil : JSONPointer(tokens: Array(tokens.dropLast())) }
    /// "/a/b~1c" ("" for the root).
    public var description: String { fatalError("unimplemented") }
    public static func < (a: JSONPointer, b: JSONPointer) -> Bool { a.tokens.lexicographicallyPrecedes(b.tokens) }
}

/// A parsed JSON text: the value, and where each value and member key stands in the source.
public struct JSONDocument: Sendable {
    public let value: JSONValue
    /// Position of the first character of the value at `pointer`.
    public func position(of pointer: JSONPointer) -> SourcePosition? { fatalError("unimplemented") }
    /// Position of the opening quote of the member key named by the last token of `pointer`.
    public func keyPosition(of pointer: JSONPointer) -> SourcePosition? { fatalError("unimplemented") }
}

public struct JSONParseError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var position: SourcePosition
    public var description: String { "\(position): \(message)" }
}

public enum JSONParser {
    /// Strict RFC 8259 over UTF-8 bytes.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONDocument { fatalError("unimplemented") }
}

/// Serialises values deterministically (2-space indent, members in stored order, numbers
/// in their shortest exact form). Used for emitted schemas and JSON reports.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String { fatalError("unimplemented") }
}
