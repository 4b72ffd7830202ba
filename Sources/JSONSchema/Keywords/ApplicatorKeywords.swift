import OrderedCollections

/// Applicator vocabulary: keywords that apply subschemas to the instance or its parts.
enum ApplicatorKeywords {
    static let factories: [String: KeywordRegistry.Factory] = [
        "allOf": { c, v throws(SchemaError) in AllOfKeyword(subschemas: try c.schemaArray("allOf", v)) },
        "anyOf": { c, v throws(SchemaError) in AnyOfKeyword(subschemas: try c.schemaArray("anyOf", v)) },
        "oneOf": { c, v throws(SchemaError) in OneOfKeyword(subschemas: try c.schemaArray("oneOf", v)) },
        "not": { c, _ throws(SchemaError) in NotKeyword(subschema: try c.subschema("not")) },
        "if": { c, _ throws(SchemaError) in IfKeyword(subschema: try c.subschema("if")) },
        "then": { c, _ throws(SchemaError) in c.sibling("if") == nil ? nil : ThenElseKeyword(subschema: try c.subschema("then"), runsWhen: true) },
        "else": { c, _ throws(SchemaError) in c.sibling("if") == nil ? nil : ThenElseKeyword(subschema: try c.subschema("else"), runsWhen: false) },
        "dependentSchemas": { c, v throws(SchemaError) in
            guard case .object(let map) = v else { throw c.error("dependentSchemas", "must be an object") }
            return DependentSchemasKeyword(schemas: try map.keys.map { k throws(SchemaError) in (k, try c.subschema("dependentSchemas", k)) })
        },
        "dependencies": { c, v throws(SchemaError) in
            // Compatibility with draft 2019-09: arrays are dependentRequired, schemas are
            // dependentSchemas.
            guard case .object(let map) = v else { throw c.error("dependencies", "must be an object") }
            var required: [(String, [String])] = []
            var schemas: [(String, SchemaNode)] = []
            for (k, item) in map {
                if case .array = item {
                    required.append((k, try c.distinctStrings("dependencies", item, what: "must map names to schemas or arrays of distinct strings")))
                } else {
                    schemas.append((k, try c.subschema("dependencies", k)))
                }
            }
            return DependenciesKeyword(required: DependentRequiredKeyword(rules: required), schemas: DependentSchemasKeyword(schemas: schemas))
        },
        "prefixItems": { c, v throws(SchemaError) in PrefixItemsKeyword(subschemas: try c.schemaArray("prefixItems", v)) },
        "items": { c, _ throws(SchemaError) in
            var prefix = 0
            if case .array(let p)? = c.sibling("prefixItems") { prefix = p.count }
            return ItemsKeyword(subschema: try c.subschema("items"), prefixCount: prefix)
        },
        "contains": { c, _ throws(SchemaError) in
            var minimum = 1
            if let m = c.sibling("minContains") { minimum = try c.nonNegativeInteger("minContains", m) }
            return ContainsKeyword(subschema: try c.subschema("contains"), reportsMinimum: c.sibling("minContains") == nil, minimum: minimum)
        },
        "properties": { c, v throws(SchemaError) in
            guard case .object(let map) = v else { throw c.error("properties", "must be an object") }
            var nodes: [(String, SchemaNode)] = []
            for k in map.keys { nodes.append((k, try c.subschema("properties", k))) }
            return PropertiesKeyword(properties: nodes)
        },
        "patternProperties": { c, v throws(SchemaError) in
            guard case .object(let map) = v else { throw c.error("patternProperties", "must be an object") }
            var nodes: [(ECMARegex, String, SchemaNode)] = []
            for k in map.keys {
                nodes.append((try ECMARegex.cached(k), k, try c.subschema("patternProperties", k)))
            }
            return PatternPropertiesKeyword(patterns: nodes)
        },
        "additionalProperties": { c, _ throws(SchemaError) in
            var names: [String] = []
            if case .object(let p)? = c.sibling("properties") { names = Array(p.keys) }
            var patterns: [ECMARegex] = []
            if case .object(let p)? = c.sibling("patternProperties") { patterns = try p.keys.map { k throws(SchemaError) in try ECMARegex.cached(k) } }
            return AdditionalPropertiesKeyword(subschema: try c.subschema("additionalProperties"), declared: NameSet(names), patterns: patterns)
        },
        "propertyNames": { c, _ throws(SchemaError) in PropertyNamesKeyword(subschema: try c.subschema("propertyNames")) },
    ]
}

