import Foundation
import Permits

/// The `--lang` option shared by the commands that print messages: tr or en, else the
/// POSIX locale environment decides.
enum LanguageOption {
    /// The language, or nil when the option names neither tr nor en.
    static func resolve(_ option: String?) -> Language? {
        guard let option else { return Language.fromEnvironment(ProcessInfo.processInfo.environment) }
        return Language(rawValue: option)
    }
}
