import OrderedCollections

/// The spec's standard output formats (JSON Schema 2020-12 §12.4).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Only `{"valid": …}`.
    case flag
    /// A flat list of error units (or, when valid, of annotation units).
    case basic
    /// The units as a tree following the schema's structure, single-child chains collapsed.
    case detailed
}

extension CompiledSchema {
    /// The standard output for `instance` as a JSON value; when `document` is given, each
    /// unit also carries the instance value's source `line` and `column`.
    public func output(_ instance: JSONValue, format: OutputFormat, document: JSONDocument? = nil) -> JSONValue {
        if format == .flag {
            return .object(["valid": .bool(isValid(instance))])
        }
        // An invalid instance's output shows only its failures: drop passing parts as they
        // pass (a valid one's output shows its annotations, so it keeps them).
        let (valid, unit) = evaluate(instance, collecting: true, prunesValidUnits: !isValid(instance))
        guard let unit else { return .object(["valid": .bool(valid)]) }
        let writer = OutputWriter(document: document)
        switch format {
        case .flag: return .object(["valid": .bool(valid)])
        case .basic: return writer.basic(unit)
        case .detailed: return writer.detailed(unit)
        }
    }
}

/// Renders the result tree as output units.
struct OutputWriter {
    let document: JSONDocument?

    func basic(_ root: OutputUnit) -> JSONValue {
        var members = header(root, valid: root.valid)
        if root.valid {
            var units: [OutputUnit] = []
            root.collectAnnotations(into: &units)
            if !units.isEmpty { members["annotations"] = .array(units.map(annotationUnit)) }
        } else {
            var errors: [ValidationError] = []
            root.collectErrors(into: &errors)
            members["errors"] = .array(errors.map(errorUnit))
        }
        return .object(members)
    }

    func detailed(_ root: OutputUnit) -> JSONValue {
        var members = header(root, valid: root.valid)
        let children = root.valid ? annotationTree(root) : errorTree(root)
        if root.valid {
            if !children.isEmpty { members["annotations"] = .array(children) }
        } else {
            members["errors"] = .array(children)
        }
        return .object(members)
    }

    /// The failed descendants of `unit` as units, single-child chains collapsed. A keyword
    /// that failed on its own and through subschemas (e.g. `anyOf`) keeps its message as
    /// `error` next to its subschemas' `errors`.
    private func errorTree(_ unit: OutputUnit) -> [JSONValue] {
        var out: [JSONValue] = []
        for child in unit.children where !child.valid {
            let own = child.errors
            let nested = errorTree(child)
            if nested.isEmpty {
                out += own.map(errorUnit)
            } else if own.isEmpty && nested.count == 1 {
                out.append(nested[0])
            } else if own.count == 1 && own[0].instanceLocation.tokens == child.instanceLocation {
                guard case .object(var members) = errorUnit(own[0]) else { continue }
                members["errors"] = .array(nested)
                out.append(.object(members))
            } else {
                var members = header(child, valid: false)
                members["errors"] = .array(own.map(errorUnit) + nested)
                out.append(.object(members))
            }
        }
        return out
    }

    /// The annotations of the valid descendants of `unit`, single-child chains collapsed.
    private func annotationTree(_ unit: OutputUnit) -> [JSONValue] {
        var out: [JSONValue] = []
        for child in unit.children where child.valid {
            let nested = annotationTree(child)
            if nested.isEmpty {
                if child.annotation != nil { out.append(annotationUnit(child)) }
            } else if child.annotation == nil && nested.count == 1 {
                out.append(nested[0])
            } else {
                var members = header(child, valid: true)
                if let annotation = child.annotation { members["annotation"] = annotation }
                members["annotations"] = .array(nested)
                out.append(.object(members))
            }
        }
        return out
    }

    private func header(_ unit: OutputUnit, valid: Bool) -> OrderedDictionary<String, JSONValue> {
        unitMembers(valid: valid, keywordLocation: unit.keywordLocation, absolute: unit.absoluteKeywordLocation,
                    instanceLocation: unit.instanceLocation)
    }

    private func annotationUnit(_ unit: OutputUnit) -> JSONValue {
        var members = header(unit, valid: true)
        members["annotation"] = unit.annotation ?? .null
        return .object(members)
    }

    private func errorUnit(_ error: ValidationError) -> JSONValue {
        var members = unitMembers(valid: false, keywordLocation: error.keywordLocation.tokens,
                                  absolute: error.absoluteKeywordLocation, instanceLocation: error.instanceLocation.tokens)
        members["error"] = .string(error.message)
        if !error.details.isEmpty {
            members["details"] = .object(OrderedDictionary(uniqueKeysWithValues: error.details.sorted { $0.key < $1.key }))
        }
        return .object(members)
    }

    private func unitMembers(valid: Bool, keywordLocation: [String], absolute: String?, instanceLocation: [String]) -> OrderedDictionary<String, JSONValue> {
        var members: OrderedDictionary<String, JSONValue> = [
            "valid": .bool(valid),
            "keywordLocation": .string(pointerString(keywordLocation)),
        ]
        if let absolute { members["absoluteKeywordLocation"] = .string(Self.uriEncodingFragment(absolute)) }
        members["instanceLocation"] = .string(pointerString(instanceLocation))
        if let document, let position = document.position(of: JSONPointer(tokens: instanceLocation)) {
            members["line"] = .number(JSONNumber(position.line))
            members["column"] = .number(JSONNumber(position.column))
        }
        return members
    }

    /// A fragment holding a JSON pointer may contain characters a URI may not (spaces,
    /// non-ASCII, '%'); percent-encode those so the location is a valid URI.
    static func uriEncodingFragment(_ uri: String) -> String {
        guard let hash = uri.firstIndex(of: "#"),
              let pointer = try? JSONPointer(parsing: String(uri[uri.index(after: hash)...])) else { return uri }
        return String(uri[..<hash]) + pointer.uriFragment
    }
}
