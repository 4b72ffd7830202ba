import ArgumentParser
import Foundation
import Guide

/// `eizin translations`: each translated page against its source page, with the
/// fingerprint to paste into its front matter (`source:`) once the two agree.
struct TranslationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "Show which translated pages follow their source page, and the fingerprint to record.",
        discussion: """
            The first language of site.yml is the source (tr); a page of another language \
            with the same file name is its translation. A translation records the source \
            page's fingerprint when it was last aligned, in its front matter: \
            source: 3f2a9c0b1d4e. When the source page changes, eizin build warns and the \
            translated page says at its top that it may be out of date. After updating the \
            translation, paste the fingerprint printed here.
            """)

    @Option(name: .long, help: ArgumentHelp("Folder holding site.yml and one subfolder of Markdown pages per language.", valueName: "dir"))
    var content: String = "content"

    @Flag(name: .long, help: "Exit 1 unless every translation is current (for CI).")
    var check = false

    func run() throws {
        let (sources, problems) = ContentLoader(directory: content).readCollecting()
        if !problems.isEmpty { StandardStreams.error(problems.map(\.description).joined(separator: "\n")) }
        guard let sources else { throw ExitCode(1) }
        let statuses = TranslationStatus.of(sources)
        let lines = statuses.map(\.line) + [TranslationStatus.summary(statuses)]
        try StandardStreams.output(lines.joined(separator: "\n") + "\n", command: "translations")
        if !problems.isEmpty || (check && statuses.contains { $0.state != .current }) { throw ExitCode(1) }
    }
}
