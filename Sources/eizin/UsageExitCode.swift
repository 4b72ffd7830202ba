import ArgumentParser
import Foundation

extension Eizin {
    /// Usage errors (unknown options, missing values, a `ValidationError` from `validate()`
    /// or `run()`) exit with 2, as `eizin validate` documents (0 ok, 1 findings, 2 unusable
    /// input or usage), instead of ArgumentParser's 64, with the usage of the command that
    /// was run. Everything else, help included, behaves as usual.
    static func main() {
        var parsed: (any ParsableCommand)?  // the command being run, once parsed
        do {
            var command = try parseAsRoot()
            parsed = command
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                // A usage error found by run(): with the usage of the command run, as
                // ArgumentParser gives it for the errors it finds while parsing.
                if let parsed {
                    let command = type(of: parsed)
                    let name = command.configuration.commandName.map { "eizin \($0)" } ?? "eizin"
                    StandardStreams.error("Error: \(message(for: error))\nUsage: \(usageString(for: command))\n"
                                          + "  See '\(name) --help' for more information.")
                } else {
                    StandardStreams.error(fullMessage(for: error))
                }
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
