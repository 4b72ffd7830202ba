/// The mutable state of one validation run: where we are in the instance and in the schema,
/// the dynamic scope for `$dynamicRef`, and (when collecting) the output tree under
/// construction. One evaluator per `validate` call; compiled nodes are never mutated.
///
/// Its state is marked `@exclusivity(unchecked)`: an evaluator is used by one thread, and
/// no access to a property overlaps another to the same property (each is read or written
/// in one statement, never across a call that could touch it again), so the run-time
/// exclusivity checks Swift would make on every access of a class property (about 4% of
/// the instructions of validating a large file, by callgrind) only cost.
final class Evaluator {
    /// Build the output tree (errors, annotations); when false, stop at the first failure.
    let collecting: Bool
    /// Whether keywords must record evaluated properties/items: only when the schema uses
    /// `unevaluatedProperties`/`unevaluatedItems` or output wants annotations.
    let tracksEvaluated: Bool
    let dynamicAnchors: [String: [String: SchemaNode]]
    /// Resource URIs entered, outermost first.
    @exclusivity(unchecked) private(set) var dynamicScope: [String] = []
    /// `SchemaNode.resourceID` of the innermost resource entered (-1 before the root).
    @exclusivity(unchecked) private var currentResource = -1
    /// Paths are only kept when collecting; the fast path only needs the depth.
    @exclusivity(unchecked) private(set) var instancePath = Path.root
    @exclusivity(unchecked) private(set) var keywordPath = Path.root
    @exclusivity(unchecked) private var instanceDepth = 0
    /// Schema objects being evaluated, nested: bounded by `maximumDepth`.
    @exclusivity(unchecked) private var depth = 0
    /// How deeply schema evaluations may nest (in-place chains and instance levels
    /// together) before validation stops with a failure instead of overflowing the stack.
    /// Measured: a debug build uses about 3.4 KB of stack per level (a release build far
    /// less), so 1200 levels take about 4 MB of the 8 MB that the main thread and Swift's
    /// task threads have on Linux. Enough for the parser's deepest instance (512 levels)
    /// under a recursive schema (`"items": {"$ref": "#"}` is two levels per instance level).
    static let maximumDepth = 1200
    /// From this depth on, each level also checks the thread's stack (`StackSpace`), measured
    /// when first reached: shallow documents, nearly all of them, never pay for it.
    static let stackCheckDepth = 64
    @exclusivity(unchecked) private var stack: StackSpace?
    /// (node, instance depth) pairs currently being evaluated through a reference: meeting
    /// one again means the schema would recurse forever on the same instance.
    @exclusivity(unchecked) private var activeReferences: Set<ReferenceVisit> = []
    @exclusivity(unchecked) private var units: [OutputUnit] = []
    @exclusivity(unchecked) private var currentKeyword: (name: String, absoluteLocation: String) = ("", "")

    // MARK: Limits (ValidationOptions)

    let options: ValidationOptions
    /// When collecting: whether output units are still built. It turns false once
    /// `options.maxErrors` errors are recorded; evaluation then goes on exactly as before
    /// (every keyword still runs, so the verdict is exact) but only counts the failures.
    @exclusivity(unchecked) private(set) var recording: Bool
    /// Drop the units of subschemas that passed as soon as they pass (`validate` needs only
    /// the failures; output of a valid instance needs its annotations, so it keeps them).
    let prunesValidUnits: Bool
    @exclusivity(unchecked) private var recordedErrors = 0
    /// Failures found after recording stopped, outside alternatives, by keyword location.
    @exclusivity(unchecked) private(set) var omitted: [String: OmittedErrors] = [:]
    @exclusivity(unchecked) private var omittedOrder: [String] = []
    @exclusivity(unchecked) private(set) var truncated = false
    /// Inside `anyOf`/`oneOf`/`not`/`if`/`contains`/`propertyNames` subschemas, whose failures
    /// are not in themselves errors of the instance: not counted once recording stopped.
    @exclusivity(unchecked) var tentativeDepth = 0

    /// Schema objects evaluated so far, against `evaluationBudget`.
    @exclusivity(unchecked) private(set) var evaluations = 0
    @exclusivity(unchecked) private var evaluationBudget: Int
    @exclusivity(unchecked) private var budgetScaled = false
    /// Why the verdict cannot be trusted either way: a regex that gave up, or the evaluation
    /// budget used up. Set once; the validation then fails closed (see `evaluateRoot`).
    @exclusivity(unchecked) private(set) var undecided: ValidationError?
    @exclusivity(unchecked) private var exhausted = false
    let instanceRoot: JSONValue?

