/// A schema that cannot be compiled: an unresolvable reference, an invalid regular
/// expression, a required vocabulary we do not know, a keyword of the wrong type.
public struct SchemaError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// One failed assertion.
public struct ValidationError: Sendable, Hashable, CustomStringConvertible {
    /// The keyword that failed, e.g. "required", "pattern", "type" ("false" for a false schema).
    public var keyword: String
    /// The instance value that failed (for `required`, the object lacking the property).
    public var instanceLocation: JSONPointer
    /// The evaluation path: how the validator got here, through `$ref`s.
    public var keywordLocation: JSONPointer
    /// The keyword's canonical location: its schema resource's URI and a pointer inside it.
    public var absoluteKeywordLocation: String?
    /// English message, e.g. "required property 'passport' is missing".
    public var message: String
    /// Keyword-specific facts, e.g. ["missing": ["passport"]] for required,
    /// ["expected": ...] for const/enum/type, ["limit": 3] for minLength.
    public var details: [String: JSONValue]

    public init(keyword: String, instanceLocation: JSONPointer, keywordLocation: JSONPointer,
                absoluteKeywordLocation: String?, message: String, details: [String: JSONValue] = [:]) {
        self.keyword = keyword
        self.instanceLocation = instanceLocation
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.message = message
        self.details = details
    }

    /// True when the value could be neither accepted nor rejected, only not checked: a
    /// `pattern` whose regular expression exceeded the engine's work limit on it
    /// (`details["undecided"]` is `true`). Such a value fails validation (fails closed).
    public var isUndecided: Bool { details["undecided"] == .bool(true) }

    /// "/passport: required property 'number' is missing"-style one-liner.
    public var description: String {
        let at = pointerString(instanceLocation.tokens)
        return "\(at.isEmpty ? "(root)" : at): \(message)"
    }
}

/// The outcome of validating one instance.
public struct ValidationResult: Sendable {
    public var isValid: Bool
    /// The leaf errors (the spec's "basic" output errors, flattened), in evaluation order;
    /// at most `ValidationOptions.maxErrors`.
    public var errors: [ValidationError]
    /// True when more failures were found than `errors` lists (`maxErrors` reached).
    public var truncated: Bool
    /// The failures not listed, counted and grouped by keyword location, each with its first
    /// one as a sample, in the order first met. Failures inside alternatives (`anyOf`,
    /// `oneOf`, `not`, `if`, `contains`, `propertyNames`) are not counted: the keyword's
    /// own failure is. So `omittedCount` may be 0 while `truncated` is true.
    public var omitted: [OmittedErrors]

    public var omittedCount: Int { omitted.reduce(0) { $0 + $1.count } }

    public init(isValid: Bool, errors: [ValidationError], truncated: Bool = false, omitted: [OmittedErrors] = []) {
        self.isValid = isValid
        self.errors = errors
        self.truncated = truncated
        self.omitted = omitted
    }
}

/// Failures of one keyword that were counted but not listed (past `maxErrors`).
public struct OmittedErrors: Sendable, Hashable {
    /// The first of them, complete.
    public var sample: ValidationError
    public var count: Int

    public init(sample: ValidationError, count: Int) {
        self.sample = sample
        self.count = count
    }
}

extension ValidationError {
    /// Where the failing value stands in the source text. For an error about one property
    /// (an additional or unevaluated property, a bad property name, or a failure inside
    /// `propertyNames`, whose instance is the name) this is the position of the property's
    /// key; for `required`, of the object lacking the property.
    public func sourcePosition(in document: JSONDocument) -> SourcePosition? {
        if isAboutAMemberName || isInsidePropertyNames, let key = document.keyPosition(of: instanceLocation) { return key }
        return document.position(of: instanceLocation)
    }

    /// True when the failure is about the name of the member it points at (an unknown
    /// member, a name that fails `propertyNames`): then its key is the place. A failure that
    /// only names a member of the object it points at (`dependentRequired`'s trigger) is
    /// about the object, and points at it, as `required` does.
    var isAboutAMemberName: Bool {
        guard case .string(let name)? = details["property"] else { return false }
        return instanceLocation.tokens.last == name
    }

    /// True when the keyword path passes through `propertyNames` as a keyword (not as the
    /// name of a property or definition that happens to be spelled so).
    var isInsidePropertyNames: Bool {
        let namers: Set<String> = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependentRequired"]
        let tokens = keywordLocation.tokens
        return tokens.indices.contains { i in tokens[i] == "propertyNames" && (i == 0 || !namers.contains(tokens[i - 1])) }
    }
}
