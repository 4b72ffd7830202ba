import OrderedCollections

/// Where an anchor points: a resource and a JSON pointer inside it.
struct AnchorTarget: Sendable {
    var resourceURI: String
    var pointer: [String]
    var isDynamic: Bool
}

/// A schema value found by reference, with its canonical location.
struct ResolvedSchema {
    /// The schema resource (absolute URI, no fragment) the value belongs to.
    var resourceURI: String
    /// Pointer from that resource's root to the value.
    var pointer: [String]
    var value: JSONValue

    var canonicalLocation: String { resourceURI + "#" + pointerString(pointer) }
}

/// Every schema resource and anchor known by URI. A value type, so a compilation can take a
/// copy of the shared registry and add the root schema's own resources to it privately.
struct SchemaIndex: Sendable {
    /// Resource roots by absolute URI (no fragment).
    private(set) var resources: [String: JSONValue] = [:]
    /// Anchors by "resourceURI#name".
    private(set) var anchors: [String: AnchorTarget] = [:]
    /// Retrieval URIs of documents whose `$id` differs from them → that `$id`.
    private(set) var aliases: [String: String] = [:]
    /// `$dynamicAnchor` names declared in each resource.
    private(set) var dynamicAnchors: [String: [String]] = [:]

    /// Keywords whose value is a schema, an array of schemas, or an object of schemas: the
    /// only places where `$id` and anchors count (an `$id` inside `const` is just data).
    static let schemaKeywords: Set<String> = [
        "items", "additionalProperties", "unevaluatedItems", "unevaluatedProperties", "not",
        "if", "then", "else", "contains", "propertyNames", "contentSchema",
    ]
    static let schemaArrayKeywords: Set<String> = ["allOf", "anyOf", "oneOf", "prefixItems"]
    static let schemaMapKeywords: Set<String> = [
        "$defs", "properties", "patternProperties", "dependentSchemas", "definitions", "dependencies",
    ]

    /// Indexes `schema` and every embedded resource and anchor in it.
    mutating func add(_ schema: JSONValue, baseURI: URIReference) throws(SchemaError) {
        var base = baseURI.withoutFragment
        if case .object(let members) = schema, case .string(let id)? = members["$id"] {
            base = base.resolving(id).withoutFragment
        }
        let uri = base.description
        let retrievalURI = baseURI.withoutFragment.description
        if retrievalURI != uri { aliases[retrievalURI] = uri }
        resources[uri] = schema
        var identified: [String: [String]] = [uri: []]
        try walk(schema, base: base, resourceURI: uri, identified: &identified)
    }

    /// One schema still to visit in `walk`.
    private struct Visit {
        var value: JSONValue
        var base: URIReference
        var resourceURI: String
        var pointer: [String]
        var documentPointer: [String]
    }

    /// Records every resource and anchor in document order, with an explicit stack rather
    /// than recursion, so a schema built in code may nest as deeply as it likes.
    ///
    /// `identified`: the resources this document defined so far, by URI, with their place in
    /// the document. Two of them with one URI is an error (the spec requires unique resource
    /// URIs): a subschema whose `$id` named one of its ancestors used to be compiled as that
    /// ancestor, so `{"$id": "…/a", "allOf": [{"$id": "…/a"}]}` applied itself forever.
    private mutating func walk(_ root: JSONValue, base: URIReference, resourceURI: String,
                               identified: inout [String: [String]]) throws(SchemaError) {
        var stack = [Visit(value: root, base: base, resourceURI: resourceURI, pointer: [], documentPointer: [])]
        while var visit = stack.popLast() {
            guard case .object(let members) = visit.value else { continue }
            if !visit.documentPointer.isEmpty, let id = Self.resourceID(members) {
                visit.base = visit.base.resolving(id).withoutFragment
                visit.resourceURI = visit.base.description
                visit.pointer = []
                if let first = identified[visit.resourceURI] {
                    func place(_ tokens: [String]) -> String { tokens.isEmpty ? "/" : pointerString(tokens) }
                    throw SchemaError(message: "\(place(visit.documentPointer)): \"$id\": \"\(id)\" names '\(visit.resourceURI)', "
                                      + "already the identifier of the schema at '\(place(first))'; every schema resource needs its own URI")
                }
                identified[visit.resourceURI] = visit.documentPointer
                resources[visit.resourceURI] = visit.value
            }
            if case .string(let name)? = members["$anchor"] {
                try Self.checkAnchorName(name)
                anchors[visit.resourceURI + "#" + name] = AnchorTarget(resourceURI: visit.resourceURI, pointer: visit.pointer, isDynamic: false)
            }
            if case .string(let name)? = members["$dynamicAnchor"] {
                try Self.checkAnchorName(name)
                anchors[visit.resourceURI + "#" + name] = AnchorTarget(resourceURI: visit.resourceURI, pointer: visit.pointer, isDynamic: true)
                dynamicAnchors[visit.resourceURI, default: []].append(name)
            }
            var children: [Visit] = []
            func child(_ value: JSONValue, _ tokens: String...) {
                children.append(Visit(value: value, base: visit.base, resourceURI: visit.resourceURI,
                                      pointer: visit.pointer + tokens, documentPointer: visit.documentPointer + tokens))
            }
            for (key, value) in members {
                if Self.schemaKeywords.contains(key) {
                    child(value, key)
                } else if Self.schemaArrayKeywords.contains(key), case .array(let items) = value {
                    for (i, item) in items.enumerated() { child(item, key, String(i)) }
                } else if Self.schemaMapKeywords.contains(key), case .object(let map) = value {
                    for (name, item) in map { child(item, key, name) }
                }
            }
            stack.append(contentsOf: children.reversed())  // document order
        }
    }