    /// Results of subschemas applied in place (`$ref`, `allOf`, `anyOf`, ...) to the current
    /// instance, keyed by node and dynamic scope: a schema reaching the same subschema
    /// through several branches evaluates it once per instance value, not once per path
    /// (`anyOf` of `$ref`s to the same definition, nested 30 deep, was 2^30 evaluations).
    /// One table per instance level that has one (made at its first entry, so a schema
    /// without in-place subschemas makes none), dropped when the evaluation leaves that value.
    @exclusivity(unchecked) private var memo: [(level: Int, table: [MemoKey: MemoEntry])] = []
    /// The dynamic scope as a small integer (interned path of resources entered).
    @exclusivity(unchecked) private var scopeID = 0
    @exclusivity(unchecked) private var scopeIDs: [ScopeStep: Int] = [:]
    /// Bumped whenever a failure depends on where evaluation came from (an infinite-loop
    /// guard, the depth limit): results computed meanwhile are not memoised.
    @exclusivity(unchecked) private var contextFailures = 0

    struct ReferenceVisit: Hashable {
        let node: ObjectIdentifier
        let depth: Int
    }

    struct MemoKey: Hashable {
        let node: ObjectIdentifier
        let scope: Int
    }

    struct MemoEntry {
        let valid: Bool
        let evaluated: Evaluated
        /// Where it was first evaluated (collecting only), for a repeat's error message.
        let keywordLocation: Path
    }

    struct ScopeStep: Hashable {
        let parent: Int
        let resource: String
    }

    init(collecting: Bool, tracksEvaluated: Bool, dynamicAnchors: [String: [String: SchemaNode]],
         options: ValidationOptions = .init(), prunesValidUnits: Bool = false, instance: JSONValue? = nil) {
        self.collecting = collecting
        self.tracksEvaluated = tracksEvaluated || collecting
        self.dynamicAnchors = dynamicAnchors
        self.options = options
        self.recording = collecting
        self.prunesValidUnits = prunesValidUnits
        self.evaluationBudget = options.maxEvaluations
        self.instanceRoot = instance
    }

    /// Evaluates the root schema and returns the root output unit (when collecting).
    func evaluateRoot(_ node: SchemaNode, _ instance: JSONValue) -> (valid: Bool, unit: OutputUnit?) {
        let root = OutputUnit(keywordLocation: .root, absoluteKeywordLocation: node.absoluteLocation, instanceLocation: .root)
        if collecting { units.append(root) }
        var (valid, _) = evaluateSchema(node, instance, unit: collecting ? root : nil)
        if let undecided {
            // A part of the instance could not be checked (a regex gave up, or the budget ran
            // out): whatever the rest says, the instance is not accepted. Only a `not`, or an
            // alternative that did not count, can hide the failure itself; the root then
            // says why (once).
            if exhausted || valid { root.errors.append(undecided) }
            valid = false
        }
        root.valid = valid
        return (valid, collecting ? root : nil)
    }

    /// Failures not listed because `maxErrors` were, grouped by keyword location.
    var omittedErrors: [OmittedErrors] { omittedOrder.compactMap { omitted[$0] } }

