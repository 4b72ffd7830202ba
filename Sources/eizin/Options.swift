import ArgumentParser
import CivilDates
import Foundation
import JSONSchema
import Permits

// The closed-valued options are enums, so that ArgumentParser checks their values, lists
// them in --help, and offers them in the generated shell completions and the man page.

extension FormKind: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
/// `eizin validate --schema --output`: JSON Schema's standard output formats.
extension OutputFormat: ExpressibleByArgument {}

/// A date argument (`--today 2025-06-01`): a real day written YYYY-MM-DD, else
/// ArgumentParser's own usage error naming the option.
extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

/// `--lang`, shared by the commands that print messages.
struct LanguageOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Language of the messages (default: tr when the first non-empty of LC_ALL, LC_MESSAGES, LANG starts with tr, else en).",
                               valueName: "tr|en"))
    var lang: Language?

    /// `--lang`, else what the POSIX locale environment says.
    var resolved: Language { lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment) }
}

/// `eizin validate --format`.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, sarif
}

/// `eizin rules --format`.
enum CatalogueFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

/// `--color auto|always|never`: colour in text output.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never

    /// `always` and `never` say so; `auto` is `Paint.automatic` for standard output.
    /// `always` wins over `NO_COLOR`, as in git, ls and ripgrep: an explicit option is the
    /// user's latest word.
    var paint: TextReporter.Paint {
        switch self {
        case .always: TextReporter.Paint(enabled: true)
        case .never: TextReporter.Paint(enabled: false)
        case .auto: .automatic(environment: ProcessInfo.processInfo.environment, isTerminal: isatty(STDOUT_FILENO) == 1)
        }
    }
}
