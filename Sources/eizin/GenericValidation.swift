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
        let files = ApplicationFiles.expand(paths)
        for path in files {
            switch ApplicationFiles.load(path) {
            case .failure(let failure):
                lines.append("\(path)\(failure.position.map { ":\($0)" } ?? ""): \(failure.message.en)")
                worst = 2
            case .success(let document):
                let result = compiled.validate(document.value)
                if !result.isValid { worst = max(worst, 1) }
                if let format {
                    outputs.append(.object(["file": .string(path), "output": compiled.output(document.value, format: format, document: document)]))
                } else {
                    for error in result.errors {
                        let position = document.position(of: error.instanceLocation).map { ":\($0)" } ?? ""
                        lines.append("\(path)\(position): \(error.message) [instance \"\(error.instanceLocation)\", schema \"\(error.keywordLocation)\"]")
                    }
                }
            }
        }
        if format != nil {
            // One file: its output unit; several: a list of {file, output}.
            let value: JSONValue = files.count == 1 && outputs.count == 1 ? (outputs[0].objectMember("output") ?? .null) : .array(outputs)
            lines.insert(String(JSONWriter.write(value).dropLast()), at: 0)
        }
        if !lines.isEmpty { FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8)) }
        return worst
    }

    func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("eizin validate: \(message)\n".utf8))
        return 2
    }
}

extension JSONValue {
    func objectMember(_ key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}
