/// The mutable state of one validation run: where we are in the instance and in the schema,
/// the dynamic scope for `$dynamicRef`, and (when collecting) the output tree under
/// construction. One evaluator per `validate` call; compiled nodes are never mutated.
final class Evaluator {
    /// Build the output tree (errors, annotations); when false, stop at the first failure.
    let collecting: Bool
    /// Whether keywords must record evaluated properties/items: only when the schema uses
    /// `unevaluatedProperties`/`unevaluatedItems` or output wants annotations.
    let tracksEvaluated: Bool
    let dynamicAnchors: [String: [String: SchemaNode]]
    /// Resource URIs entered, outermost first.
    private(set) var dynamicScope: [String] = []
    /// Paths are only kept when collecting; the fast path only needs the depth.
    private(set) var instancePath: [String] = []
    private(set) var keywordPath: [String] = []
    private var instanceDepth = 0
    /// Schema objects being evaluated, nested: bounded by `maximumDepth`.
    private var depth = 0
    /// How deeply schema evaluations may nest (in-place chains and instance levels
    /// together) before validation stops with a failure instead of overflowing the stack.
    /// Measured: a debug build uses about 3.4 KB of stack per level (a release build far
    /// less), so 1200 levels take about 4 MB of the 8 MB that the main thread and Swift's
    /// task threads have on Linux. Enough for the parser's deepest instance (512 levels)
    /// under a recursive schema (`"items": {"$ref": "#"}` is two levels per instance level).
    static let maximumDepth = 1200
    /// (node, instance depth) pairs currently being evaluated through a reference: meeting
    /// one again means the schema would recurse forever on the same instance.
    private var activeReferences: Set<ReferenceVisit> = []
    private var units: [OutputUnit] = []
    private var currentKeyword: (name: String, absoluteLocation: String) = ("", "")

    struct ReferenceVisit: Hashable {
        let node: ObjectIdentifier
        let depth: Int
    }

    init(collecting: Bool, tracksEvaluated: Bool, dynamicAnchors: [String: [String: SchemaNode]]) {
        self.collecting = collecting
        self.tracksEvaluated = tracksEvaluated || collecting
        self.dynamicAnchors = dynamicAnchors
    }

    /// Evaluates the root schema and returns the root output unit (when collecting).
    func evaluateRoot(_ node: SchemaNode, _ instance: JSONValue) -> (valid: Bool, unit: OutputUnit?) {
        let root = OutputUnit(keywordLocation: [], absoluteKeywordLocation: node.absoluteLocation, instanceLocation: [])
        if collecting { units.append(root) }
        let (valid, _) = evaluateSchema(node, instance, unit: collecting ? root : nil)
        root.valid = valid
        return (valid, collecting ? root : nil)
    }

    /// Applies a subschema to `instance` (a child of the current instance when
    /// `instanceToken` is given), under the current keyword extended by `keywordToken`.
    @discardableResult
    func descend(_ node: SchemaNode, _ instance: JSONValue, instanceToken: PathToken? = nil, keywordToken: PathToken? = nil) -> (valid: Bool, evaluated: Evaluated) {
        if instanceToken != nil { instanceDepth += 1 }
        defer { if instanceToken != nil { instanceDepth -= 1 } }
        guard collecting else { return evaluateSchema(node, instance, unit: nil) }
        if let instanceToken { instancePath.append(instanceToken.string) }
        if let keywordToken { keywordPath.append(keywordToken.string) }
        defer {
            if instanceToken != nil { instancePath.removeLast() }
            if keywordToken != nil { keywordPath.removeLast() }
        }
        let unit = OutputUnit(keywordLocation: keywordPath, absoluteKeywordLocation: node.absoluteLocation, instanceLocation: instancePath)
        units.last?.children.append(unit)
        let result = evaluateSchema(node, instance, unit: unit)
        unit.valid = result.valid
        return result
    }

    /// Follows a reference: like `descend`, but guards against infinite recursion.
    func descendReference(_ node: SchemaNode, _ instance: JSONValue) -> (valid: Bool, evaluated: Evaluated) {
        let visit = ReferenceVisit(node: ObjectIdentifier(node), depth: instanceDepth)
        guard activeReferences.insert(visit).inserted else {
            fail("the schema refers to itself without consuming any of the instance (infinite loop at \(node.absoluteLocation))")
            return (false, Evaluated())
        }
        defer { activeReferences.remove(visit) }
        return descend(node, instance)
    }

