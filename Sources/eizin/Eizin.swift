import ArgumentParser

@main
struct Eizin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eizin",
        abstract: "Publish the e-İzin academic work-permit guide, emit its forms as JSON Schema, and check applications offline.",
        version: EizinVersion.description,
        subcommands: [BuildCommand.self, ServeCommand.self, TranslationsCommand.self, ValidateCommand.self, NewCommand.self, SchemasCommand.self, RulesCommand.self])
}
