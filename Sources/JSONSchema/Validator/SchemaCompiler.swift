import OrderedCollections

/// Turns schema JSON into a graph of `SchemaNode`s. Every schema location is compiled once
/// (cached by canonical URI), so references — even cyclic ones — become plain pointers to
/// nodes and no resolution happens while validating.
final class SchemaCompiler {
    private(set) var index: SchemaIndex
    let options: ValidationOptions
    /// Fetches documents no known resource covers (see `SchemaRegistry.Retriever`).
    let retriever: SchemaRegistry.Retriever?
    private var cache: [String: SchemaNode] = [:]
    private(set) var nodes: [SchemaNode] = []
    /// Resource URI → `$dynamicAnchor` name → node, for every resource the schema can reach.
    private(set) var dynamicAnchors: [String: [String: SchemaNode]] = [:]
    private var enteredResources: Set<String> = []
    /// Resource URI → `SchemaNode.resourceID`.
    private var resourceIDs: [String: Int] = [:]
    private var pendingResources: [String] = []
    private var vocabularyCache: [String: VocabularySet] = [:]
    /// True once an `unevaluated*` keyword is compiled: only then must validation track
    /// which properties and items were evaluated.
    private(set) var usesUnevaluated = false

    init(index: SchemaIndex, options: ValidationOptions, retriever: SchemaRegistry.Retriever? = nil) {
        self.index = index
        self.options = options
        self.retriever = retriever
    }

    /// Schema objects whose keywords are still to be compiled. `compile` only creates and
    /// caches a node and queues it here; `compileRoot` compiles the queue in a loop. So the
    /// compiler never recurses, however deeply subschemas nest or however long a chain of
    /// `$ref`s is (a chain of thousands used to overflow the stack).
    private var queue: [(node: SchemaNode, location: ResolvedSchema, members: OrderedDictionary<String, JSONValue>, vocabularies: VocabularySet)] = []

    /// Compiles the schema at `location` and everything it can reach.
    func compileRoot(_ location: ResolvedSchema) throws(SchemaError) -> SchemaNode {
        let root = try compile(location, inherited: .all)
        while true {
            while let item = queue.popLast() {
                item.node.keywords = try compileKeywords(item.members, at: item.location, into: item.node, vocabularies: item.vocabularies)
            }
            // Compile every dynamic anchor of every resource we entered: the dynamic scope at
            // run time can only hold those resources.
            guard let resource = pendingResources.popLast() else { break }
            for name in index.dynamicAnchorNames(in: resource) {
                guard let target = index.anchor(name, in: resource), let rootValue = index.resources[target.resourceURI] else { continue }
                let resolved = try index.follow(target.pointer, from: ResolvedSchema(resourceURI: target.resourceURI, pointer: [], value: rootValue),
                                                reference: URIReference(resource + "#" + name))
                let node = try compile(resolved, inherited: try vocabularies(forResource: resolved.resourceURI, inherited: .all))
                dynamicAnchors[resource, default: [:]][name] = node
            }
        }
        try ReferenceDepth.check(root: root, nodes: nodes, dynamicAnchors: dynamicAnchors)
        return root
    }

    /// Creates the node for the schema that `reference` (already absolute) names; its
    /// keywords are compiled later (see `queue`).
    func compileReference(_ reference: URIReference) throws(SchemaError) -> (node: SchemaNode, resolved: ResolvedSchema) {
        let document = reference.withoutFragment.description
        if let retriever, !index.knows(document), let value = try retriever(document) {
            try index.add(value, baseURI: URIReference(document))
        }
        let resolved = try index.resolve(reference)
        let vocabularies = try vocabularies(forResource: resolved.resourceURI, inherited: .all)
        return (try compile(resolved, inherited: vocabularies), resolved)
    }

    /// Compiles the subschema at `tokens` below `parent`.
    func compileSubschema(of parent: ResolvedSchema, _ tokens: [String], inherited: VocabularySet) throws(SchemaError) -> SchemaNode {
        let child = try index.follow(tokens, from: parent, reference: URIReference(parent.canonicalLocation))
        return try compile(child, inherited: inherited)
    }

