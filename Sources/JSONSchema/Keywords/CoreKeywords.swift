/// Core vocabulary: `$ref` and `$dynamicRef` (the other core keywords only shape
/// identification and are handled by `SchemaIndex`).
enum CoreKeywords {
    static let factories: [String: KeywordRegistry.Factory] = [
        "$ref": { context, value in
            guard case .string(let reference) = value else { throw context.error("$ref", "must be a string") }
            let target = try context.compiler.compileReference(context.baseURI.resolving(reference))
            return RefKeyword(target: target.node)
        },
        "$dynamicRef": { context, value in
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
    ]
}

struct RefKeyword: KeywordValidator {
    unowned let target: SchemaNode

    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        let result = ev.descendReference(target, instance)
        if result.valid { scope.evaluated.merge(result.evaluated) }
        return result.valid
    }
}

struct DynamicRefKeyword: KeywordValidator {
    unowned let target: SchemaNode
    let dynamicName: String?

    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        var node = target
        if let dynamicName, let dynamic = ev.dynamicTarget(named: dynamicName) { node = dynamic }
        let result = ev.descendReference(node, instance)
        if result.valid { scope.evaluated.merge(result.evaluated) }
        return result.valid
    }
}
