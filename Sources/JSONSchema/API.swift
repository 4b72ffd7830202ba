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

/// Known schemas by URI: preloaded with the 2020-12 meta-schemas; more can be added.
public final class SchemaRegistry: @unchecked Sendable {
    public init() { fatalError("unimplemented") }
    public func add(_ schema: JSONValue, uri: String? = nil) throws { fatalError("unimplemented") }
}

public struct ValidationOptions: Sendable {
    /// `format` as an assertion instead of an annotation.
    public var formatAssertion: Bool = false
    public init(formatAssertion: Bool = false) { self.formatAssertion = formatAssertion }
}

public struct SchemaError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// One failed assertion.
public struct ValidationError: Sendable, Hashable {
    /// The keyword that failed, e.g. "required", "pattern", "type".
    public var keyword: String
    public var instanceLocation: JSONPointer
    public var keywordLocation: JSONPointer
    public var absoluteKeywordLocation: String?
    /// English message, e.g. "required property 'passport' is missing".
    public var message: String
    /// Keyword-specific facts, e.g. ["missing": ["passport"]] for required,
    /// ["expected": ...] for const/enum/type.
    public var details: [String: JSONValue]
}

public struct ValidationResult: Sendable {
    public var isValid: Bool
    /// The leaf errors (the spec's "basic" output errors, flattened).
    public var errors: [ValidationError]
}

/// A schema compiled once into a tree of small validators; thread-safe to share.
public final class CompiledSchema: Sendable {
    public init(_ schema: JSONValue, registry: SchemaRegistry = SchemaRegistry(), options: ValidationOptions = .init()) throws(SchemaError) { fatalError("unimplemented") }
    public func validate(_ instance: JSONValue) -> ValidationResult { fatalError("unimplemented") }
}

/// The spec's standard output formats (JSON Schema 2020-12 §12.4).
public enum OutputFormat: String, Sendable, CaseIterable {
    case flag, basic, detailed
}

extension CompiledSchema {
    /// The standard output for `instance` as a JSON value; when `document` is given, each
    /// unit also carries the instance value's source line and column.
    public func output(_ instance: JSONValue, format: OutputFormat, document: JSONDocument? = nil) -> JSONValue { fatalError("unimplemented") }
}
