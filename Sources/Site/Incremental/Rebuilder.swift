import Foundation
import Guide

/// The builds of one `eizin serve` or `eizin build --watch`: the first one as `eizin build`
/// (the output folder replaced as a whole), each later one from what the build before kept
/// (`SiteMemo`), writing only the files whose bytes changed (`AtomicWriter.update`). The
/// result is the site a build from scratch makes of the same content, byte for byte. A
/// failed build writes nothing: the last good site stays in the output folder. Not for
/// use from two threads at once (the commands run their builds on one serial queue).
public final class Rebuilder: @unchecked Sendable {
    public let builder: SiteBuilder
    /// The site in the output folder as this process last wrote it, and that folder.
    private var written: (output: SiteOutput, folder: AtomicWriter.FolderIdentity)?

    /// What one build did.
    public struct Report: Sendable {
        public var build: BuildReport
        /// Pages whose Markdown was rendered, laid out and read back.
        public var work: SiteMemo.Work
        /// Files written and deleted; the whole site on the first build.
        public var written: Int
        public var deleted: Int
        /// Whether the output folder was replaced as a whole (first build, or the folder
        /// was removed or replaced by another build meanwhile).
        public var wholeSite: Bool
    }

    public init(builder: SiteBuilder) {
        var builder = builder
        builder.memo = builder.memo ?? SiteMemo()
        self.builder = builder
    }

    public func build() throws(DiagnosticsError) -> Report {
        let start = ContinuousClock.now
        var report = try buildAndWrite()
        report.build.seconds = start.secondsUntilNow
        return report
    }

    private func buildAndWrite() throws(DiagnosticsError) -> Report {
        if let problem = OutputPlacement.problem(content: builder.contentDirectory, output: builder.outputDirectory) {
            throw DiagnosticsError(Diagnostic(SourceLocation(file: builder.outputDirectory), problem))
        }
        let memo = builder.memo!
        memo.startBuild()
        let output = try builder.makeSite()
        let work = memo.work
        let writer = AtomicWriter(directory: builder.outputDirectory)
        var report = Report(build: BuildReport(pageCount: output.htmlCount, output: output, notices: output.notices),
                            work: work, written: 0, deleted: 0, wholeSite: false)
        if let written {
            // A failed update leaves a mixed folder: the next build writes the whole site.
            self.written = nil
            if let update = try SiteBuilder.timed("write", { () throws(DiagnosticsError) in try writer.update(from: written.output, to: output, identity: written.folder) }) {
                report.written = update.written
                report.deleted = update.deleted
                self.written = (output, written.folder)
                return report
            }
        }
        report.build.warnings = try SiteBuilder.timed("write") { () throws(DiagnosticsError) in try writer.write(output) }
        report.written = output.files.count
        report.wholeSite = true
        if let folder = writer.identity() { written = (output, folder) }
        return report
    }
}

extension Rebuilder.Report {
    /// One line for the terminal: "Rebuilt 1005 pages in 48 ms: 1 rendered, 2 laid out,
    /// 2 read back, 2 checked; 3 files written, 0 deleted".
    public func summary(folder: String) -> String {
        if wholeSite { return build.summary(folder: folder) }
        let seconds = build.seconds
        let time = seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
        return "Rebuilt \(build.pageCount) pages in \(time): \(work.rendered) rendered, \(work.laidOut) laid out, "
            + "\(work.readBack) read back, \(work.checked) checked; \(written) file\(written == 1 ? "" : "s") written, \(deleted) deleted"
    }
}