struct AllOfKeyword: KeywordValidator {
    let subschemas: [SchemaNode]
    var inPlaceSubschemas: [SchemaNode] { subschemas }
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        ev.all(subschemas.enumerated()) { i, node in
            let r = ev.descend(node, instance, keywordToken: .index(i))
            if r.valid { scope.evaluated.merge(r.evaluated) }
            return r.valid
        }
    }
}

struct AnyOfKeyword: KeywordValidator {
    let subschemas: [SchemaNode]
    var inPlaceSubschemas: [SchemaNode] { subschemas }
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        var valid = false
        // Every branch runs when annotations matter: the ones that pass all contribute.
        for (i, node) in subschemas.enumerated() {
            let r = ev.tentatively { ev.descend(node, instance, keywordToken: .index(i)) }
            if r.valid {
                valid = true
                scope.evaluated.merge(r.evaluated)
                if !ev.tracksEvaluated { return true }
            }
        }
        if !valid { ev.fail("the value matches none of the \(subschemas.count) alternatives (anyOf)") }
        return valid
    }
}

struct OneOfKeyword: KeywordValidator {
    let subschemas: [SchemaNode]
    var inPlaceSubschemas: [SchemaNode] { subschemas }
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        var matched: [Int] = []
        var evaluated = Evaluated()
        // A second match decides; collecting goes on to name every branch that matched.
        _ = ev.all(subschemas.enumerated()) { i, node in
            let r = ev.tentatively { ev.descend(node, instance, keywordToken: .index(i)) }
            if r.valid {
                matched.append(i)
                evaluated.merge(r.evaluated)
            }
            return matched.count <= 1
        }
        if matched.count == 1 {
            scope.evaluated.merge(evaluated)
            return true
        }
        if matched.isEmpty {
            ev.fail("the value matches none of the \(subschemas.count) alternatives (oneOf)")
        } else {
            ev.fail("the value matches more than one alternative (oneOf: \(matched.map(String.init).joined(separator: ", ")))",
                    details: ["matched": .array(matched.map { .number(JSONNumber($0)) })])
        }
        return false
    }
}

struct NotKeyword: KeywordValidator {
    let subschema: SchemaNode
    var inPlaceSubschemas: [SchemaNode] { [subschema] }
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        let r = ev.tentatively { ev.descend(subschema, instance) }
        if r.valid { ev.fail("the value must not match the schema under 'not'") }
        return !r.valid
    }
}

struct IfKeyword: KeywordValidator {
    let subschema: SchemaNode
    var inPlaceSubschemas: [SchemaNode] { [subschema] }
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        let r = ev.tentatively { ev.descend(subschema, instance) }
        scope.ifResult = r.valid
        if r.valid { scope.evaluated.merge(r.evaluated) }
        return true  // `if` itself never fails
    }
}

struct ThenElseKeyword: KeywordValidator {
    let subschema: SchemaNode
    var inPlaceSubschemas: [SchemaNode] { [subschema] }
    /// true for `then`, false for `else`.
    let runsWhen: Bool
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard scope.ifResult == runsWhen else { return true }
        let r = ev.descend(subschema, instance)
        if r.valid { scope.evaluated.merge(r.evaluated) }
        return r.valid
    }
}

