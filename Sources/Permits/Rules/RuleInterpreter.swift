import JSONSchema

/// What an expression may read besides the application itself.
public struct EvaluationContext: Sendable {
    public var instance: JSONValue
    public var today: CivilDate
    /// Nil where files cannot be read (then file checks are not applicable).
    public var files: (any FileAccess)?
    /// Values already reported as malformed (a wrong type, an unusable date...): reading
    /// one, or anything inside one, is unknown, so one bad value gets one finding.
    public var unreadable: Set<FieldPath>

    public init(instance: JSONValue, today: CivilDate, files: (any FileAccess)? = nil, unreadable: Set<FieldPath> = []) {
        self.instance = instance
        self.today = today
        self.files = files
        self.unreadable = unreadable
    }

    /// True when `path` is an unreadable value or lies inside one.
    func isUnreadable(_ path: FieldPath) -> Bool {
        guard !unreadable.isEmpty else { return false }
        var tokens = path.tokens[...]
        while true {
            if unreadable.contains(FieldPath(tokens: Array(tokens))) { return true }
            guard !tokens.isEmpty else { return false }
            tokens = tokens.dropLast()
        }
    }
}

/// A value during evaluation. Dates come from `addDays` and friends, or from strings that
/// ordered comparisons read as ISO dates.
public enum EvaluatedValue: Sendable, Hashable, CustomStringConvertible {
    case date(CivilDate)
    case json(JSONValue)

    public var description: String {
        switch self {
        case .date(let d): return d.description
        case .json(.string(let s)): return s
        case .json(.number(let n)): return n.description
        case .json(.bool(let b)): return b ? "true" : "false"
        case .json(.null): return "null"
        case .json: return "…"
        }
    }

    var bool: Bool? {
        if case .json(.bool(let b)) = self { return b }
        return nil
    }

    var asDate: CivilDate? {
        switch self {
        case .date(let d): return d
        case .json(.string(let s)): return CivilDate(iso: s)
        default: return nil
        }
    }
}

/// The interpreter. Absent fields, values of the wrong kind and values already reported as
/// unreadable make an expression unknown (`nil`), and a rule whose condition is unknown does
/// not apply: the schema already reports what is missing or malformed, so a rule never
/// reports it a second time.
public struct RuleInterpreter: Sendable {
    public let context: EvaluationContext

    public init(_ context: EvaluationContext) { self.context = context }

    public func evaluate(_ expression: Expression) -> EvaluatedValue? {
        switch expression {
        case .field(let path, let fallback):
            if context.isUnreadable(path) { return nil }
            if let v = path.resolve(in: context.instance) { return .json(v) }
            return fallback.flatMap(evaluate)
        case .constant(let v):
            return .json(v)
        case .today:
            return .date(context.today)
        case .addDays(let e, let n):
            return evaluate(e)?.asDate?.adding(days: n).map(EvaluatedValue.date)
        case .addMonths(let e, let n):
            return evaluate(e)?.asDate?.adding(months: n).map(EvaluatedValue.date)
        case .addYears(let e, let n):
            return evaluate(e)?.asDate?.adding(years: n).map(EvaluatedValue.date)
        case .lastDayOfYears(let e, let n):
            return evaluate(e)?.asDate?.lastDayOfPeriod(years: n).map(EvaluatedValue.date)
        case .compare(let op, let a, let b):
            guard let x = evaluate(a), let y = evaluate(b) else { return nil }
            return compare(op, x, y).map { .json(.bool($0)) }
        case .all(let items):
            var unknown = false
            for item in items {
                switch evaluate(item)?.bool {
                case false?: return .json(.bool(false))
                case nil: unknown = true
                case true?: break
                }
            }
            return unknown ? nil : .json(.bool(true))
        case .any(let items):
            var unknown = false
            for item in items {
                switch evaluate(item)?.bool {
                case true?: return .json(.bool(true))
                case nil: unknown = true
                case false?: break
                }
            }
            return unknown ? nil : .json(.bool(false))
        case .not(let e):
            return evaluate(e)?.bool.map { .json(.bool(!$0)) }
        case .exists(let path):
            if context.isUnreadable(path) { return nil }
            return .json(.bool(path.resolve(in: context.instance) != nil))
        case .check(let check, let path, let arguments):
            guard !context.isUnreadable(path), let value = path.resolve(in: context.instance) else { return nil }
            return NamedCheckEvaluator(context: context).evaluate(check, value, arguments).map { .json(.bool($0.passed)) }
        }
    }

    /// Dates compare as dates (a string side must be a real ISO date); numbers by value;
    /// other values only for (in)equality. Anything else is unknown.
    func compare(_ op: Expression.Comparison, _ x: EvaluatedValue, _ y: EvaluatedValue) -> Bool? {
        let ordering: Int?
        if case .date = x, let b = y.asDate, let a = x.asDate {
            ordering = a == b ? 0 : (a < b ? -1 : 1)
        } else if case .date = y, let a = x.asDate, let b = y.asDate {
            ordering = a == b ? 0 : (a < b ? -1 : 1)
        } else if case .json(.string) = x, case .json(.string) = y, op != .eq, op != .ne {
            guard let a = x.asDate, let b = y.asDate else { return nil }
            ordering = a == b ? 0 : (a < b ? -1 : 1)
        } else if case .json(.number(let a)) = x, case .json(.number(let b)) = y {
            ordering = a == b ? 0 : (a < b ? -1 : 1)
        } else if case .json(let a) = x, case .json(let b) = y {
            switch op {
            case .eq: return a == b
            case .ne: return a != b
            default: return nil
            }
        } else {
            return nil
        }
        guard let c = ordering else { return nil }
        switch op {
        case .eq: return c == 0
        case .ne: return c != 0
        case .lt: return c < 0
        case .lte: return c <= 0
        case .gt: return c > 0
        case .gte: return c >= 0
        }
    }
}
