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
            Each finding is one line (the severity word and the rule id stay English):
              FILE:LINE:COLUMN: error|warning RULE-ID: field label (JSON pointer): message
                — lang/page.html#anchor
            then one summary line. The link is the guide step that explains the rule, on the \
            help site; `eizin rules` lists every rule.

            The kind comes from the file's "kind" member or its "$schema" (the form's schema \
            id); --kind overrides both. A photo or a document is a path relative to the \
            application file's folder and may not leave it.

            Examples:
              eizin validate --lang tr application.json
              eizin validate --today 2025-06-01 applications/
              eizin validate --draft --format json draft.json
              eizin validate --schema my.schema.json data/*.json

            Exit status: 0 no errors (warnings allowed unless --strict), 1 errors found, \
            2 a file could not be read, parsed or recognised, or a usage error (2 wins over 1). \
            See docs/validate.md.
            """)

    @Argument(help: ArgumentHelp("Application files, or folders searched recursively for *.json.", valueName: "file-or-folder"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The application kind, overriding the file's \"kind\" / \"$schema\" (\(FormKind.allCases.map(\.rawValue).joined(separator: ", "))).",
                               valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("The date that counts as today (default: today in Europe/Istanbul).", valueName: "yyyy-mm-dd"))
    var today: String?

    @Flag(help: "A draft (Taslak Olarak Kaydet): missing fields, documents, the e-mail verification and the declaration are not required; what is present is checked.")
    var draft = false

    @Option(help: ArgumentHelp("Message language (default: LC_ALL, LC_MESSAGES or LANG starting with tr → tr, else en).", valueName: "tr|en"))
    var lang: String?

    @Option(help: ArgumentHelp("text for people, json for scripts, sarif for code-scanning tools.", valueName: "text|json|sarif"))
    var format: String = "text"

    @Flag(help: "Warnings fail too (exit 1).")
    var strict = false

    @Option(help: ArgumentHelp("Validate any JSON files against this JSON Schema (draft 2020-12) instead of the application forms.",
                               valueName: "schema.json"))
    var schema: String?

    @Option(help: ArgumentHelp("With --schema: print the standard output format of JSON Schema 2020-12 as JSON.", valueName: "basic|detailed|flag"))
    var output: String?

    func run() throws {
        guard !paths.isEmpty else { throw usage("no files given") }
        if let schema {
            // The application options mean nothing to a foreign schema: refuse them rather
            // than let a user believe they took effect.
            let unusable = [("--kind", kind != nil), ("--today", today != nil), ("--draft", draft), ("--lang", lang != nil),
                            ("--format", format != "text"), ("--strict", strict)].filter(\.1).map(\.0)
            guard unusable.isEmpty else {
                throw usage("\(unusable.joined(separator: ", ")) cannot be used with --schema (--output gives a machine-readable result)")
            }
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
        // Paths byte for byte: a name that is not UTF-8 must be read, not "not found".
        let report = try run.run(paths: RawPath.recovering(paths, from: RawPath.commandLine))
        let text: String
        switch reportFormat {
        case .text: text = TextReporter.render(report)
        case .json: text = JSONReporter.render(report)
        case .sarif: text = SARIFReporter.render(report)
        }
        try StandardStreams.output(text, command: "validate")
        throw ExitCode(report.exitCode(strict: strict))
    }

    enum ReportFormat: String { case text, json, sarif }

    func resolveLanguage() throws -> Language {
        guard let language = LanguageOption.resolve(lang) else { throw usage("--lang must be tr or en") }
        return language
    }

    func usage(_ message: String) -> Error {
        StandardStreams.error("eizin validate: \(message)")
        return ExitCode(2)
    }
}
