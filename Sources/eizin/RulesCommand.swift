import ArgumentParser
import Foundation
import JSONSchema
import Permits

/// `eizin rules`: the rule catalogue, each rule with its id, severity, source and guide step.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print every rule the validator checks, with its id, severity, source and guide link.",
        discussion: """
            Every finding of `eizin validate` names one of these rule ids. An error follows \
            from the guide, the calendar or an identifier's checksum; a warning from a \
            secondary source (the law, the ministry's FAQ) or an inference, or says that \
            eizin could not check a value (value-not-checked), and its message says why it \
            is only a warning. Rules marked as not checked in drafts are skipped \
            by `eizin validate --draft`.

            Examples:
              eizin rules --lang tr
              eizin rules --format json > catalogue.json
            """)

    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("text for reading, or json: the catalogue as data, one object per rule.",
                               valueName: "text|json"))
    var format: CatalogueFormat = .text

    func run() throws {
        switch format {
        case .json:
            try StandardStreams.output(JSONWriter.write(.array(RuleCatalog.all.map(\.json))), command: "rules")
        case .text:
            try StandardStreams.output(RuleCatalogText.render(language.resolved), command: "rules")
        }
    }
}
