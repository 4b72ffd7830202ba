/// Unevaluated vocabulary: applies to the properties and items that no sibling keyword
/// (nor any successful in-place subschema, through `$ref`, `allOf`, `if`, ...) evaluated.
/// Runs last in its schema object (see `KeywordRegistry.phase`).
enum UnevaluatedKeywords {
    static let factories: [String: KeywordRegistry.Factory] = [
        "unevaluatedProperties": { c, _ throws(SchemaError) in UnevaluatedPropertiesKeyword(subschema: try c.subschema("unevaluatedProperties")) },
        "unevaluatedItems": { c, _ throws(SchemaError) in UnevaluatedItemsKeyword(subschema: try c.subschema("unevaluatedItems")) },
    ]
}

struct UnevaluatedPropertiesKeyword: KeywordValidator {
    let subschema: SchemaNode
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .object(let members) = instance else { return true }
        var matched: [JSONValue] = []
        let evaluated = scope.evaluated.properties
        let unevaluated = members.lazy.filter { name, _ in !evaluated.contains(name) }
        let valid = ev.applyToMembers(subschema, unevaluated, visit: { matched.append(.string($0)) },
                                      rejection: { "property '\($0)' is not allowed here (unevaluatedProperties)" })
        for case .string(let name) in matched { scope.evaluated.properties.insert(name) }
        ev.annotate(.array(matched))
        return valid
    }
}

struct UnevaluatedItemsKeyword: KeywordValidator {
    let subschema: SchemaNode
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        guard case .array(let items) = instance else { return true }
        let evaluated = scope.evaluated
        let valid = ev.all(items.indices.lazy.filter { !evaluated.isItemEvaluated($0) }) { i in
            if subschema.boolean == false {
                ev.fail("item \(i) is not allowed here (unevaluatedItems)", instanceToken: .index(i))
                return false
            }
            return ev.descend(subschema, items[i], instanceToken: .index(i)).valid
        }
        scope.evaluated.allItems = true
        ev.annotate(.bool(true))
        return valid
    }
}
