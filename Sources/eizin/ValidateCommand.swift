import ArgumentParser
import Foundation
import JSONSchema
import Permits

/// `eizin validate`: application files against their form and the guide's rules, or (with
/// --schema) any JSON files against any schema. Exit 0 no errors, 1 errors, 2 unreadable
/// input or a usage error.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check application files against their form and the guide's rules (or any JSON against --schema).",
        discussion: """
            Exit status: 0 no errors (warnings allowed unless --strict), 1 errors found, \
            2 a file could not be read, parsed or recognised, or a usage error. See docs/validate.md.
            """)

    @Argument(help: "Application files, or folders searched for *.json.")
    var paths: [String] = []

    @Option(help: "The application kind, overriding the file's \"kind\" / \"$schema\" (\(FormKind.allCases.map(\.rawValue).joined(separator: ", "))).")
    var kind: String?

    @Option(help: "The date that counts as today, YYYY-MM-DD (default: today in Europe/Istanbul).")
    var today: String?

    @Flag(help: "A draft (Taslak Olarak Kaydet): missing fields and the declaration are not required; what is present is checked.")
    var draft = false

    @Option(help: "Message language, tr or en (default: LC_ALL, LC_MESSAGES or LANG starting with tr → tr, else en).")
    var lang: String?

    @Option(help: "Output format: text, json or sarif.")
    var format: String = "text"

    @Flag(help: "Warnings fail too (exit 1).")
    var strict = false

    @Option(help: "Validate any JSON files against this JSON Schema instead of the application forms.")
    var schema: String?

    @Option(help: "With --schema: print the standard output format (basic, detailed or flag) as JSON.")
    var output: String?

    func run() throws {
        guard !paths.isEmpty else { throw usage("no files given") }
        if let schema {
            let code = try GenericValidation(schemaPath: schema, paths: paths, output: output).run()
            throw ExitCode(code)
        }
        guard output == nil else { throw usage("--output needs --schema") }
        let language = try resolveLanguage()
        guard let reportFormat = ReportFormat(rawValue: format) else { throw usage("--format must be text, json or sarif") }
        var formKind: FormKind?
        if let kind {
            guard let k = FormKind(rawValue: kind) else { throw usage("unknown --kind \(kind)") }
            formKind = k
        }
        var day = CivilDate.today()
        if let today {
            guard let d = CivilDate(iso: today) else { throw usage("--today must be a real date written YYYY-MM-DD") }
            day = d
        }
        let run = ValidationRun(settings: ValidationSettings(today: day, draft: draft), kind: formKind, language: language)
        let report = try run.run(paths: paths)
        let text: String
        switch reportFormat {
        case .text: text = TextReporter.render(report)
        case .json: text = JSONReporter.render(report)
        case .sarif: text = SARIFReporter.render(report)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
        throw ExitCode(report.exitCode(strict: strict))
    }

    enum ReportFormat: String { case text, json, sarif }

    func resolveLanguage() throws -> Language {
        guard let lang else { return Language.fromEnvironment(ProcessInfo.processInfo.environment) }
        guard let l = Language(rawValue: lang) else { throw usage("--lang must be tr or en") }
        return l
    }

    func usage(_ message: String) -> Error {
        FileHandle.standardError.write(Data("eizin validate: \(message)\n".utf8))
        return ExitCode(2)
    }
}
