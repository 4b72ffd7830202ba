import Foundation
import FilePaths
import Guide
import JSONSchema
import Permits

/// `eizin validate --schema SCHEMA FILE...`: like check-jsonschema, for any JSON. Prints
/// `file:line:col: message` lines (or, with --output, the standard output format).
///
/// References: the schema's base URI is its `$id`, else its file's `file:` URI, so a `$ref`
/// to `common.json` or `../defs.json#/$defs/x` is read from disk relative to the referring
/// schema. `--ref FILE` preloads a schema under its `$id` (like ajv's `-r`), `--ref
/// URI=FILE` under a URI of one's choosing. Nothing is fetched from the network: an
/// `http(s)` reference that was not preloaded is an error that names it.
struct GenericValidation {
    let schemaPath: String
    let paths: [String]
    /// Names read from `--files-from`, after the arguments.
    var listed: [RawPath] = []
    let output: OutputFormat?
    var references: [String] = []
    var formatAssertion = false
    var paint = TextReporter.Paint(enabled: false)

    func run() throws -> Int32 {
        let format = output
        let compiled: CompiledSchema
        switch JSONFiles.parse(schemaPath) {
        case .failure(let failure):
            return fail("\(name(schemaPath))\(failure.position.map { ":\($0)" } ?? ""): \(failure.message.en)")
        case .success(let document):
            let problems = SchemaDialect.problems(document).map { $0.line(file: name(schemaPath)) }
            guard problems.isEmpty else { return fail(problems.joined(separator: "\neizin validate: ")) }
            let registry = SchemaRegistry()
            // The forms' own schemas, so a schema may $ref them by their ids.
            for form in FormCatalog.all { try? registry.add(SchemaEmitter.schema(for: form), uri: form.kind.schemaID) }
            for reference in references {
                if let problem = preload(reference, into: registry) { return fail(problem) }
            }
            registry.retriever = SchemaFiles.retrieve
            do throws(SchemaError) {
                compiled = try CompiledSchema(document.value, registry: registry, options: ValidationOptions(formatAssertion: formatAssertion),
                                              baseURI: SchemaFiles.fileURI(schemaPath))
            } catch {
                return fail("\(name(schemaPath)): invalid schema: \(error.message)")
            }
        }
        var worst: Int32 = 0
        var outputs: [(file: String, output: JSONValue)] = []
        var lines: [String] = []
        // With --output, stdout holds only JSON; files that cannot be read are said on stderr.
        var unreadable: [String] = []
        // Files are read, parsed and validated on every core (the compiled schema is
        // immutable); their findings are printed in file order, as before.
        let entries = JSONFiles.entries(RawPath.recovering(paths, from: RawPath.commandLine) + listed)
        let outcomes = Parallel.map(entries.count) { index in check(entries[index], compiled: compiled, format: format) }
        for outcome in outcomes {
            worst = max(worst, outcome.worst)
            lines += outcome.lines
            if let output = outcome.output { outputs.append(output) }
            if let message = outcome.unreadable { unreadable.append(message) }
        }
        if format != nil, let document = InstanceReport.outputDocument(outputs, oneFileNamed: singleFile) {
            lines.append(String(JSONWriter.write(document).dropLast()))
        }
        if !unreadable.isEmpty { StandardStreams.error(unreadable.joined(separator: "\n")) }
        if !lines.isEmpty { try StandardStreams.output(lines.joined(separator: "\n") + "\n", command: "validate") }
        return worst
    }

    /// What one file adds to the report.
    struct FileOutcome {
        var worst: Int32 = 0
        var lines: [String] = []
        var output: (file: String, output: JSONValue)?
        var unreadable: String?
    }

