import ArgumentParser
import FilePaths
import Foundation
import JSONSchema
import Permits

/// `eizin new KIND [--path PATH] [-o FILE]`: a blank application to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a blank application of a kind (and eligibility path) to fill in.",
        discussion: """
            Every field of the form (on the chosen path) is present and empty ("", also for \
            numbers and yes/no questions), and "declarationAccepted" is false. The "$schema" member names the form's schema, so a \
            JSON-aware editor completes and checks the file (map the id to forms/ as \
            docs/validate.md shows). `eizin validate --draft` accepts the blank file (an empty \
            field counts as not filled in yet); a final `eizin validate` names every field \
            still to fill.

            Paths: academic-application: yok, exempt-foreign-id, exempt-in-turkey, \
            exempt-abroad; start-of-work-notification: in-turkey, abroad. Other kinds have one \
            shape.

            --lang sets the language of the messages only; the file's keys are the same in both.

            Examples:
              eizin new academic-application --path yok -o application.json
              eizin new lost-card-request > request.json

            Exit status: 0 written, 2 a usage error or a file that cannot be written.
            """)

    @Argument(help: ArgumentHelp("The application kind.", valueName: "kind"))
    var kind: FormKind

    @Option(help: ArgumentHelp("The path through the form, for a kind that has several (see above).", valueName: "path"),
            completion: .list(FormCatalog.all.flatMap { $0.paths.map(\.name) }))
    var path: String?

    @OptionGroup var languageOptions: LanguageOptions

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file instead of standard output (an existing file is kept unless --force).",
                                                               valueName: "file"),
            completion: .file(extensions: ["json"]))
    var output: String?

    @Flag(help: "Replace an existing --output file.")
    var force = false

    /// Usage errors, in the language of the messages: a path the kind does not have (or
    /// none where it needs one), and an --output file that exists without --force.
    func validate() throws {
        let language = languageOptions.resolved
        if case .failure(let failure) = BlankApplication.make(FormCatalog.definition(for: kind), path: path) {
            throw ValidationError(failure.message(language, given: path))
        }
        if let output, output != StandardInput.argument, FileManager.default.fileExists(atPath: output), !force {
            throw ValidationError(language == .tr ? "\(output) zaten var; üzerine yazmak için --force" : "\(output) exists; use --force to replace it")
        }
    }

    func run() throws {
        let language = languageOptions.resolved
        // validate() has refused a path that does not fit the kind.
        let blank = try BlankApplication.make(FormCatalog.definition(for: kind), path: path).get()
        let text = JSONWriter.write(blank)
        guard let output, output != StandardInput.argument else {
            try StandardStreams.output(text, command: "new")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            StandardStreams.error("eizin new: " + (language == .tr ? "\(output) yazılamadı: " : "cannot write \(output): ") + fileErrorReason(error))
            throw ExitCode(2)
        }
        StandardStreams.error(language == .tr
            ? "\(output) yazıldı. Doldururken denetleyin: eizin validate --draft \(output)"
            : "Wrote \(output). Check it as you fill it in: eizin validate --draft \(output)")
    }
}
