import ArgumentParser

// Placeholder; replaced by the owner of this command.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "(not yet implemented)")
    func run() throws { throw ExitCode(2) }
}
