// API CONTRACT (skeleton). The JSONSchema owner implements these and may extend them, but
// keeps these names and shapes: the Permits module and the command line are written
// against them. Move each declaration to its own well-named file when implementing.


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
