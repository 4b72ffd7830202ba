import ArgumentParser

// Placeholder; replaced by the owner of this command.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "(not yet implemented)")
    func run() throws { throw ExitCode(2) }
}
