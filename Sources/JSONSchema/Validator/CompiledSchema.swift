/// A schema compiled once into a graph of small keyword validators. Immutable after
/// `init`, so one instance can validate many instances from many threads at once.
public final class CompiledSchema: Sendable {
    let root: SchemaNode
    /// Keeps every node alive: references between nodes are `unowned` to avoid cycles.
    private let nodes: [SchemaNode]
    private let dynamicAnchors: [String: [String: SchemaNode]]
    private let usesUnevaluated: Bool
    let options: ValidationOptions
    /// The root schema's base URI (its `$id`, or `SchemaRegistry.defaultBaseURI`).
    public let baseURI: String

    /// Compiles `schema`. References resolve against `registry` (which already knows the
    /// 2020-12 meta-schemas) and against the schema's own embedded resources.
    /// - Parameter baseURI: the retrieval URI of the schema, if it has one.
    public init(_ schema: JSONValue, registry: SchemaRegistry = SchemaRegistry(), options: ValidationOptions = .init(),
                baseURI: String? = nil) throws(SchemaError) {
        var index = registry.snapshot()
        var base = URIReference(baseURI ?? SchemaRegistry.defaultBaseURI)
        if case .object(let members) = schema, case .string(let id)? = members["$id"] {
            base = base.resolving(id)
        }
        base = base.withoutFragment
        try index.add(schema, baseURI: base)
        let compiler = SchemaCompiler(index: index, options: options, retriever: registry.retriever)
        let uri = base.description
        root = try compiler.compileRoot(ResolvedSchema(resourceURI: uri, pointer: [], value: schema))
        nodes = compiler.nodes
        dynamicAnchors = compiler.dynamicAnchors
        usesUnevaluated = compiler.usesUnevaluated
        self.options = options
        self.baseURI = uri
    }

    /// Validates `instance`, collecting its errors (at most `options.maxErrors`; the rest
    /// are counted in `omitted`).
    public func validate(_ instance: JSONValue) -> ValidationResult {
        // Most instances are valid: answer those on the fast path, and build the result
        // tree only to explain a failure (keeping only the failed parts of it).
        if isValid(instance) { return ValidationResult(isValid: true, errors: []) }
        let evaluator = makeEvaluator(collecting: true, prunesValidUnits: true, instance: instance)
        let (valid, unit) = evaluator.evaluateRoot(root, instance)
        var errors: [ValidationError] = []
        unit?.collectErrors(into: &errors)
        return ValidationResult(isValid: valid, errors: errors, truncated: evaluator.truncated, omitted: evaluator.omittedErrors)
    }

    /// Fast path: stops at the first failure and builds no error reports. An instance that
    /// could not be checked (a regex that gave up, the evaluation budget used up) is not
    /// valid: `validate` says why (`ValidationError.isUndecided`).
    public func isValid(_ instance: JSONValue) -> Bool {
        evaluate(instance, collecting: false).valid
    }

    func evaluate(_ instance: JSONValue, collecting: Bool, prunesValidUnits: Bool = false) -> (valid: Bool, unit: OutputUnit?) {
        makeEvaluator(collecting: collecting, prunesValidUnits: prunesValidUnits, instance: instance).evaluateRoot(root, instance)
    }

    func makeEvaluator(collecting: Bool, prunesValidUnits: Bool = false, instance: JSONValue) -> Evaluator {
        Evaluator(collecting: collecting, tracksEvaluated: usesUnevaluated, dynamicAnchors: dynamicAnchors,
                  options: options, prunesValidUnits: prunesValidUnits, instance: instance)
    }

    /// How many schema objects one evaluation visits (for tests of the work bounds).
    func evaluationCount(_ instance: JSONValue, collecting: Bool) -> Int {
        let evaluator = makeEvaluator(collecting: collecting, prunesValidUnits: collecting, instance: instance)
        _ = evaluator.evaluateRoot(root, instance)
        return evaluator.evaluations
    }
}

extension CompiledSchema {
    /// The draft 2020-12 meta-schema, compiled once: `metaSchema.validate(schema)` checks
    /// that a schema is itself a valid 2020-12 schema (e.g. schemas emitted for forms).
    public static let metaSchema: CompiledSchema = {
        // The embedded meta-schemas always resolve; failing here is a programming error.
        try! CompiledSchema(["$ref": "https://json-schema.org/draft/2020-12/schema"])
    }()
}
