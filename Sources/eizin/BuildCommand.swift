import ArgumentParser
import Foundation
import Guide
import PermitPages
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

    @Option(name: .long, help: ArgumentHelp("Folder holding site.yml and one subfolder of Markdown pages per language.", valueName: "dir"))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp("Folder to write the site into. Replaced as a whole on success; left untouched on failure.", valueName: "dir"))
    var output: String = "site"

    @Option(name: .long, help: ArgumentHelp("Absolute URL the site is published under, for sitemap.xml only (overrides base_url in site.yml). Without it the sitemap lists relative URLs.", valueName: "url"))
    var baseURL: String?

    func validate() throws {
        // Real folders, not spellings: a link into content/ must not get it replaced.
        if let problem = OutputPlacement.problem(content: content, output: output) {
            throw ValidationError(problem)
        }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url must start with https:// or http://")
        }
    }

    /// The builder `eizin build` and `eizin serve` use: the guide, the form pages and the rules page.
    static func builder(content: String, output: String, baseURL: String?) -> SiteBuilder {
        SiteBuilder(
            contentDirectory: content, outputDirectory: output,
            baseURL: baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" },
            plugins: [FormPages(), RulesPage()])
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let builder = Self.builder(content: content, output: output, baseURL: baseURL)
        let report: BuildReport
        do {
            report = try builder.build()
        } catch {
            var lines = error.diagnostics.map(\.description)
            let count = error.diagnostics.count
            lines.append("Build failed with \(count) error\(count == 1 ? "" : "s"); \(output) was not changed.")
            StandardStreams.error(lines.joined(separator: "\n"))
            throw ExitCode(1)
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let folder = output.hasSuffix("/") ? output : output + "/"
        try StandardStreams.output("Built \(report.pageCount) pages into \(folder) in \(String(format: "%.2f", seconds)) s\n", command: "build")
        // Translations behind their source page: a warning, not a failure (eizin translations).
        if !report.notices.isEmpty { StandardStreams.error(report.notices.joined(separator: "\n")) }
        if !report.warnings.isEmpty {
            // The new site is in place, but something was left behind: say so, and fail.
            StandardStreams.error(report.warnings.map(\.description).joined(separator: "\n"))
            throw ExitCode(1)
        }
    }
}