    private func evaluateSchema(_ node: SchemaNode, _ instance: JSONValue, unit: OutputUnit?) -> (valid: Bool, evaluated: Evaluated) {
        if let boolean = node.boolean {
            if !boolean, let unit {
                unit.errors.append(makeError(keyword: "false", absoluteLocation: node.absoluteLocation,
                                             message: "no value is allowed here (the schema is false)", details: [:], instanceToken: nil))
            }
            return (boolean, Evaluated())
        }
        guard depth < Self.maximumDepth else {
            // Reported on the keyword that applied this schema; fails closed.
            fail("validation stopped: the schema and the instance together nest more than \(Self.maximumDepth) levels deep at \(node.absoluteLocation)")
            return (false, Evaluated())
        }
        depth += 1
        defer { depth -= 1 }
        let entersResource = dynamicScope.last != node.resourceURI
        if entersResource { dynamicScope.append(node.resourceURI) }
        defer { if entersResource { dynamicScope.removeLast() } }

        var scope = SchemaScope()
        var valid = true
        for keyword in node.keywords {
            guard collecting else {
                if !keyword.validator.evaluate(instance, &scope, self) { return (false, Evaluated()) }
                continue
            }
            keywordPath.append(keyword.name)
            let saved = currentKeyword
            currentKeyword = (keyword.name, keyword.absoluteLocation)
            var keywordUnit: OutputUnit?
            if let unit {
                let u = OutputUnit(keywordLocation: keywordPath, absoluteKeywordLocation: keyword.absoluteLocation, instanceLocation: instancePath)
                unit.children.append(u)
                units.append(u)
                keywordUnit = u
            }
            let ok = keyword.validator.evaluate(instance, &scope, self)
            if let keywordUnit {
                keywordUnit.valid = ok
                units.removeLast()
            }
            currentKeyword = saved
            keywordPath.removeLast()
            if !ok {
                valid = false
                if !collecting { break }
            }
        }
        return (valid, valid ? scope.evaluated : Evaluated())
    }

    /// Applies `subschema` to object members a keyword selected (`additionalProperties`,
    /// `unevaluatedProperties`), in order, calling `visit` with each name first. A `false`
    /// subschema fails each member with `rejection(name)`, which reads better than "false
    /// schema". Stops at the first failure unless collecting.
    func applyToMembers<Members: Sequence>(
        _ subschema: SchemaNode, _ members: Members,
        visit: (String) -> Void, rejection: (String) -> String
    ) -> Bool where Members.Element == (key: String, value: JSONValue) {
        var valid = true
        for (name, value) in members {
            visit(name)
            if subschema.boolean == false {
                fail(rejection(name), details: ["property": .string(name)], instanceToken: .key(name))
            } else if descend(subschema, value, instanceToken: .key(name)).valid {
                continue
            }
            valid = false
            if !collecting { return false }
        }
        return valid
    }

    /// Reports a failure of the current keyword. `instanceToken` names a child of the
    /// current instance when the failure is about that child (e.g. an additional property).
    func fail(_ message: String, details: [String: JSONValue] = [:], instanceToken: PathToken? = nil) {
        guard collecting, let unit = units.last else { return }
        unit.errors.append(makeError(keyword: currentKeyword.name, absoluteLocation: currentKeyword.absoluteLocation,
                                     message: message, details: details, instanceToken: instanceToken))
    }

    /// Drops the output units of the subschemas the current keyword applied so far: for
    /// keywords whose failure is about the whole value (`contains`), the individual
    /// non-matching items are not errors a reader should fix.
    func discardSubschemaUnits() {
        guard collecting, let unit = units.last else { return }
        unit.children.removeAll()
    }

    /// Attaches an annotation to the current keyword (kept only if its schema passes).
    func annotate(_ value: JSONValue) {
        guard collecting, let unit = units.last else { return }
        unit.annotation = value
    }

    private func makeError(keyword: String, absoluteLocation: String, message: String, details: [String: JSONValue], instanceToken: PathToken?) -> ValidationError {
        var location = instancePath
        if let instanceToken { location.append(instanceToken.string) }
        return ValidationError(keyword: keyword, instanceLocation: JSONPointer(tokens: location),
                               keywordLocation: JSONPointer(tokens: keywordPath), absoluteKeywordLocation: absoluteLocation,
                               message: message, details: details)
    }

    /// The node `$dynamicRef` should use for `name`: the outermost resource in the dynamic
    /// scope that declares a matching `$dynamicAnchor`.
    func dynamicTarget(named name: String) -> SchemaNode? {
        for resource in dynamicScope {
            if let node = dynamicAnchors[resource]?[name] { return node }
        }
        return nil
    }
}

/// A step in an instance or keyword path, turned into a string only when a path is kept.
enum PathToken {
    case key(String)
    case index(Int)

    var string: String {
        switch self {
        case .key(let k): return k
        case .index(let i): return String(i)
        }
    }
}