struct DependentSchemasKeyword: KeywordValidator {
    let schemas: [(String, SchemaNode)]
    var inPlaceSubschemas: [SchemaNode] { schemas.map(\.1) }
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .object(let members) = instance else { return true }
        return ev.all(schemas.lazy.filter { name, _ in members[name] != nil }) { name, node in
            let r = ev.descend(node, instance, keywordToken: .key(name))
            if r.valid { scope.evaluated.merge(r.evaluated) }
            return r.valid
        }
    }
}

struct DependenciesKeyword: KeywordValidator {
    let required: DependentRequiredKeyword
    let schemas: DependentSchemasKeyword
    var inPlaceSubschemas: [SchemaNode] { schemas.inPlaceSubschemas }
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        let parts: [any KeywordValidator] = [required, schemas]
        return ev.all(parts) { $0.evaluate(instance, &scope, ev) }
    }
}

struct PrefixItemsKeyword: KeywordValidator {
    let subschemas: [SchemaNode]
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .array(let items) = instance else { return true }
        let n = Swift.min(items.count, subschemas.count)
        let valid = ev.all(0..<n) { i in
            ev.descend(subschemas[i], items[i], instanceToken: .index(i), keywordToken: .index(i)).valid
        }
        if n > 0 {
            if n == items.count { scope.evaluated.allItems = true } else { scope.evaluated.items.formUnion(0..<n) }
            ev.annotate(n == items.count ? .bool(true) : .number(JSONNumber(n - 1)))
        }
        return valid
    }
}

struct ItemsKeyword: KeywordValidator {
    let subschema: SchemaNode
    let prefixCount: Int
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .array(let items) = instance, items.count > prefixCount else { return true }
        if subschema.boolean == false {
            ev.fail("item \(prefixCount) is not allowed (the array may have at most \(prefixCount) items)",
                    details: ["limit": .number(JSONNumber(prefixCount))], instanceToken: .index(prefixCount))
            return false
        }
        let valid = ev.all(prefixCount..<items.count) { i in ev.descend(subschema, items[i], instanceToken: .index(i)).valid }
        scope.evaluated.allItems = true
        ev.annotate(.bool(true))
        return valid
    }
}

struct ContainsKeyword: KeywordValidator {
    let subschema: SchemaNode
    /// When there is no `minContains`, `contains` itself reports "no item matches".
    let reportsMinimum: Bool
    let minimum: Int
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .array(let items) = instance else { return true }
        var matched: [Int] = []
        for (i, item) in items.enumerated() where ev.tentatively({ ev.descend(subschema, item, instanceToken: .index(i)) }).valid {
            matched.append(i)
        }
        scope.containsCount = matched.count
        scope.evaluated.items.formUnion(matched)
        ev.discardSubschemaUnits()
        ev.annotate(matched.count == items.count ? .bool(true) : .array(matched.map { .number(JSONNumber($0)) }))
        if reportsMinimum && matched.count < minimum {
            ev.fail("the array must contain at least one item matching the 'contains' schema", details: ["limit": 1])
            return false
        }
        return true
    }
}

struct PropertiesKeyword: KeywordValidator {
    let properties: [(String, SchemaNode)]
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .object(let members) = instance else { return true }
        var matched: [JSONValue] = []
        var next = 0
        let valid = ev.all(properties) { name, node in
            guard let index = members.index(forName: name, trying: next) else { return true }
            next = index + 1
            let value = members.values[index]
            if ev.tracksEvaluated {
                matched.append(.string(name))
                scope.evaluated.properties.insert(name)
            }
            if node.boolean == false {
                ev.fail("property '\(name)' is not allowed", instanceToken: .key(name))
                return false
            }
            return ev.descend(node, value, instanceToken: .key(name), keywordToken: .key(name)).valid
        }
        ev.annotate(.array(matched))
        return valid
    }
}

