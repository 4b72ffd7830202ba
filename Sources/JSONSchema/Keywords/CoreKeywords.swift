/// Core vocabulary: `$ref` and `$dynamicRef` (the other core keywords only shape
/// identification and are handled by `SchemaIndex`).
enum CoreKeywords {
    static let factories: [String: KeywordRegistry.Factory] = [
        "$ref": { context, value throws(SchemaError) in
            guard case .string(let reference) = value else { throw context.error("$ref", "must be a string") }
            let target = try context.compiler.compileReference(context.baseURI.resolving(reference))
            return RefKeyword(target: target.node)
        },
        "$dynamicRef": { context, value throws(SchemaError) in
            guard case .string(let reference) = value else { throw context.error("$dynamicRef", "must be a string") }
            let absolute = context.baseURI.resolving(reference)
            let target = try context.compiler.compileReference(absolute)
            // Dynamic only when the statically found target carries a matching
            // $dynamicAnchor; otherwise it behaves exactly like $ref.
            var dynamicName: String?
            if let fragment = absolute.fragment, !fragment.isEmpty, !fragment.hasPrefix("/"),
               let anchor = context.compiler.index.anchor(fragment, in: target.resolved.resourceURI), anchor.isDynamic,
               anchor.pointer == target.resolved.pointer {
                dynamicName = fragment
            }
            return DynamicRefKeyword(target: target.node, dynamicName: dynamicName)
        },
        // Identification keywords assert nothing (`SchemaIndex` reads them), but a value of
        // the wrong type is an error here too, not silently ignored.
        "$id": { c, v throws(SchemaError) in
            guard case .string(let id) = v else { throw c.error("$id", "must be a string (a URI reference)") }
            if let hash = id.firstIndex(of: "#"), id.index(after: hash) != id.endIndex {
                throw c.error("$id", "must not have a fragment ('\(id)'); use $anchor to name a subschema")
            }
            return nil
        },
        "$schema": { c, v throws(SchemaError) in
            guard case .string = v else { throw c.error("$schema", "must be a string (a URI)") }
            return nil
        },
        "$anchor": { c, v throws(SchemaError) in
            guard case .string = v else { throw c.error("$anchor", "must be a string") }
            return nil
        },
        "$dynamicAnchor": { c, v throws(SchemaError) in
            guard case .string = v else { throw c.error("$dynamicAnchor", "must be a string") }
            return nil
        },
        "$comment": { c, v throws(SchemaError) in
            guard case .string = v else { throw c.error("$comment", "must be a string") }
            return nil
        },
        "$defs": { c, v throws(SchemaError) in
            guard case .object = v else { throw c.error("$defs", "must be an object of schemas") }
            return nil
        },
        "$vocabulary": { c, v throws(SchemaError) in
            guard case .object(let map) = v, map.values.allSatisfy({ if case .bool = $0 { true } else { false } }) else {
                throw c.error("$vocabulary", "must map vocabulary URIs to booleans")
            }
            return nil
        },
    ]
}

struct RefKeyword: KeywordValidator {
    unowned let target: SchemaNode
    var inPlaceSubschemas: [SchemaNode] { [target] }

    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        let result = ev.descendReference(target, instance)
        if result.valid { scope.evaluated.merge(result.evaluated) }
        return result.valid
    }
}

struct DynamicRefKeyword: KeywordValidator {
    unowned let target: SchemaNode
    var inPlaceSubschemas: [SchemaNode] { [target] }
    let dynamicName: String?

    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        var node = target
        if let dynamicName, let dynamic = ev.dynamicTarget(named: dynamicName) { node = dynamic }
        let result = ev.descendReference(node, instance)
        if result.valid { scope.evaluated.merge(result.evaluated) }
        return result.valid
    }
}
