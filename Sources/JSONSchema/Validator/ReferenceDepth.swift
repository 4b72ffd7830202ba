/// The limit on chains of subschemas applied to the same instance: `$ref` → `$ref` → …,
/// or `allOf` / `anyOf` / `oneOf` / `not` / `if` / `then` / `else` / `dependentSchemas`
/// nested in one another. Evaluation recurses once per link, so a chain of many thousands
/// would overflow the stack; a schema with a chain longer than `maximum` is a `SchemaError`.
/// Cycles are allowed here (a `$ref` back to a schema being applied to the same instance is
/// an "infinite loop" failure at validation); the depth is that of the longest chain without
/// going round a cycle.
enum ReferenceDepth {
    static let maximum = 500

    static func check(root: SchemaNode, nodes: [SchemaNode], dynamicAnchors: [String: [String: SchemaNode]]) throws(SchemaError) {
        // Iterative depth-first search (recursion is what must be avoided): a node's depth
        // is 1 + the deepest of its in-place subschemas, ignoring edges back into the path.
        var depth: [ObjectIdentifier: Int] = [:]
        var onPath: Set<ObjectIdentifier> = []
        for start in [root] + nodes where depth[ObjectIdentifier(start)] == nil {
            var path: [(node: SchemaNode, children: [SchemaNode], next: Int)] = [(start, children(of: start), 0)]
            onPath.insert(ObjectIdentifier(start))
            while !path.isEmpty {
                let last = path.count - 1
                if path[last].next < path[last].children.count {
                    let child = path[last].children[path[last].next]
                    path[last].next += 1
                    let id = ObjectIdentifier(child)
                    if depth[id] != nil || onPath.contains(id) { continue }
                    onPath.insert(id)
                    path.append((child, children(of: child), 0))
                    continue
                }
                let (node, children, _) = path.removeLast()
                onPath.remove(ObjectIdentifier(node))
                var deepest = 0
                for child in children { deepest = max(deepest, depth[ObjectIdentifier(child)] ?? 0) }
                let d = deepest + 1
                if d > maximum {
                    throw SchemaError(message: "\(node.absoluteLocation): $ref and in-place subschemas (allOf, anyOf, oneOf, not, if, then, else, dependentSchemas) are chained more than \(maximum) deep from here; at most \(maximum) links are allowed")
                }
                depth[ObjectIdentifier(node)] = d
            }
        }
    }

    private static func children(of node: SchemaNode) -> [SchemaNode] {
        node.keywords.flatMap { $0.validator.inPlaceSubschemas }
    }
}
