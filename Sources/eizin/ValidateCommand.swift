import ArgumentParser
import CivilDates
import FilePaths
import Foundation
import Guide
import JSONSchema
import Permits
import SiteLayout

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
            then one summary line counting the files clean, with warnings, with errors and \
            unreadable. The link is the guide step that explains the rule, on the help site \
            (absolute with --site-url or base_url in content/site.yml); `eizin rules` lists \
            every rule. `-` reads standard input (its photo and documents are looked for in \
            the current folder).

            The kind comes from the file's "kind" member or its "$schema" (the form's schema \
            id); --kind overrides both. A photo or a document is a path relative to the \
            application file's folder and may not leave it.

            Colour: on a terminal the location and the severity word are coloured; not when \
            the output is piped, nor when NO_COLOR is set (non-empty). --color always \
            overrides NO_COLOR; --color never turns colour off everywhere.

            Examples:
              eizin validate --lang tr application.json
              eizin validate --today 2025-06-01 applications/
              eizin validate --draft --format json draft.json
              cat application.json | eizin validate -
              eizin validate --schema my.schema.json data/*.json
              eizin validate --schema api.schema.json --ref common.schema.json data.json

            Exit status: 0 no errors (warnings allowed unless --strict), 1 errors found, \
            2 a file could not be read, parsed or recognised, or a usage error (2 wins over 1). \
            See docs/validate.md.
            """)

    @Argument(help: ArgumentHelp("Application files, or folders searched recursively for *.json; - reads standard input.",
                                 valueName: "file-or-folder"),
              completion: .file())
    var paths: [String] = []

    @Option(name: .customLong("files-from"),
            help: ArgumentHelp("Also check the files (or folders) named in this file, one per line; - reads the names from standard input. For lists longer than a command line holds: each name given as an argument costs the argument parser time that grows with their number.",
                               valueName: "list"),
            completion: .file())
    var filesFrom: String?

    @Option(help: ArgumentHelp("The application kind, overriding the file's \"kind\" / \"$schema\".", valueName: "kind"))
    var kind: FormKind?

    @Option(help: ArgumentHelp("The date that counts as today, a real day (default: today in Europe/Istanbul).", valueName: "yyyy-mm-dd"))
    var today: CivilDate?

    @Flag(help: "A draft (Taslak Olarak Kaydet): missing or empty (\"\") fields, documents, the e-mail verification and the declaration are not required; what is filled in is checked.")
    var draft = false

    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("text for people, json for scripts, sarif for code-scanning tools.", valueName: "text|json|sarif"))
    var format: ReportFormat = .text

    @Flag(help: "Warnings fail too (exit 1).")
    var strict = false

    @Option(help: ArgumentHelp("Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never.",
                               valueName: "auto|always|never"))
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("The help site's address: guide links become absolute (default: base_url in ./content/site.yml, if any).",
                               valueName: "url"))
    var siteURL: String?

    @Option(help: ArgumentHelp("Validate any JSON files against this JSON Schema (draft 2020-12) instead of the application forms.",
                               valueName: "schema.json"),
            completion: .file(extensions: ["json"]))
    var schema: String?

    @Option(help: ArgumentHelp("With --schema: preload a schema a $ref may name, by its $id (or as URI=FILE, under that URI). Repeatable. Nothing is ever fetched from the network.",
                               valueName: "file"),
            completion: .file(extensions: ["json"]))
    var ref: [String] = []

    @Flag(help: "With --schema: \"format\" is an assertion (a bad date, e-mail, URI... fails), not just an annotation.")
    var formatAssertion = false

    @Option(help: ArgumentHelp("With --schema: print the standard output format of JSON Schema 2020-12 as JSON.", valueName: "basic|detailed|flag"))
    var output: OutputFormat?

    /// Usage errors, found before anything is read: ArgumentParser reports them with the
    /// usage line (and `Eizin.main` exits 2).
    func validate() throws {
        let fromStdin = paths.filter { $0 == StandardInput.argument }.count + (schema == StandardInput.argument ? 1 : 0)
            + (filesFrom == StandardInput.argument ? 1 : 0)
        guard fromStdin <= 1 else { throw ValidationError("standard input (-) can be read only once") }
        if schema != nil {
            // The application options mean nothing to a foreign schema: refuse them rather
            // than let a user believe they took effect.
            let unusable = [("--kind", kind != nil), ("--today", today != nil), ("--draft", draft), ("--lang", language.lang != nil),
                            ("--format", format != .text), ("--strict", strict), ("--site-url", siteURL != nil)].filter(\.1).map(\.0)
            guard unusable.isEmpty else {
                throw ValidationError("\(unusable.joined(separator: ", ")) cannot be used with --schema (--output gives a machine-readable result)")
            }
        } else {
            let schemaOnly = [("--output", output != nil), ("--ref", !ref.isEmpty), ("--format-assertion", formatAssertion)].filter(\.1).map(\.0)
            guard schemaOnly.isEmpty else { throw ValidationError("\(schemaOnly.joined(separator: ", ")) needs --schema") }
        }
        try SiteAddress.check(siteURL, option: "--site-url")
    }

    func run() throws {
        // Here, not in validate(): ArgumentParser validates before it reports an unknown
        // option, and `eizin validate --bogus` must name --bogus.
        guard !paths.isEmpty || filesFrom != nil else { throw ValidationError("no files given") }
        let listed = try listedPaths()
        let paint = color.paint
        if let schema {
            let run = SchemaValidationRun(schemaPath: schema, paths: paths, listed: listed, output: output, references: ref,
                                          formatAssertion: formatAssertion, paint: paint)
            let report = run.run()
            let errors = report.problems.map { "eizin validate: \($0)" } + report.unreadable
            if !errors.isEmpty { StandardStreams.error(errors.joined(separator: "\n")) }
            if !report.text.isEmpty { try StandardStreams.output(report.text, command: "validate") }
            throw ExitCode(report.status)
        }
        let day = today ?? CivilDate.today()
        let site = resolveSiteURL()
        let run = ValidationRun(settings: ValidationSettings(today: day, draft: draft), kind: kind, language: language.resolved)
        // Paths byte for byte: a name that is not UTF-8 must be read, not "not found".
        var report = try run.run(paths: RawPath.recovering(paths, from: RawPath.commandLine) + listed)
        report.siteURL = site
        let text: String
        switch format {
        case .text: text = TextReporter.render(report, paint: paint)
        case .json: text = JSONReporter.render(report)
        case .sarif: text = SARIFReporter.render(report)
        }
        try StandardStreams.output(text, command: "validate")
        throw ExitCode(report.exitCode(strict: strict))
    }

    /// The names in `--files-from` (`RawPath.list(lines:)`).
    func listedPaths() throws -> [RawPath] {
        guard let filesFrom else { return [] }
        let data = filesFrom == StandardInput.argument
            ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: filesFrom)
        guard let data else {
            StandardStreams.error("eizin validate: --files-from \(filesFrom): cannot read the list")
            throw ExitCode(2)
        }
        return RawPath.list(lines: data)
    }

    /// --site-url, else `base_url` in ./content/site.yml (the file `eizin build` reads by
    /// default), else nil (relative links).
    func resolveSiteURL() -> String? {
        siteURL.flatMap(SiteAddress.folder) ?? SiteConfiguration.publishedAddress(contentFolder: "content")
    }
}

