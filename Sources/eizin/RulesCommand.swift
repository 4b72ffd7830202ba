import ArgumentParser
import Foundation
import JSONSchema
import Permits

/// `eizin rules`: the rule catalogue, each rule with its id, severity, source and guide step.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print every rule the validator checks, with its id, severity, source and guide link.")

    @Option(help: "Language, tr or en (default from LC_ALL, LC_MESSAGES, LANG).")
    var lang: String?

    @Option(help: "text or json.")
    var format: String = "text"

    func run() throws {
        let language: Language
        if let lang {
            guard let l = Language(rawValue: lang) else { throw usage("--lang must be tr or en") }
            language = l
        } else {
            language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        }
        switch format {
        case "json":
            print(JSONWriter.write(.array(RuleCatalog.all.map(\.json))), terminator: "")
        case "text":
            print(RuleCatalogText.render(language), terminator: "")
        default:
            throw usage("--format must be text or json")
        }
    }

    func usage(_ message: String) -> Error {
        FileHandle.standardError.write(Data("eizin rules: \(message)\n".utf8))
        return ExitCode(2)
    }
}
