import ArgumentParser
import Dispatch
import Foundation
import Guide
import Site

/// `eizin build`: content/ → site/. The work is in `Site.SiteBuilder`; this only parses
/// options, prints the outcome and chooses the exit code.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the help site from the guide's Markdown content.",
        discussion: """
            Steps: load (site.yml, front matter), render (Markdown), layout (templates, and \
            the rules page kurallar.html from the validator's rule catalogue), check (every \
            link and #anchor with libxml2, and every guide anchor the forms and rules link \
            to), write (into a temporary folder, then swapped into place). Nothing is written \
            when a step fails; errors are printed as file:line:column: error: message and the \
            exit code is 1.
            """)

    @OptionGroup var site: SiteOptions<BuildCommand>

    @Flag(name: .long, help: ArgumentHelp("After building, watch the content folder and rebuild on every change until Ctrl-C: only what the change affects is made again and only changed files are written; one line per rebuild says what was redone and how long it took. A failed rebuild prints its errors and leaves the output as it was."))
    var watch = false

    func run() throws {
        if watch { try runWatching() }
        let builder = site.builder()
        let report: BuildReport
        do {
            report = try builder.build()
        } catch {
            StandardStreams.error(error.report(then: "\(site.output) was not changed."))
            throw ExitCode(1)
        }
        try StandardStreams.output(report.summary(folder: site.outputFolder) + "\n", command: "build")
        // Translations behind their source page, then what the writing left behind.
        if !report.messages.isEmpty { StandardStreams.error(report.messages.joined(separator: "\n")) }
        // A notice is not a failure (eizin translations); a warning is: the new site is in
        // place, but something was left behind.
        if !report.warnings.isEmpty { throw ExitCode(1) }
    }

    /// `--watch`: build, then rebuild on every change of the content folder until Ctrl-C.
    /// Each rebuild prints one line on standard output (errors go to standard error); a
    /// failed build does not stop the watching.
    private func runWatching() throws -> Never {
        let rebuilder = Rebuilder(builder: site.builder())
        let folder = site.outputFolder
        let content = site.content
        let builds = DispatchQueue(label: "eizin-build-watch")
        @Sendable func rebuild() {
            do {
                let report = try rebuilder.build()
                // A closed standard output ends the watching (exit status 2), as for any command.
                do { try StandardStreams.output(report.summary(folder: folder) + "\n", command: "build") } catch { Foundation.exit(2) }
                if !report.build.messages.isEmpty { StandardStreams.error(report.build.messages.joined(separator: "\n")) }
            } catch {
                StandardStreams.error(error.report(then: "\(folder) was not changed. Watching \(content) for the fix."))
            }
        }
        let fingerprint = ContentWatcher.fingerprint(of: content)
        builds.sync { rebuild() }
        StandardStreams.error("Watching \(content) for changes; Ctrl-C stops.")
        WatchLoop.run(content: content, builds: builds, since: fingerprint, rebuild: rebuild)
    }
}

extension BuildCommand: SiteOptionsHelp {
    static let output = "Folder to write the site into. Replaced as a whole on success; left untouched on failure."
    static let baseURL = "Absolute URL the site is published under, for sitemap.xml, the hreflang links and the print page's links (overrides base_url in site.yml). Without it they are relative."
}