    /// Applies a subschema to `instance` (a child of the current instance when
    /// `instanceToken` is given), under the current keyword extended by `keywordToken`.
    @discardableResult
    func descend(_ node: SchemaNode, _ instance: JSONValue, instanceToken: PathToken? = nil, keywordToken: PathToken? = nil) -> (valid: Bool, evaluated: Evaluated) {
        if instanceToken != nil { instanceDepth += 1 }
        defer {
            if instanceToken != nil {
                if memo.last?.level == instanceDepth { memo.removeLast() }
                instanceDepth -= 1
            }
        }
        // In place (same instance value): answer a repeat from the memo.
        let key = MemoKey(node: ObjectIdentifier(node), scope: scopeID)
        let inPlace = instanceToken == nil && node.boolean == nil
        if inPlace, let level = memo.last, level.level == instanceDepth, let hit = level.table[key] {
            // Its errors, if any, were reported (or counted) where it was first evaluated;
            // a repeat only points there.
            if recording {
                let location = keywordToken.map { keywordPath.appending($0.string) } ?? keywordPath
                let unit = OutputUnit(keywordLocation: location, absoluteKeywordLocation: node.absoluteLocation, instanceLocation: instancePath)
                unit.valid = hit.valid
                if !hit.valid {
                    let first = pointerString(hit.keywordLocation.tokens)
                    recordError(makeError(keyword: currentKeyword.name, absoluteLocation: currentKeyword.absoluteLocation,
                                          message: "fails as the same subschema \(node.absoluteLocation) did for this value at \(first.isEmpty ? "(root)" : first) (reported there)",
                                          details: ["sameAs": .string(first)], instanceToken: nil), in: unit)
                }
                if !(prunesValidUnits && hit.valid) { units.last?.children.append(unit) }
            }
            return (hit.valid, hit.evaluated)
        }
        let failuresBefore = contextFailures
        let result: (valid: Bool, evaluated: Evaluated)
        if collecting {
            let (outerInstancePath, outerKeywordPath) = (instancePath, keywordPath)
            if let instanceToken { instancePath = instancePath.appending(instanceToken.string) }
            if let keywordToken { keywordPath = keywordPath.appending(keywordToken.string) }
            defer { (instancePath, keywordPath) = (outerInstancePath, outerKeywordPath) }
            if recording {
                let unit = OutputUnit(keywordLocation: keywordPath, absoluteKeywordLocation: node.absoluteLocation, instanceLocation: instancePath)
                let parent = units.last
                parent?.children.append(unit)
                result = evaluateSchema(node, instance, unit: unit)
                unit.valid = result.valid
                if prunesValidUnits && result.valid, let parent, parent.children.last === unit { parent.children.removeLast() }
            } else {
                result = evaluateSchema(node, instance, unit: nil)
            }
        } else {
            result = evaluateSchema(node, instance, unit: nil)
        }
        if inPlace && contextFailures == failuresBefore && !exhausted {
            let entry = MemoEntry(valid: result.valid, evaluated: result.evaluated,
                                  keywordLocation: collecting ? keywordToken.map { keywordPath.appending($0.string) } ?? keywordPath : .root)
            if memo.last?.level == instanceDepth {
                memo[memo.count - 1].table[key] = entry
            } else {
                memo.append((instanceDepth, [key: entry]))
            }
        }
        return result
    }

    /// Follows a reference: like `descend`, but guards against infinite recursion.
    func descendReference(_ node: SchemaNode, _ instance: JSONValue) -> (valid: Bool, evaluated: Evaluated) {
        let visit = ReferenceVisit(node: ObjectIdentifier(node), depth: instanceDepth)
        guard activeReferences.insert(visit).inserted else {
            contextFailures += 1
            fail("the schema refers to itself without consuming any of the instance (infinite loop at \(node.absoluteLocation))")
            return (false, Evaluated())
        }
        defer { activeReferences.remove(visit) }
        return descend(node, instance)
    }

