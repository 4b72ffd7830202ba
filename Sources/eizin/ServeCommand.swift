import ArgumentParser
import Dispatch
import Foundation
import Guide
import Site
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `eizin serve`: build, serve the site on 127.0.0.1, rebuild when content/ changes, and
/// let open pages reload by themselves. The server and its pages are in `Site.PreviewSite`.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on this machine and rebuild when the content changes.",
        discussion: """
            Listens on 127.0.0.1 only. The content folder is checked every 300 ms; a change \
            rebuilds what depends on it (the first build replaces the output folder as eizin \
            build does; later ones rewrite only the files that changed, each replaced whole) \
            and open pages reload by themselves. While the last build failed, every page shows its errors \
            (file:line:column: message) instead of the previous site; the next good build \
            brings the site back. The reload script is added to served pages only, never \
            written into the output folder. Ctrl-C stops.
            """)

    @Option(name: .long, help: ArgumentHelp("Port on 127.0.0.1; 0 lets the system choose a free one (printed at start).", valueName: "n"))
    var port: Int = 8000

    @OptionGroup var site: SiteOptions<ServeCommand>

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let rebuilder = Rebuilder(builder: site.builder())
        let preview = PreviewSite(outputDirectory: site.output)
        let folder = site.outputFolder
        let content = site.content
        let builds = DispatchQueue(label: "eizin-serve-builds")

        @Sendable func rebuild() {
            do {
                let report = try rebuilder.build()
                preview.buildFinished(errors: nil)
                StandardStreams.error(report.summary(folder: folder))
                for line in report.build.messages { StandardStreams.error(line) }
            } catch {
                preview.buildFinished(errors: error.diagnostics)
                StandardStreams.error(error.report(then: "the browser shows them until the next good build."))
            }
        }

        // Listen first (a port in use fails at once), build, then answer.
        let server: HTTPServer
        do {
            server = try HTTPServer(port: port) { preview.respond($0) }
        } catch {
            StandardStreams.error("eizin serve: \(error)")
            throw ExitCode(1)
        }
        let fingerprint = ContentWatcher.fingerprint(of: content)
        builds.sync { rebuild() }
        server.start()
        try StandardStreams.output("Serving \(folder) at http://127.0.0.1:\(server.port)/ (rebuilds when \(content) changes; Ctrl-C stops)\n", command: "serve")
        // Poll the content folder; a change rebuilds, on the serial build queue. Ctrl-C
        // (and SIGTERM): wait for a running build to finish, close the socket, exit 0.
        WatchLoop.run(content: content, builds: builds, since: fingerprint, rebuild: rebuild, stopping: { server.stop() })
    }
}

extension ServeCommand: SiteOptionsHelp {
    static let output = "Folder to build the site into (replaced as a whole on every good build)."
    static let baseURL = "Absolute URL the site is published under (as for eizin build)."
}
