import ArgumentParser
import Foundation

extension Eizin {
    /// Usage errors (unknown options, missing values) exit with 2, as `eizin validate`
    /// documents (0 ok, 1 findings, 2 unusable input or usage), instead of
    /// ArgumentParser's 64. Everything else, help included, behaves as usual.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardStreams.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
