import JSONSchema

/// A rule's condition as data: a small expression tree that the Swift interpreter here and
/// the browser's JavaScript interpreter both evaluate from the same JSON
/// (see `Expression.json` and docs/rules.md for the JSON form).
public indirect enum Expression: Sendable, Hashable {
    /// The value at a path of the application; `default` when it is absent.
    case field(FieldPath, default: Expression?)
    case constant(JSONValue)
    /// The validation date (`--today`).
    case today
    case addDays(Expression, Int)
    case addMonths(Expression, Int)
    case addYears(Expression, Int)
    /// The last day of a period of n years starting on the date: the day before the same
    /// date n years later. A period starting on 29 February ends on 28 February, because
    /// in a common year its anniversary is 1 March (not 28 February, as `addYears` gives).
    case lastDayOfYears(Expression, Int)
    case compare(Comparison, Expression, Expression)
    case all([Expression])
    case any([Expression])
    case not(Expression)
    /// True when the path is present in the application.
    case exists(FieldPath)
    /// A named predicate (an identifier checksum, a file's type...) on one field.
    case check(NamedCheck, FieldPath, arguments: [CheckArgument])

    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case eq, ne, lt, lte, gt, gte
    }
}

/// An argument of a named check, e.g. `types: ["jpeg", "png"]` or `max: 2097152`.
public struct CheckArgument: Sendable, Hashable {
    public var name: String
    public var value: JSONValue
    public init(_ name: String, _ value: JSONValue) {
        self.name = name
        self.value = value
    }
}

/// Predicates too specific for the expression language, named so that each interpreter
/// implements them once; their test vectors are shared (forms/rule-vectors.json).
public enum NamedCheck: String, Sendable, Hashable, CaseIterable {
    /// T.C./foreign identity number: 11 digits, not starting with 0, both check digits.
    case tcKimlik
    /// Starts with 99 or 98.
    case foreignIdentityPrefix
    /// Does not start with 98 (temporary protection).
    case notTemporaryProtection
    /// 26 ASCII digits.
    case sgkNumber
    /// 16 ASCII digits.
    case consulateReference
    /// A phone number as people write it: `+` or `00` and 7–15 digits, or a Turkish
    /// national number (0 and ten digits, or ten digits), grouped by spaces, dashes, dots,
    /// slashes or brackets.
    case phoneNumber
    /// Three capital letters (ISO 3166-1 alpha-3) or `KKTC`.
    case nationalityCode
    /// An existing day written as YYYY-MM-DD.
    case calendarDate
    /// A relative path that stays inside the application's folder.
    case fileInsideFolder
    case fileExists
    case fileNotEmpty
    /// The file's bytes show one of `types`.
    case fileType
    /// The file has at most `max` bytes.
    case fileMaxBytes
}

/// Shorthands for writing rules in Swift.
extension Expression {
    public static func field(_ pointer: String) -> Expression { .field(FieldPath(pointer), default: nil) }
    public static func date(_ iso: String) -> Expression { .constant(.string(iso)) }
    public static func check(_ check: NamedCheck, _ pointer: String, _ arguments: CheckArgument...) -> Expression {
        .check(check, FieldPath(pointer), arguments: arguments)
    }
    public static func equals(_ pointer: String, _ value: JSONValue) -> Expression {
        .compare(.eq, .field(pointer), .constant(value))
    }
    public static func lte(_ a: Expression, _ b: Expression) -> Expression { .compare(.lte, a, b) }
    public static func lt(_ a: Expression, _ b: Expression) -> Expression { .compare(.lt, a, b) }
    public static func gte(_ a: Expression, _ b: Expression) -> Expression { .compare(.gte, a, b) }
    public static func gt(_ a: Expression, _ b: Expression) -> Expression { .compare(.gt, a, b) }

    /// The same expression with its wildcard paths bound to one array element.
    func binding(_ pattern: FieldPath, to concrete: FieldPath) -> Expression {
        func b(_ e: Expression) -> Expression { e.binding(pattern, to: concrete) }
        switch self {
        case .field(let p, let d): return .field(p.binding(pattern, to: concrete), default: d.map(b))
        case .constant, .today: return self
        case .addDays(let e, let n): return .addDays(b(e), n)
        case .addMonths(let e, let n): return .addMonths(b(e), n)
        case .addYears(let e, let n): return .addYears(b(e), n)
        case .lastDayOfYears(let e, let n): return .lastDayOfYears(b(e), n)
        case .compare(let op, let x, let y): return .compare(op, b(x), b(y))
        case .all(let es): return .all(es.map(b))
        case .any(let es): return .any(es.map(b))
        case .not(let e): return .not(b(e))
        case .exists(let p): return .exists(p.binding(pattern, to: concrete))
        case .check(let c, let p, let args): return .check(c, p.binding(pattern, to: concrete), arguments: args)
        }
    }
}
