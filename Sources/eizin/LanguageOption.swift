import Foundation
import Permits

/// The `--lang` option shared by the commands that print messages: tr or en, else the
/// POSIX locale environment decides.
enum LanguageOption {
    static func resolve(_ option: Language?) -> Language {
        option ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    static let help = "Language (default: tr when the first non-empty of LC_ALL, LC_MESSAGES, LANG starts with tr, else en)."
}
