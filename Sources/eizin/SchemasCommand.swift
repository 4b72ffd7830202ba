import ArgumentParser
import Foundation
import JSONSchema
import Permits

/// `eizin schemas`: writes forms/<kind>.schema.json and forms/rules.json from the form
/// definitions, deterministically.
struct SchemasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemas",
        abstract: "Write the application forms as JSON Schema 2020-12 (and the rule catalogue) into a folder.",
        discussion: """
            Writes <kind>.schema.json for every application kind and rules.json (the rule \
            catalogue and every form's checks as data). The output is deterministic: run it \
            after changing a form definition and commit forms/.

            Exit status: 0 up to date (or written), 1 with --check when a file is stale, \
            2 when the folder cannot be written.
            """)

    @Option(help: ArgumentHelp("The folder to write into.", valueName: "folder"))
    var output: String = "forms"

    @Flag(help: "Write nothing; exit 1 if any file in the folder differs from what would be written, or if it holds a schema of a kind that no longer exists.")
    var check = false

    func run() throws {
        let folder = URL(fileURLWithPath: output)
        do {
            if check {
                try FormsOutput.requireFolder(folder)
                let (stale, leftovers) = FormsOutput.differences(in: folder)
                let names = stale.map(\.name) + leftovers.map { "\($0) (no such application kind)" }
                if !names.isEmpty {
                    StandardStreams.error("eizin schemas: stale in \(output): \(names.joined(separator: ", ")); run eizin schemas --output \(output)")
                    throw ExitCode(1)
                }
                try StandardStreams.output("\(output)/: \(FormsOutput.files().count) files up to date.\n", command: "schemas")
                return
            }
            var changes = 0
            let files = try FormsOutput.update(folder) { change in
                changes += 1
                switch change {
                case .wrote(let path): try StandardStreams.output("wrote \(path)\n", command: "schemas")
                case .removed(let path): try StandardStreams.output("removed \(path) (no such application kind)\n", command: "schemas")
                }
            }
            try StandardStreams.output("\(output)/: \(files.count) files up to date (\(changes) written).\n", command: "schemas")
        } catch let failure as FormsOutput.WriteFailure {
            StandardStreams.error("eizin schemas: \(failure.message)")
            throw ExitCode(2)
        }
    }
}
