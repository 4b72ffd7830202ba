import Foundation
import JSONSchema
import Permits

/// `eizin validate --schema SCHEMA FILE...`: like check-jsonschema, for any JSON. Prints
/// `file:line:col: message` lines (or, with --output, the standard output format).
struct GenericValidation {
    let schemaPath: String
    let paths: [String]
    let output: String?

    func run() throws -> Int32 {
        var format: OutputFormat?
        if let output {
            guard let f = OutputFormat(rawValue: output) else { return fail("--output must be basic, detailed or flag") }
            format = f
        }
        let compiled: CompiledSchema
        switch ApplicationFiles.parse(schemaPath) {
        case .failure(let failure):
            return fail("\(schemaPath)\(failure.position.map { ":\($0)" } ?? ""): \(failure.message.en)")
        case .success(let document):
            let problems = SchemaDialectCheck.problems(document, path: schemaPath)
            guard problems.isEmpty else { return fail(problems.joined(separator: "\neizin validate: ")) }
            let registry = SchemaRegistry()
            // The forms' own schemas, so a schema may $ref them by their $id.
            for form in FormCatalog.all { try? registry.add(SchemaEmitter.schema(for: form), uri: form.kind.schemaID) }
            do throws(SchemaError) {
                compiled = try CompiledSchema(document.value, registry: registry)
            } catch {
                return fail("\(schemaPath): invalid schema: \(error.message)")
            }
        }
        var worst: Int32 = 0
        var outputs: [JSONValue] = []
        var lines: [String] = []
        // With --output, stdout holds only JSON; files that cannot be read are said on stderr.
        var unreadable: [String] = []
        for entry in ApplicationFiles.entries(RawPath.recovering(paths, from: RawPath.commandLine)) {
            let path = entry.path.display
            switch ApplicationFiles.load(entry) {
            case .failure(let failure):
                let line = TextReporter.oneLine("\(path)\(failure.position.map { ":\($0)" } ?? ""): \(failure.message.en)")
                if format == nil { lines.append(line) } else { unreadable.append(line) }
                worst = 2
            case .success(let document):
                if let format {
                    let unit = compiled.output(document.value, format: format, document: document)
                    if unit.objectMember("valid") != .bool(true) { worst = max(worst, 1) }
                    outputs.append(.object(["file": .string(path), "output": unit]))
                } else {
                    let result = compiled.validate(document.value)
                    if !result.isValid { worst = max(worst, 1) }
                    // In file order, like a compiler's messages (the validator reports in
                    // schema order); a failure about a member's name points at the name.
                    let located = result.errors.enumerated().map { ($0.offset, $0.element, $0.element.sourcePosition(in: document)) }
                    let ordered = located.sorted { a, b in (a.2?.offset ?? -1, a.0) < (b.2?.offset ?? -1, b.0) }
                    for (_, error, position) in ordered {
                        lines.append(TextReporter.oneLine("\(path)\(position.map { ":\($0)" } ?? ""): \(error.message) [instance \"\(error.instanceLocation)\", schema \"\(error.keywordLocation)\"]"))
                    }
                }
            }
        }
        if format != nil {
            // One file named as such: its output unit; otherwise (several files, or a folder,
            // however many files it holds) a list of {file, output}, so the shape does not
            // depend on a folder's contents.
            if singleFile {
                if let unit = outputs.first?.objectMember("output") { lines.append(String(JSONWriter.write(unit).dropLast())) }
            } else {
                lines.append(String(JSONWriter.write(.array(outputs)).dropLast()))
            }
        }
        if !unreadable.isEmpty { StandardStreams.error(unreadable.joined(separator: "\n")) }
        if !lines.isEmpty { try StandardStreams.output(lines.joined(separator: "\n") + "\n", command: "validate") }
        return worst
    }

    /// True when the arguments name one file (not a folder).
    var singleFile: Bool {
        var isFolder: ObjCBool = false
        return paths.count == 1 && !(FileManager.default.fileExists(atPath: paths[0], isDirectory: &isFolder) && isFolder.boolValue)
    }

    func fail(_ message: String) -> Int32 {
        StandardStreams.error("eizin validate: \(message)")
        return 2
    }
}

extension JSONValue {
    func objectMember(_ key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}