struct PatternPropertiesKeyword: KeywordValidator {
    let patterns: [(ECMARegex, String, SchemaNode)]
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .object(let members) = instance else { return true }
        var matched: [JSONValue] = []
        let valid = ev.all(members) { name, value in
            var hit = false
            let valid = ev.all(patterns) { regex, pattern, node in
                switch regex.search(name) {
                case .noMatch:
                    return true
                case .match:
                    hit = true
                    return ev.descend(node, value, instanceToken: .key(name), keywordToken: .key(pattern)).valid
                case .tooComplex:
                    // Whether this subschema applies cannot be told: fail closed, saying why.
                    hit = true
                    ev.failUndecided(RegexLimitMessage.name(name, pattern),
                                     details: ["pattern": .string(pattern), "property": .string(name)],
                                     instanceToken: .key(name))
                    return false
                }
            }
            if hit && ev.tracksEvaluated {
                matched.append(.string(name))
                scope.evaluated.properties.insert(name)
            }
            return valid
        }
        ev.annotate(.array(matched))
        return valid
    }
}

struct AdditionalPropertiesKeyword: KeywordValidator {
    let subschema: SchemaNode
    let declared: NameSet
    let patterns: [ECMARegex]
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .object(let members) = instance else { return true }
        // Most objects have only declared members: found without touching their values.
        var next = 0
        guard members.keys.contains(where: { isAdditional($0, trying: &next) }) else {
            ev.annotate(.array([]))
            return true
        }
        var matched: [JSONValue] = []
        let additional = members.lazy.filter { name, _ in
            var next = 0
            return isAdditional(name, trying: &next)
        }
        let valid = ev.applyToMembers(subschema, additional, visit: { name in
            guard ev.tracksEvaluated else { return }
            matched.append(.string(name))
            scope.evaluated.properties.insert(name)
        }, rejection: { "additional property '\($0)' is not allowed" })
        ev.annotate(.array(matched))
        return valid
    }

    /// A name a pattern cannot decide counts as matched here: the sibling
    /// patternProperties, running the same search, reports it and fails.
    private func isAdditional(_ name: String, trying next: inout Int) -> Bool {
        !declared.contains(name, trying: &next) && !patterns.contains(where: { $0.search(name) != .noMatch })
    }
}

struct PropertyNamesKeyword: KeywordValidator {
    let subschema: SchemaNode
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .object(let members) = instance else { return true }
        return ev.all(members.keys) { name in
            if ev.tentatively({ ev.descend(subschema, .string(name), instanceToken: .key(name)) }).valid { return true }
            // The instance location names the property whose *name* is wrong.
            ev.fail("property name '\(name)' is not valid", details: ["property": .string(name)], instanceToken: .key(name))
            return false
        }
    }
}

/// Property names a keyword knows (`additionalProperties`' declared ones), in the schema's
/// order. A few are compared one by one, which for short names costs less than hashing
/// the name looked up; many are hashed.
struct NameSet: Sendable {
    private let list: [String]
    private let set: Set<String>

    init(_ names: [String]) {
        list = names
        set = names.count > 16 ? Set(names) : []
    }

    /// Instances usually list their members in the schema's order: the name at `next` is
    /// compared first (equal strings compare fast, unequal ones cost a full comparison),
    /// and `next` moves past the name found.
    func contains(_ name: String, trying next: inout Int) -> Bool {
        if next < list.count && list[next] == name {
            next += 1
            return true
        }
        if !set.isEmpty { return set.contains(name) }
        guard let index = list.firstIndex(of: name) else { return false }
        next = index + 1
        return true
    }
}

extension OrderedDictionary<String, JSONValue> {
    /// The index of the member `name`, comparing the one at `next` first: instances usually
    /// list their members in the schema's order, and a name compared with itself costs
    /// less than a search that compares it with the others.
    func index(forName name: String, trying next: Int) -> Int? {
        if next < count && keys[next] == name { return next }
        return index(forKey: name)
    }
}
