import ArgumentParser
import Guide
import PermitPages
import Site
import SiteLayout

/// The `--help` words that differ between `eizin build` and `eizin serve` for the options
/// they share.
protocol SiteOptionsHelp {
    static var output: String { get }
    static var baseURL: String { get }
}

/// `--content`, `--output` and `--base-url`, shared by `eizin build` and `eizin serve`,
/// with their checks and the builder they make.
struct SiteOptions<Help: SiteOptionsHelp>: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder holding site.yml and one subfolder of Markdown pages per language.", valueName: "dir"))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp(Help.output, valueName: "dir"))
    var output: String = "site"

    @Option(name: .long, help: ArgumentHelp(Help.baseURL, valueName: "url"))
    var baseURL: String?

    func validate() throws {
        // Real folders, not spellings: a link into content/ must not get it replaced.
        if let problem = OutputPlacement.problem(content: content, output: output) {
            throw ValidationError(problem)
        }
        try SiteAddress.check(baseURL, option: "--base-url")
    }

    /// The output folder as messages name it, with a final `/`.
    var outputFolder: String { output.hasSuffix("/") ? output : output + "/" }

    /// The builder `eizin build` and `eizin serve` use: the guide, the form pages and the rules page.
    func builder() -> SiteBuilder {
        SiteBuilder(
            contentDirectory: content, outputDirectory: output, baseURL: baseURL.flatMap(SiteAddress.folder),
            plugins: [FormPages(), RulesPage()])
    }
}

extension DiagnosticsError {
    /// A failed build for standard error: its errors, one a line, then "Build failed with
    /// N errors; " and what happens now (`then`).
    func report(then: String) -> String {
        let count = diagnostics.count
        return (diagnostics.map(\.description) + ["Build failed with \(count) error\(count == 1 ? "" : "s"); \(then)"]).joined(separator: "\n")
    }
}

extension SiteAddress {
    /// A usage error naming the option when `address` is not an http(s) URL.
    static func check(_ address: String?, option: String) throws {
        if let address, folder(address) == nil {
            throw ValidationError("\(option) must start with https:// or http://")
        }
    }
}
