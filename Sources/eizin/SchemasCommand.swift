import ArgumentParser
import Foundation
import Permits

/// `eizin schemas`: writes forms/<kind>.schema.json and forms/rules.json from the form
/// definitions, deterministically.
struct SchemasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schemas",
        abstract: "Write the application forms as JSON Schema 2020-12 (and the rule catalogue) into a folder.")

    @Option(help: "The folder to write into.")
    var output: String = "forms"

    @Flag(help: "Write nothing; exit 1 if any file in the folder differs from what would be written.")
    var check = false

    func run() throws {
        let folder = URL(fileURLWithPath: output)
        var stale: [String] = []
        var written = 0
        let files = FormsOutput.files()
        if !check { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        for (name, contents) in files {
            let url = folder.appendingPathComponent(name)
            let existing = try? String(contentsOf: url, encoding: .utf8)
            if existing == contents { continue }
            if check {
                stale.append(name)
            } else {
                try Data(contents.utf8).write(to: url, options: .atomic)
                print("wrote \(url.path)")
                written += 1
            }
        }
        if !stale.isEmpty {
            FileHandle.standardError.write(Data("eizin schemas: stale in \(output): \(stale.joined(separator: ", ")); run eizin schemas --output \(output)\n".utf8))
            throw ExitCode(1)
        }
        let changes = check ? "" : " (\(written) written)"
        print("\(output)/: \(files.count) files up to date\(changes).")
    }
}