    private func evaluateSchema(_ node: SchemaNode, _ instance: JSONValue, unit: OutputUnit?) -> (valid: Bool, evaluated: Evaluated) {
        if let boolean = node.boolean {
            if !boolean && collecting {
                let error = makeError(keyword: "false", absoluteLocation: node.absoluteLocation,
                                      message: "no value is allowed here (the schema is false)", details: [:], instanceToken: nil)
                if let unit { recordError(error, in: unit) } else {
                    countOmitted(keyword: "false", absoluteLocation: node.absoluteLocation) { error }
                }
            }
            return (boolean, Evaluated())
        }
        guard depth < Self.maximumDepth else {
            // Reported on the keyword that applied this schema; fails closed.
            contextFailures += 1
            fail("validation stopped: the schema and the instance together nest more than \(Self.maximumDepth) levels deep at \(node.absoluteLocation)")
            return (false, Evaluated())
        }
        if depth >= Self.stackCheckDepth {
            if stack == nil { stack = StackSpace() }
            guard stack!.hasRoom() else {
                contextFailures += 1
                fail("validation stopped: the schema and the instance together nest too deeply for this thread's stack (\(depth) levels) at \(node.absoluteLocation)")
                return (false, Evaluated())
            }
        }
        guard spendEvaluation() else { return (false, Evaluated()) }
        depth += 1
        defer { depth -= 1 }
        let entersResource = currentResource != node.resourceID
        let outerScope = scopeID
        let outerResource = currentResource
        if entersResource {
            currentResource = node.resourceID
            dynamicScope.append(node.resourceURI)
            let step = ScopeStep(parent: scopeID, resource: node.resourceURI)
            if let id = scopeIDs[step] { scopeID = id } else {
                scopeID = scopeIDs.count + 1
                scopeIDs[step] = scopeID
            }
        }
        defer {
            if entersResource {
                dynamicScope.removeLast()
                scopeID = outerScope
                currentResource = outerResource
            }
        }

        var scope = SchemaScope()
        var valid = true
        for keyword in node.keywords {
            guard collecting else {
                if !keyword.validator.evaluate(instance, &scope, self) { return (false, Evaluated()) }
                continue
            }
            let outerKeywordPath = keywordPath
            keywordPath = keywordPath.appending(keyword.name)
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
                if prunesValidUnits && ok, let unit, unit.children.last === keywordUnit { unit.children.removeLast() }
            }
            currentKeyword = saved
            keywordPath = outerKeywordPath
            if !ok {
                valid = false
                if !collecting { break }
            }
        }
        return (valid, valid ? scope.evaluated : Evaluated())
    }

    /// Whether `check` passes for every element: the one place that says how keywords stop.
    /// On the fast path (`isValid`) the first failure decides, so the rest is skipped; when
    /// collecting, every element is checked so that each failure is reported.
    @inline(__always)
    func all<Elements: Sequence>(_ elements: Elements, _ check: (Elements.Element) -> Bool) -> Bool {
        var valid = true
        for element in elements where !check(element) {
            guard collecting else { return false }
            valid = false
        }
        return valid
    }

    /// Applies `subschema` to object members a keyword selected (`additionalProperties`,
    /// `unevaluatedProperties`), in order, calling `visit` with each name first. A `false`
    /// subschema fails each member with `rejection(name)`, which reads better than "false
    /// schema". Stops at the first failure unless collecting.
    func applyToMembers<Members: Sequence>(
        _ subschema: SchemaNode, _ members: Members,
        visit: (String) -> Void, rejection: (String) -> String
    ) -> Bool where Members.Element == (key: String, value: JSONValue) {
        all(members) { name, value in
            visit(name)
            if subschema.boolean == false {
                fail(rejection(name), details: ["property": .string(name)], instanceToken: .key(name))
                return false
            }
            return descend(subschema, value, instanceToken: .key(name)).valid
        }
    }

    /// Reports a failure of the current keyword. `instanceToken` names a child of the
    /// current instance when the failure is about that child (e.g. an additional property).
    func fail(_ message: @autoclosure () -> String, details: @autoclosure () -> [String: JSONValue] = [:], instanceToken: PathToken? = nil) {
        guard collecting else { return }
        if recording, let unit = units.last {
            recordError(makeError(keyword: currentKeyword.name, absoluteLocation: currentKeyword.absoluteLocation,
                                  message: message(), details: details(), instanceToken: instanceToken), in: unit)
        } else {
            countOmitted(keyword: currentKeyword.name, absoluteLocation: currentKeyword.absoluteLocation) {
                self.makeError(keyword: self.currentKeyword.name, absoluteLocation: self.currentKeyword.absoluteLocation,
                               message: message(), details: details(), instanceToken: instanceToken)
            }
        }
    }

    /// Reports a failure that leaves the verdict undecided (a regex that gave up): the
    /// keyword fails, and the whole validation fails closed even if a `not` or an
    /// alternative would otherwise hide it.
    func failUndecided(_ message: String, details: [String: JSONValue], instanceToken: PathToken? = nil) {
        var details = details
        details["undecided"] = true
        if undecided == nil {
            undecided = makeError(keyword: currentKeyword.name, absoluteLocation: currentKeyword.absoluteLocation,
                                  message: message, details: details, instanceToken: instanceToken)
        }
        fail(message, details: details, instanceToken: instanceToken)
    }

    /// Keeps `error` in `unit` while fewer than `maxErrors` are kept; past that, stops
    /// building output units and only counts.
    private func recordError(_ error: ValidationError, in unit: OutputUnit) {
        guard recordedErrors < options.maxErrors else {
            recording = false
            truncated = true
            countOmitted(keyword: error.keyword, absoluteLocation: error.absoluteKeywordLocation ?? "") { error }
            return
        }
        recordedErrors += 1
        unit.errors.append(error)
    }

    /// Counts a failure found after recording stopped (not inside alternatives, whose
    /// failures are not errors of the instance by themselves); keeps the first of each
    /// keyword location as a sample.
    private func countOmitted(keyword: String, absoluteLocation: String, _ sample: () -> ValidationError) {
        truncated = true
        recording = false
        guard tentativeDepth == 0 else { return }
        let key = absoluteLocation + "\u{0}" + keyword
        if omitted[key] != nil {
            omitted[key]!.count += 1
        } else {
            omitted[key] = OmittedErrors(sample: sample(), count: 1)
            omittedOrder.append(key)
        }
    }

    /// Counts one schema evaluation against the budget: `maxEvaluations`, raised once to
    /// `maxEvaluations + maxEvaluationsPerValue × (values in the instance)` when reached, so
    /// a large instance gets work in proportion. Past it, evaluation stops and fails closed.
    private func spendEvaluation() -> Bool {
        if exhausted { return false }
        evaluations += 1
        if evaluations <= evaluationBudget { return true }
        if !budgetScaled, let instanceRoot {
            budgetScaled = true
            let values = Self.countValues(instanceRoot)
            let (perValue, o1) = values.multipliedReportingOverflow(by: options.maxEvaluationsPerValue)
            let (scaled, o2) = options.maxEvaluations.addingReportingOverflow(perValue)
            evaluationBudget = o1 || o2 ? Int.max : scaled
            if evaluations <= evaluationBudget { return true }
        }
        exhausted = true
        undecided = ValidationError(
            keyword: "maxEvaluations", instanceLocation: JSONPointer(tokens: collecting ? instancePath.tokens : []),
            keywordLocation: JSONPointer(tokens: collecting ? keywordPath.tokens : []), absoluteKeywordLocation: nil,
            message: "validation stopped: the schema needed more than \(evaluationBudget) subschema evaluations for this instance (ValidationOptions.maxEvaluations); the instance could not be checked and is not accepted",
            details: ["undecided": true, "limit": .number(JSONNumber(evaluationBudget))])
        return false
    }

    /// The number of values (of every kind, containers included) in `value`.
    static func countValues(_ value: JSONValue) -> Int {
        var count = 0
        var stack = [value]
        while let v = stack.popLast() {
            count += 1
            switch v {
            case .array(let items): stack.append(contentsOf: items)
            case .object(let members): stack.append(contentsOf: members.values)
            default: break
            }
        }
        return count
    }

    /// Drops the output units of the subschemas the current keyword applied so far: for
    /// keywords whose failure is about the whole value (`contains`), the individual
    /// non-matching items are not errors a reader should fix.
    func discardSubschemaUnits() {
        guard recording, let unit = units.last else { return }
        unit.children.removeAll()
    }

    /// Attaches an annotation to the current keyword (kept only if its schema passes).
    func annotate(_ value: @autoclosure () -> JSONValue) {
        guard recording, let unit = units.last else { return }
        unit.annotation = value()
    }

    /// Runs `body` as an alternative: failures inside it are not counted once recording
    /// has stopped (the keyword's own failure is).
    func tentatively<T>(_ body: () -> T) -> T {
        tentativeDepth += 1
        defer { tentativeDepth -= 1 }
        return body()
    }

    private func makeError(keyword: String, absoluteLocation: String, message: String, details: [String: JSONValue], instanceToken: PathToken?) -> ValidationError {
        var location = instancePath.tokens
        if let instanceToken { location.append(instanceToken.string) }
        return ValidationError(keyword: keyword, instanceLocation: JSONPointer(tokens: location),
                               keywordLocation: JSONPointer(tokens: keywordPath.tokens), absoluteKeywordLocation: absoluteLocation,
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

/// A location (the tokens of a JSON Pointer) built while evaluation descends. Each step
/// links to the one above, so an output unit that keeps the current location shares it
/// instead of copying an array of every token, and the tokens are put in order only
/// when a location is read (for an error, or for output).
struct Path: Sendable {
    private final class Step: Sendable {
        let parent: Step?
        let token: String
        init(parent: Step?, token: String) {
            self.parent = parent
            self.token = token
        }
    }

    private var last: Step?

    static let root = Path(last: nil)

    func appending(_ token: String) -> Path { Path(last: Step(parent: last, token: token)) }

    /// From the root.
    var tokens: [String] {
        var tokens: [String] = []
        var step = last
        while let s = step {
            tokens.append(s.token)
            step = s.parent
        }
        return tokens.reversed()
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