    func compile(_ location: ResolvedSchema, inherited: VocabularySet) throws(SchemaError) -> SchemaNode {
        let key = location.canonicalLocation
        if let node = cache[key] { return node }
        if !enteredResources.contains(location.resourceURI) {
            enteredResources.insert(location.resourceURI)
            pendingResources.append(location.resourceURI)
        }
        let resourceID = resourceIDs[location.resourceURI] ?? resourceIDs.count
        resourceIDs[location.resourceURI] = resourceID
        switch location.value {
        case .bool(let b):
            let node = SchemaNode(absoluteLocation: key, resourceURI: location.resourceURI, resourceID: resourceID, boolean: b)
            cache[key] = node
            nodes.append(node)
            return node
        case .object(let members):
            let node = SchemaNode(absoluteLocation: key, resourceURI: location.resourceURI, resourceID: resourceID, boolean: nil)
            cache[key] = node
            nodes.append(node)
            var vocabularies = inherited
            if location.pointer.isEmpty {
                vocabularies = try self.vocabularies(forResource: location.resourceURI, inherited: inherited)
            }
            queue.append((node, location, members, vocabularies))
            return node
        default:
            throw SchemaError(message: "\(key): a schema must be an object or a boolean")
        }
    }

    private func compileKeywords(_ members: OrderedDictionary<String, JSONValue>, at location: ResolvedSchema,
                                 into node: SchemaNode, vocabularies: VocabularySet) throws(SchemaError) -> [BoundKeyword] {
        var bound: [(phase: Int, keyword: BoundKeyword)] = []
        let context = KeywordContext(compiler: self, schema: members, location: location, vocabularies: vocabularies)
        for (name, value) in members {
            let validator: (any KeywordValidator)?
            let vocabulary = Vocabulary.of(name)
            if let vocabulary, vocabularies.contains(vocabulary), let factory = KeywordRegistry.factories[name] {
                validator = try factory(context, value)
            } else if vocabulary == .core {
                validator = nil  // $id, $schema, $defs, $comment, ... assert nothing
            } else {
                // Unknown keyword (or one of a vocabulary not in force): an annotation.
                validator = AnnotationKeyword(value: value)
            }
            guard let validator else { continue }
            if validator is UnevaluatedPropertiesKeyword || validator is UnevaluatedItemsKeyword { usesUnevaluated = true }
            let absolute = location.canonicalLocation + pointerString([name])
            bound.append((KeywordRegistry.phase(of: name), BoundKeyword(name: name, absoluteLocation: absolute, validator: validator)))
        }
        // Stable sort: keywords that read results of siblings run after them.
        return bound.enumerated().sorted { a, b in
            a.element.phase != b.element.phase ? a.element.phase < b.element.phase : a.offset < b.offset
        }.map { $0.element.keyword }
    }

    /// The vocabularies in force for a resource, from its `$schema`'s `$vocabulary`.
    func vocabularies(forResource resourceURI: String, inherited: VocabularySet) throws(SchemaError) -> VocabularySet {
        guard case .object(let members)? = index.resources[resourceURI],
              case .string(let metaSchemaURI)? = members["$schema"] else { return inherited }
        if let cached = vocabularyCache[metaSchemaURI] { return cached }
        let metaURI = URIReference(metaSchemaURI)
        guard index.resources[metaURI.withoutFragment.description] != nil,
              case .object(let meta) = try index.resolve(metaURI).value,
              case .object(let declared)? = meta["$vocabulary"] else {
            vocabularyCache[metaSchemaURI] = .all
            return .all
        }
        var set = VocabularySet(members: [])
        for (uri, required) in declared {
            if let v = Vocabulary(rawValue: uri) {
                set.members.insert(v)
            } else if required == .bool(true) {
                throw SchemaError(message: "\(resourceURI): the meta-schema requires vocabulary '\(uri)', which this validator does not support")
            }
        }
        vocabularyCache[metaSchemaURI] = set
        return set
    }
}

/// What a keyword factory sees: its schema object, its location, and a way to compile
/// subschemas.
struct KeywordContext {
    let compiler: SchemaCompiler
    let schema: OrderedDictionary<String, JSONValue>
    let location: ResolvedSchema
    let vocabularies: VocabularySet

    var options: ValidationOptions { compiler.options }

    /// The base URI references in this schema resolve against.
    var baseURI: URIReference { URIReference(location.resourceURI) }

    func subschema(_ tokens: String...) throws(SchemaError) -> SchemaNode {
        try compiler.compileSubschema(of: location, tokens, inherited: vocabularies)
    }

    func sibling(_ name: String) -> JSONValue? {
        guard let vocabulary = Vocabulary.of(name), vocabularies.contains(vocabulary) else { return nil }
        return schema[name]
    }

    func error(_ keyword: String, _ message: String) -> SchemaError {
        SchemaError(message: "\(location.canonicalLocation)\(pointerString([keyword])): \(message)")
    }
}