    /// The `$id` that makes a schema a resource: a string without a non-empty fragment. An
    /// `$id` such as `"#foo"` is an older draft's anchor (2020-12 forbids it, and the
    /// `$id` keyword factory rejects it in a compiled schema); it identifies no resource.
    static func resourceID(_ members: OrderedDictionary<String, JSONValue>) -> String? {
        guard case .string(let id)? = members["$id"] else { return nil }
        if let hash = id.firstIndex(of: "#"), id.index(after: hash) != id.endIndex { return nil }
        return id
    }

    private static func checkAnchorName(_ name: String) throws(SchemaError) {
        // 2020-12: an anchor is an XML NCName-like plain name.
        guard let first = name.unicodeScalars.first,
              first.properties.isAlphabetic || first == "_",
              name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0) })
        else { throw SchemaError(message: "invalid anchor name '\(name)'") }
    }

    /// True when a resource (or a document retrieved under another `$id`) has this URI.
    func knows(_ uri: String) -> Bool { resources[uri] != nil || aliases[uri] != nil }

    /// Finds the schema that an absolute reference (with optional fragment) names.
    func resolve(_ reference: URIReference) throws(SchemaError) -> ResolvedSchema {
        var uri = reference.withoutFragment.description
        if resources[uri] == nil, let alias = aliases[uri] { uri = alias }
        guard let root = resources[uri] else {
            throw SchemaError(message: "cannot resolve reference '\(reference)': no schema is known by '\(uri)'")
        }
        let fragment = reference.fragment ?? ""
        if fragment.isEmpty {
            return ResolvedSchema(resourceURI: uri, pointer: [], value: root)
        }
        if fragment.hasPrefix("/") || fragment.hasPrefix("%2F") || fragment.hasPrefix("%2f") {
            let pointer: JSONPointer
            do {
                pointer = try JSONPointer(uriFragment: fragment)
            } catch {
                throw SchemaError(message: "invalid JSON pointer fragment in '\(reference)': \(error.message)")
            }
            return try follow(pointer.tokens, from: ResolvedSchema(resourceURI: uri, pointer: [], value: root), reference: reference)
        }
        guard let anchor = anchors[uri + "#" + fragment], let anchorRoot = resources[anchor.resourceURI] else {
            throw SchemaError(message: "cannot resolve reference '\(reference)': no anchor '\(fragment)'")
        }
        return try follow(anchor.pointer, from: ResolvedSchema(resourceURI: anchor.resourceURI, pointer: [], value: anchorRoot), reference: reference)
    }

    /// Walks `tokens` down from `start`, switching to an embedded resource whenever the walk
    /// enters a schema with its own `$id` (so the location stays canonical).
    func follow(_ tokens: [String], from start: ResolvedSchema, reference: URIReference) throws(SchemaError) -> ResolvedSchema {
        var current = start
        var base = URIReference(start.resourceURI)
        for token in tokens {
            let next: JSONValue?
            switch current.value {
            case .object(let members): next = members[token]
            case .array(let items):
                if let i = Int(token), i >= 0, i < items.count, String(i) == token { next = items[i] } else { next = nil }
            default: next = nil
            }
            guard let next else {
                throw SchemaError(message: "cannot resolve reference '\(reference)': nothing at '\(token)'")
            }
            current.value = next
            current.pointer.append(token)
            if case .object(let members) = next, let id = Self.resourceID(members) {
                base = base.resolving(id).withoutFragment
                let uri = base.description
                if resources[uri] != nil {
                    current.resourceURI = uri
                    current.pointer = []
                }
            }
        }
        return current
    }

    func dynamicAnchorNames(in resourceURI: String) -> [String] { dynamicAnchors[resourceURI] ?? [] }

    func anchor(_ name: String, in resourceURI: String) -> AnchorTarget? { anchors[resourceURI + "#" + name] }
}

/// "/a/b~1c" from tokens.
func pointerString(_ tokens: [String]) -> String { JSONPointer(tokens: tokens).description }
