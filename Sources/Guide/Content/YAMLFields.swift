import CivilDates
import Foundation
import Yams

/// Reads a YAML mapping field by field, reporting each problem at the line it is on.
/// `lineOffset` shifts Yams' lines when the YAML is a slice of a larger file (front matter).
struct YAMLFields {
    let file: String
    let lineOffset: Int
    private(set) var pairs: [(key: String, keyNode: Node, value: Node)] = []
    let mappingLocation: SourceLocation

    /// Parses `text` and requires a mapping at the top.
    static func parse(_ text: String, file: String, lineOffset: Int, wholeLocation: SourceLocation) throws(DiagnosticsError) -> YAMLFields {
        let node: Node?
        do {
            // Values are read as the text written (`scalar.string`), never as YAML's typed
            // values: the basic resolver skips the regular expressions that would tag each
            // scalar as a number, date or boolean. UTF-8 named, as Swift's strings are: Yams'
            // default encoding reads the whole environment on every call.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw DiagnosticsError(Self.diagnostics(for: error, text: text, file: file, lineOffset: lineOffset, fallback: wholeLocation))
        } catch {
            throw DiagnosticsError(Diagnostic(wholeLocation, "cannot read YAML: \(error)"))
        }
        guard let node else {
            throw DiagnosticsError(Diagnostic(wholeLocation, "expected a YAML mapping of `key: value` lines"))
        }
        return try fields(of: node, file: file, lineOffset: lineOffset, fallback: wholeLocation)
    }

    /// Fields of an already parsed mapping node (a nested mapping such as `revision:`).
    static func fields(of node: Node, file: String, lineOffset: Int, fallback: SourceLocation) throws(DiagnosticsError) -> YAMLFields {
        let location = node.mark.map { SourceLocation(file: file, line: $0.line + lineOffset, column: $0.column) } ?? fallback
        guard let mapping = node.mapping else {
            throw DiagnosticsError(Diagnostic(location, "expected a YAML mapping of `key: value` lines"))
        }
        var fields = YAMLFields(file: file, lineOffset: lineOffset, mappingLocation: location)
        var seen: [String: Node] = [:]
        var duplicates: [Diagnostic] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            if let first = seen[key] {
                duplicates.append(Diagnostic(fields.location(of: keyNode), "duplicate key '\(key)' (first at line \(fields.location(of: first).line ?? 0))"))
            }
            seen[key] = keyNode
            fields.pairs.append((key, keyNode, value))
        }
        if !duplicates.isEmpty { throw DiagnosticsError(duplicates) }
        return fields
    }

    static func diagnostics(for error: YamlError, text: String, file: String, lineOffset: Int, fallback: SourceLocation) -> [Diagnostic] {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return [Diagnostic(SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column), "invalid YAML: \(problem)")]
        case .duplicatedKeysInMapping(let duplicates, _):
            // Yams points at the mapping; name the line of each repeated key instead.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return duplicates.sorted().map { key in
                let hits = lines.indices.filter { index in
                    let line = lines[index].drop { $0 == " " }
                    return line.hasPrefix("\(key):") || line.hasPrefix("\"\(key)\":")
                }
                let location = hits.count > 1
                    ? SourceLocation(file: file, line: hits[1] + 1 + lineOffset, column: 1)
                    : fallback
                let first = hits.first.map { " (first at line \($0 + 1 + lineOffset))" } ?? ""
                return Diagnostic(location, "duplicate key '\(key)'\(first)")
            }
        default:
            return [Diagnostic(fallback, "invalid YAML: \(error)")]
        }
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return mappingLocation }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    /// Keys present but not in `known`: usually typos such as `descripton`.
    func unknownKeys(known: Set<String>) -> [Diagnostic] {
        pairs.filter { !known.contains($0.key) }.map {
            Diagnostic(location(of: $0.keyNode), "unknown key '\($0.key)'; expected one of: \(known.sorted().joined(separator: ", "))")
        }
    }

    func requiredString(_ key: String, into collector: inout DiagnosticCollector) -> String? {
        guard let node = value(key) else {
            collector.report(mappingLocation, "missing required field '\(key)'")
            return nil
        }
        guard let scalar = node.scalar, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            collector.report(location(of: node), "'\(key)' must be a non-empty text")
            return nil
        }
        return scalar.string
    }

    /// A whole number of at least `minimum` (the home page's `order` may be 0).
    func requiredInt(_ key: String, minimum: Int, into collector: inout DiagnosticCollector) -> Int? {
        guard let node = value(key) else {
            collector.report(mappingLocation, "missing required field '\(key)'")
            return nil
        }
        guard let text = node.scalar?.string, let number = Int(text), number >= minimum, text.allSatisfy(\.isASCIIDigitCharacter) else {
            let kind = minimum == 0 ? "a whole number (0 or more)" : "a whole number of at least \(minimum)"
            collector.report(location(of: node), "'\(key)' must be \(kind), found '\(node.scalar?.string ?? "a list or mapping")'")
            return nil
        }
        return number
    }

    func requiredDate(_ key: String, into collector: inout DiagnosticCollector) -> CivilDate? {
        guard let node = value(key) else {
            collector.report(mappingLocation, "missing required field '\(key)'")
            return nil
        }
        guard let text = node.scalar?.string, let date = CivilDate(iso: text) else {
            collector.report(location(of: node), "'\(key)' must be a date written YYYY-MM-DD, found '\(node.scalar?.string ?? "a list or mapping")'")
            return nil
        }
        return date
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
