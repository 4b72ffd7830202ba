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
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            StandardStreams.error("eizin schemas: \(output) is a file, not a folder")
            throw ExitCode(2)
        }
        let files = FormsOutput.files()
        let (stale, leftovers) = FormsOutput.differences(in: folder, files: files)
        if check {
            let names = stale.map(\.name) + leftovers.map { "\($0) (no such application kind)" }
            if !names.isEmpty {
                StandardStreams.error("eizin schemas: stale in \(output): \(names.joined(separator: ", ")); run eizin schemas --output \(output)")
                throw ExitCode(1)
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw cannotWrite(folder.path, error)
            }
            for (name, contents) in stale {
                let url = folder.appendingPathComponent(name)
                do {
                    try Data(contents.utf8).write(to: url, options: .atomic)
                } catch {
                    throw cannotWrite(url.path, error)
                }
                try StandardStreams.output("wrote \(url.path)\n", command: "schemas")
            }
            for name in leftovers {
                let url = folder.appendingPathComponent(name)
                do {
                    try FileManager.default.removeItem(at: url)
                } catch {
                    throw cannotWrite(url.path, error)
                }
                try StandardStreams.output("removed \(url.path) (no such application kind)\n", command: "schemas")
            }
        }
        let changes = check ? "" : " (\(stale.count + leftovers.count) written)"
        try StandardStreams.output("\(output)/: \(files.count) files up to date\(changes).\n", command: "schemas")
    }

    /// A write failure in words (the POSIX reason), not a dump of the Foundation error.
    func cannotWrite(_ path: String, _ error: Error) -> Error {
        StandardStreams.error("eizin schemas: cannot write \(path): \(fileErrorReason(error))")
        return ExitCode(2)
    }
}
