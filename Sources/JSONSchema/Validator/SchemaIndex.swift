import Foundation
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
        "$defs", "properties", "patternProperties", "dependentSchemas", "definitions",
    ]

    /// Indexes `schema` and every embedded resource and anchor in it.
    mutating func add(_ schema: JSONValue, baseURI: URIReference) throws(SchemaError) {
        var base = baseURI.withoutFragment
        if case .object(let members) = schema, case .string(let id)? = members["$id"] {
            base = base.resolving(id).withoutFragment
        }
        let uri = base.description
        resources[uri] = schema
        try walk(schema, base: base, resourceURI: uri, pointer: [])
    }

    private mutating func walk(_ value: JSONValue, base: URIReference, resourceURI: String, pointer: [String]) throws(SchemaError) {
        guard case .object(let members) = value else { return }
        var base = base
        var resourceURI = resourceURI
        var pointer = pointer
        if !pointer.isEmpty, case .string(let id)? = members["$id"] {
            base = base.resolving(id).withoutFragment
            resourceURI = base.description
            pointer = []
            resources[resourceURI] = value
        }
        if case .string(let name)? = members["$anchor"] {
            try Self.checkAnchorName(name)
            anchors[resourceURI + "#" + name] = AnchorTarget(resourceURI: resourceURI, pointer: pointer, isDynamic: false)
        }
        if case .string(let name)? = members["$dynamicAnchor"] {
            try Self.checkAnchorName(name)
            anchors[resourceURI + "#" + name] = AnchorTarget(resourceURI: resourceURI, pointer: pointer, isDynamic: true)
            dynamicAnchors[resourceURI, default: []].append(name)
        }
        for (key, child) in members {
            if Self.schemaKeywords.contains(key) {
                try walk(child, base: base, resourceURI: resourceURI, pointer: pointer + [key])
            } else if Self.schemaArrayKeywords.contains(key), case .array(let items) = child {
                for (i, item) in items.enumerated() {
                    try walk(item, base: base, resourceURI: resourceURI, pointer: pointer + [key, String(i)])
                }
            } else if Self.schemaMapKeywords.contains(key), case .object(let map) = child {
                for (name, item) in map {
                    try walk(item, base: base, resourceURI: resourceURI, pointer: pointer + [key, name])
                }
            }
        }
    }

    private static func checkAnchorName(_ name: String) throws(SchemaError) {
        // 2020-12: an anchor is an XML NCName-like plain name.
        guard let first = name.unicodeScalars.first,
              first.properties.isAlphabetic || first == "_",
              name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0) })
        else { throw SchemaError(message: "invalid anchor name '\(name)'") }
    }

    /// Finds the schema that an absolute reference (with optional fragment) names.
    func resolve(_ reference: URIReference) throws(SchemaError) -> ResolvedSchema {
        let uri = reference.withoutFragment.description
        guard let root = resources[uri] else {
            throw SchemaError(message: "cannot resolve reference '\(reference)': no schema is known by '\(uri)'")
        }
        let fragment = (reference.fragment ?? "").removingPercentEncodingSafely
        if fragment.isEmpty {
            return ResolvedSchema(resourceURI: uri, pointer: [], value: root)
        }
        if fragment.hasPrefix("/") {
            guard let tokens = parsePointerTokens(fragment) else {
                throw SchemaError(message: "invalid JSON pointer fragment in '\(reference)'")
            }
            return try follow(tokens, from: ResolvedSchema(resourceURI: uri, pointer: [], value: root), reference: reference)
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
            if case .object(let members) = next, case .string(let id)? = members["$id"] {
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
func pointerString(_ tokens: [String]) -> String {
    var s = ""
    for t in tokens {
        s += "/" + t.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
    return s
}

/// Tokens of an RFC 6901 pointer; nil when malformed.
func parsePointerTokens(_ s: String) -> [String]? {
    if s.isEmpty { return [] }
    guard s.hasPrefix("/") else { return nil }
    var tokens: [String] = []
    for raw in s.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
        var token = ""
        var it = raw.makeIterator()
        while let c = it.next() {
            if c == "~" {
                switch it.next() {
                case "0": token.append("~")
                case "1": token.append("/")
                default: return nil
                }
            } else {
                token.append(c)
            }
        }
        tokens.append(token)
    }
    return tokens
}

extension String {
    /// Percent-decodes UTF-8 sequences; leaves malformed escapes as they are.
    var removingPercentEncodingSafely: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        let utf8 = Array(self.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count,
               let h = hexValue(utf8[i + 1]), let l = hexValue(utf8[i + 2]) {
                bytes.append(h << 4 | l)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
    default: return nil
    }
}
