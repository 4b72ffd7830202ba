import ArgumentParser

// Placeholder; replaced by the owner of this command.
struct SchemasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schemas", abstract: "(not yet implemented)")
    func run() throws { throw ExitCode(2) }
}