    func check(_ entry: JSONFiles.Entry, compiled: CompiledSchema, format: OutputFormat?) -> FileOutcome {
        var outcome = FileOutcome()
        let shown = name(entry.path.display)
        switch JSONFiles.load(entry) {
        case .failure(let failure):
            let location = TextReporter.oneLine("\(shown)\(failure.position.map { ":\($0)" } ?? "")")
            let message = TextReporter.oneLine(failure.message.en)
            if format == nil { outcome.lines.append("\(paint.location(location)): \(message)") } else { outcome.unreadable = "\(location): \(message)" }
            outcome.worst = 2
        case .success(let document):
            if let format {
                let unit = compiled.output(document.value, format: format, document: document)
                if case .object(let members) = unit, members["valid"] != .bool(true) { outcome.worst = 1 }
                outcome.output = (shown, unit)
            } else {
                let result = compiled.validate(document.value)
                if !result.isValid { outcome.worst = 1 }
                outcome.lines = TextReporter.schemaLines(InstanceReport.lines(result, in: document), file: shown, paint: paint)
            }
        }
        return outcome
    }

    /// Adds one `--ref` (`FILE`, or `URI=FILE`) to the registry; a message when it cannot.
    func preload(_ argument: String, into registry: SchemaRegistry) -> String? {
        var uri: String?
        var file = argument
        if let equals = argument.firstIndex(of: "="), SchemaFiles.isAbsoluteURI(String(argument[..<equals])) {
            uri = String(argument[..<equals])
            file = String(argument[argument.index(after: equals)...])
        }
        switch JSONFiles.parse(file) {
        case .failure(let failure):
            return "--ref \(name(file))\(failure.position.map { ":\($0)" } ?? ""): \(failure.message.en)"
        case .success(let document):
            // Under the URI given, else under its $id (resolved against its file's URI), else
            // its file's URI, as a $ref from a schema beside it would name it.
            do {
                try registry.add(document.value, uri: uri ?? SchemaFiles.fileURI(file))
            } catch {
                return "--ref \(name(file)): invalid schema: \((error as? SchemaError)?.message ?? "\(error)")"
            }
            return nil
        }
    }

    /// How a path is shown: `-` is standard input.
    func name(_ path: String) -> String { path == StandardInput.argument ? StandardInput.displayName : path }

    /// True when the arguments name one file (not a folder).
    var singleFile: Bool {
        var isFolder: ObjCBool = false
        return paths.count == 1 && listed.isEmpty && !(FileManager.default.fileExists(atPath: paths[0], isDirectory: &isFolder) && isFolder.boolValue)
    }

    func fail(_ message: String) -> Int32 {
        StandardStreams.error("eizin validate: \(message)")
        return 2
    }
}

/// Schema documents on disk, by `file:` URI; the network never.
enum SchemaFiles {
    /// The `file:` URI of a path (absolute, percent-encoded); the current folder's for `-`.
    static func fileURI(_ path: String) -> String {
        let url = path == StandardInput.argument
            ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(StandardInput.displayName)
            : URL(fileURLWithPath: path)
        return url.standardizedFileURL.absoluteString
    }

    static func isAbsoluteURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        // One letter before a colon is a Windows drive, not a scheme.
        return scheme.count > 1 && scheme.first!.isLetter && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// The retriever for `SchemaRegistry`: `file:` URIs are read and parsed; `http(s)` ones
    /// are refused with the way out; any other scheme stays unresolved.
    @Sendable static func retrieve(_ uri: String) throws(SchemaError) -> JSONValue? {
        let lower = uri.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            throw SchemaError(message: "the $ref '\(uri)' names a schema on the network, and eizin never downloads: "
                              + "save it to a file and pass --ref FILE (if the file's $id is that URI) or --ref \(uri)=FILE")
        }
        guard lower.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.path
        switch JSONFiles.parse(path) {
        case .failure(let failure):
            throw SchemaError(message: "the $ref '\(uri)' names \(path)\(failure.position.map { ":\($0)" } ?? ""): \(failure.message.en)")
        case .success(let document):
            return document.value
        }
    }
}
