import JSONSchema

/// The JSON form of expressions, read by the browser's interpreter:
///
///     {"field": "/permit/end"}                {"field": "/applicationDate", "default": {"today": {}}}
///     {"const": true}                         {"today": {}}
///     {"addDays": [E, -60]}  {"addMonths": [E, 1]}  {"addYears": [E, 1]}  {"lastDayOfYears": [E, 1]}
///     {"op": "lte", "left": E, "right": E}    (eq ne lt lte gt gte)
///     {"all": [E...]}  {"any": [E...]}  {"not": E}  {"exists": "/path"}
///     {"check": "tcKimlik", "field": "/path", ...arguments}
extension Expression {
    public var json: JSONValue {
        switch self {
        case .field(let p, let d):
            var pairs: [(String, JSONValue)] = [("field", .string(p.description))]
            if let d { pairs.append(("default", d.json)) }
            return .object(pairs)
        case .constant(let v): return .object([("const", v)])
        case .today: return .object([("today", .object([]))])
        case .addDays(let e, let n): return .object([("addDays", .array([e.json, .int(n)]))])
        case .addMonths(let e, let n): return .object([("addMonths", .array([e.json, .int(n)]))])
        case .addYears(let e, let n): return .object([("addYears", .array([e.json, .int(n)]))])
        case .lastDayOfYears(let e, let n): return .object([("lastDayOfYears", .array([e.json, .int(n)]))])
        case .compare(let op, let a, let b):
            return .object([("op", .string(op.rawValue)), ("left", a.json), ("right", b.json)])
        case .all(let es): return .object([("all", .array(es.map(\.json)))])
        case .any(let es): return .object([("any", .array(es.map(\.json)))])
        case .not(let e): return .object([("not", e.json)])
        case .exists(let p): return .object([("exists", .string(p.description))])
        case .check(let c, let p, let args):
            return .object([("check", .string(c.rawValue)), ("field", .string(p.description))] + args.map { ($0.name, $0.value) })
        }
    }

    public struct DecodingError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads the JSON form; throws on anything it does not know.
    public init(json: JSONValue) throws(DecodingError) {
        // The discriminating key decides, wherever it stands among the members.
        let keys = ["op", "check", "field", "const", "today", "addDays", "addMonths", "addYears", "lastDayOfYears", "all", "any", "not", "exists"]
        guard let members = json.members,
              let key = keys.first(where: { json[member: $0] != nil }), let value = json[member: key] else {
            throw DecodingError(message: "an expression must be an object with one of: \(keys.joined(separator: ", "))")
        }
        func sub(_ v: JSONValue) throws(DecodingError) -> Expression { try Expression(json: v) }
        func pair(_ v: JSONValue) throws(DecodingError) -> (Expression, Int) {
            guard case .array(let items) = v, items.count == 2, let n = items[1].intValue else {
                throw DecodingError(message: "\(key) takes [expression, integer]")
            }
            return (try sub(items[0]), n)
        }
        func list(_ v: JSONValue) throws(DecodingError) -> [Expression] {
            guard case .array(let items) = v else { throw DecodingError(message: "\(key) takes an array") }
            var out: [Expression] = []
            for item in items { out.append(try sub(item)) }
            return out
        }
        func path(_ v: JSONValue) throws(DecodingError) -> FieldPath {
            guard let s = v.stringValue, let path = FieldPath(parsing: s) else {
                throw DecodingError(message: "\(key) takes a JSON Pointer string")
            }
            return path
        }
        switch key {
        case "field":
            let d = try json[member: "default"].map { (v) throws(DecodingError) in try sub(v) }
            self = .field(try path(value), default: d)
        case "const": self = .constant(value)
        case "today": self = .today
        case "addDays": let (e, n) = try pair(value); self = .addDays(e, n)
        case "addMonths": let (e, n) = try pair(value); self = .addMonths(e, n)
        case "addYears": let (e, n) = try pair(value); self = .addYears(e, n)
        case "lastDayOfYears": let (e, n) = try pair(value); self = .lastDayOfYears(e, n)
        case "op":
            guard let name = value.stringValue, let op = Comparison(rawValue: name),
                  let left = json[member: "left"], let right = json[member: "right"] else {
                throw DecodingError(message: "op takes a comparison name, left and right")
            }
            self = .compare(op, try sub(left), try sub(right))
        case "all": self = .all(try list(value))
        case "any": self = .any(try list(value))
        case "not": self = .not(try sub(value))
        case "exists": self = .exists(try path(value))
        case "check":
            guard let name = value.stringValue, let check = NamedCheck(rawValue: name),
                  let field = json[member: "field"] else {
                throw DecodingError(message: "check takes a known check name and a field")
            }
            let args = members.filter { $0.0 != "field" && $0.0 != "check" }.map { CheckArgument($0.0, $0.1) }
            self = .check(check, try path(field), arguments: args)
        default:
            throw DecodingError(message: "unknown expression '\(key)'")
        }
    }
}
