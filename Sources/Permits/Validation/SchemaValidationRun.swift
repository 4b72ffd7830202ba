import Foundation
import FilePaths
import JSONSchema
import ParallelWork

/// `eizin validate --schema SCHEMA FILE...`: like check-jsonschema, for any JSON. Reports
/// `file:line:col: message` lines (or, with `output`, the standard output format).
///
/// References: the schema's base URI is its `$id`, else its file's `file:` URI, so a `$ref`
/// to `common.json` or `../defs.json#/$defs/x` is read from disk relative to the referring
/// schema. `--ref FILE` preloads a schema under its `$id` (like ajv's `-r`), `--ref
/// URI=FILE` under a URI of one's choosing. Nothing is fetched from the network: an
/// `http(s)` reference that was not preloaded is an error that names it.
public struct SchemaValidationRun {
    public var schemaPath: String
    public var paths: [String]
    /// Names read from `--files-from`, after the arguments.
    public var listed: [RawPath]
    public var output: OutputFormat?
    public var references: [String]
    public var formatAssertion: Bool
    public var paint: TextReporter.Paint

    public init(schemaPath: String, paths: [String], listed: [RawPath] = [], output: OutputFormat? = nil, references: [String] = [],
                formatAssertion: Bool = false, paint: TextReporter.Paint = TextReporter.Paint(enabled: false)) {
        self.schemaPath = schemaPath
        self.paths = paths
        self.listed = listed
        self.output = output
        self.references = references
        self.formatAssertion = formatAssertion
        self.paint = paint
    }

    /// What the run has to say, and its exit status.
    public struct Report {
        /// Why nothing was checked (the schema or a `--ref` unusable), for standard error.
        public var problems: [String] = []
        /// Files that could not be read, when `output` keeps standard output for JSON.
        public var unreadable: [String] = []
        /// Standard output: the findings, or the JSON document of `output`.
        public var text = ""
        /// 0 every file valid, 1 a file invalid, 2 a file or the schema unusable.
        public var status: Int32 = 0
    }

    /// What one file adds to the report.
    struct FileOutcome: Sendable {
        var worst: Int32 = 0
        var lines: [String] = []
        var output: (file: String, output: JSONValue)?
        var unreadable: String?
    }

    /// Runs the check, the files spread over every core.
    public func run() -> Report {
        let compiled: CompiledSchema
        switch JSONFiles.parse(schemaPath) {
        case .failure(let failure):
            return Report(problems: ["\(name(schemaPath))\(failure.position.map { ":\($0)" } ?? ""): \(failure.message.en)"], status: 2)
        case .success(let document):
            let problems = SchemaDialect.problems(document).map { $0.line(file: name(schemaPath)) }
            guard problems.isEmpty else { return Report(problems: problems, status: 2) }
            let registry = SchemaRegistry()
            // The forms' own schemas, so a schema may $ref them by their ids.
            for form in FormCatalog.all { try? registry.add(SchemaEmitter.schema(for: form), uri: form.kind.schemaID) }
            for reference in references {
                if let problem = preload(reference, into: registry) { return Report(problems: [problem], status: 2) }
            }
            registry.retriever = SchemaFiles.retrieve
            do throws(SchemaError) {
                compiled = try CompiledSchema(document.value, registry: registry, options: ValidationOptions(formatAssertion: formatAssertion),
                                              baseURI: SchemaFiles.fileURI(schemaPath))
            } catch {
                return Report(problems: ["\(name(schemaPath)): invalid schema: \(error.message)"], status: 2)
            }
        }
        var report = Report()
        var outputs: [(file: String, output: JSONValue)] = []
        var lines: [String] = []
        // Files are read, parsed and validated on every core (the compiled schema is
        // immutable); their findings are reported in file order.
        let entries = JSONFiles.entries(RawPath.recovering(paths, from: RawPath.commandLine) + listed)
        for outcome in Parallel.map(entries.count, { index in check(entries[index], compiled: compiled) }) {
            report.status = max(report.status, outcome.worst)
            lines += outcome.lines
            if let output = outcome.output { outputs.append(output) }
            // With `output`, standard output holds only JSON; files that cannot be read are said apart.
            if let message = outcome.unreadable { report.unreadable.append(message) }
        }
        if output != nil, let document = InstanceReport.outputDocument(outputs, oneFileNamed: singleFile) {
            lines.append(String(JSONWriter.write(document).dropLast()))
        }
        if !lines.isEmpty { report.text = lines.joined(separator: "\n") + "\n" }
        return report
    }

    func check(_ entry: JSONFiles.Entry, compiled: CompiledSchema) -> FileOutcome {
        var outcome = FileOutcome()
        let shown = name(entry.path.display)
        switch JSONFiles.load(entry) {
        case .failure(let failure):
            let location = TextReporter.oneLine("\(shown)\(failure.position.map { ":\($0)" } ?? "")")
            let message = TextReporter.oneLine(failure.message.en)
            if output == nil { outcome.lines.append("\(paint.location(location)): \(message)") } else { outcome.unreadable = "\(location): \(message)" }
            outcome.worst = 2
        case .success(let document):
            if let output {
                let unit = compiled.output(document.value, format: output, document: document)
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
    func name(_ path: String) -> String { StandardInput.name(path) }

    /// True when the arguments name one file (not a folder).
    var singleFile: Bool {
        var isFolder: ObjCBool = false
        return paths.count == 1 && listed.isEmpty && !(FileManager.default.fileExists(atPath: paths[0], isDirectory: &isFolder) && isFolder.boolValue)
    }
}
