import CivilDates
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
    /// Every string of the instance that is a real `YYYY-MM-DD` day, parsed once when the
    /// context is made, by its place: rules read a date field many times, never parse it again.
    let dates: [FieldPath: CivilDate]

    public init(instance: JSONValue, today: CivilDate, files: (any FileAccess)? = nil, unreadable: Set<FieldPath> = []) {
        self.instance = instance
        self.today = today
        self.files = files
        self.unreadable = unreadable
        self.dates = Self.dates(in: instance)
    }

    /// The dates of `value` by their paths, found in one walk. A path is spelled out only
    /// for a date (a large array of other values costs no strings).
    static func dates(in value: JSONValue) -> [FieldPath: CivilDate] {
        enum Step { case member(String), element(Int) }
        var found: [FieldPath: CivilDate] = [:]
        var steps: [Step] = []
        func walk(_ value: JSONValue) {
            switch value {
            case .string(let text):
                guard let date = CivilDate(iso: text) else { return }
                found[FieldPath(tokens: steps.map {
                    switch $0 {
                    case .member(let name): name
                    case .element(let index): String(index)
                    }
                })] = date
            case .object(let members):
                for (name, member) in members {
                    steps.append(.member(name))
                    walk(member)
                    steps.removeLast()
                }
            case .array(let items):
                for (index, item) in items.enumerated() {
                    steps.append(.element(index))
                    walk(item)
                    steps.removeLast()
                }
            default:
                break
            }
        }
        walk(value)
        return found
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

/// A value during evaluation. Dates come from `addDays` and friends (`date`), or are strings
/// that read as dates (`dateText`: a field's, parsed once per run, or a constant's), which
/// ordered comparisons compare as dates and (in)equality as the strings they are.
public enum EvaluatedValue: Sendable, Hashable, CustomStringConvertible {
    case date(CivilDate)
    case dateText(String, CivilDate)
    case json(JSONValue)

    /// A JSON value, with its date when it is a string that reads as one.
    init(_ value: JSONValue, date: CivilDate?) {
        if case .string(let text) = value, let date { self = .dateText(text, date) } else { self = .json(value) }
    }

    public var description: String {
        switch self {
        case .date(let d): return d.description
        case .dateText(let s, _): return s
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

    /// The date this value is or reads as; a string that is not a date has none.
    var asDate: CivilDate? {
        switch self {
        case .date(let d), .dateText(_, let d): return d
        case .json: return nil
        }
    }

    /// The JSON value a value read from the instance or the rule is (a computed date is none).
    var jsonValue: JSONValue? {
        switch self {
        case .date: return nil
        case .dateText(let s, _): return .string(s)
        case .json(let v): return v
        }
    }

    var isText: Bool {
        switch self {
        case .dateText, .json(.string): return true
        default: return false
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
            if let v = path.resolve(in: context.instance) { return EvaluatedValue(v, date: context.dates[path]) }
            return fallback.flatMap(evaluate)
        case .constant(let v):
            return EvaluatedValue(v, date: v.stringValue.flatMap(CivilDate.init(iso:)))
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
        } else if x.isText, y.isText, op != .eq, op != .ne {
            guard let a = x.asDate, let b = y.asDate else { return nil }
            ordering = a == b ? 0 : (a < b ? -1 : 1)
        } else if case .json(.number(let a)) = x, case .json(.number(let b)) = y {
            ordering = a == b ? 0 : (a < b ? -1 : 1)
        } else if let a = x.jsonValue, let b = y.jsonValue {
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
