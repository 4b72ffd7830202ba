import Foundation
import Testing
@testable import Guide
@testable import Site
#if canImport(Glibc)
import Glibc
#endif

/// The output folder is replaced on every build: it must never take the author's content
/// with it, never be left half-written or doubled, and say what is wrong in words.
@Suite struct OutputSafetyTests {
    func output(_ files: [String: String]) -> SiteOutput {
        var output = SiteOutput()
        for (path, text) in files { output.add(path, text: text) }
        return output
    }

    func link(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: destination)
    }

    /// `chattr +i`: a file even root cannot delete (ext4, as root); false where unavailable.
    func immutable(_ path: String, _ on: Bool) -> Bool {
        let chattr = Process()
        chattr.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        chattr.arguments = ["chattr", on ? "+i" : "-i", path]
        chattr.standardError = FileHandle.nullDevice
        guard (try? chattr.run()) != nil else { return false }
        chattr.waitUntilExit()
        return chattr.terminationStatus == 0
    }

    // MARK: overlap, judged by real folders

    /// Before: only the spelling of the paths was compared, so each of these built
    /// successfully and the swap replaced (deleted) the content folder.
    @Test func refusesEveryOverlapOfContentAndOutputByRealPath() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try scratch.copyOfBasicContent()
        let before = try snapshot(content)
        // The output is a link to the content folder.
        try link(scratch.path("out-same"), to: content)
        // The output is a link to a folder inside the content.
        try FileManager.default.createDirectory(atPath: content + "/tr/cikti", withIntermediateDirectories: true)
        try link(scratch.path("out-inside"), to: content + "/tr/cikti")
        // The output is a missing folder below a link into the content.
        try link(scratch.path("into-content"), to: content)
        // The content is really inside the output folder, reached by a link from outside.
        let site = scratch.path("site")
        try AtomicWriter(directory: site).write(output(["a.html": "1"]))
        let inner = site + "/guide"
        try FileManager.default.copyItem(atPath: content, toPath: inner)
        try link(scratch.path("content-link"), to: inner)
        // The content reached through a link inside the output folder.
        try link(site + "/content-through", to: content)

        let cases: [(content: String, output: String, says: String)] = [
            (content, scratch.path("out-same"), "they are the same folder"),
            (content, scratch.path("out-inside"), "the output folder is inside the content folder"),
            (content, scratch.path("into-content/new-site"), "the output folder is inside the content folder"),
            (scratch.path("content-link"), site, "the content folder is inside the output folder"),
            (site + "/content-through", site, "is reached through the output folder"),
            (content, content + "/./", "they are the same folder"),
        ]
        for (content, outputFolder, says) in cases {
            let problem = OutputPlacement.problem(content: content, output: outputFolder)
            #expect(problem?.contains(says) == true, "\(content) → \(outputFolder): \(String(describing: problem))")
            let error = try #require(throws: DiagnosticsError.self) {
                try SiteBuilder(contentDirectory: content, outputDirectory: outputFolder).build()
            }
            #expect(error.diagnostics.first?.message.contains(says) == true)
        }
        #expect(try snapshot(content) == before, "the content is untouched")
        #expect(FileManager.default.fileExists(atPath: inner + "/site.yml"))
        #expect(try String(contentsOfFile: site + "/a.html", encoding: .utf8) == "1", "nothing was written")
        #expect(OutputPlacement.problem(content: content, output: scratch.path("elsewhere/site")) == nil)
    }

    // MARK: messages

    /// Before: "The operation could not be completed. (Foundation error code 512)" or similar.
    @Test func anOutputUnderAFileSaysWhichPartIsAFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try Data("x".utf8).write(to: URL(fileURLWithPath: scratch.path("notes.txt")))
        let error = try #require(throws: DiagnosticsError.self) {
            try AtomicWriter(directory: scratch.path("notes.txt/yayin/site")).write(output(["a.html": "1"]))
        }
        #expect(error.diagnostics.first?.message == "cannot create the output folder: \(scratch.path("notes.txt")) is a file, not a folder; choose another --output")
    }

    @Test func anOutputLinkLoopIsNamed() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try link(scratch.path("site"), to: scratch.path("site"))
        let error = try #require(throws: DiagnosticsError.self) { try AtomicWriter(directory: scratch.path("site")).write(output(["a.html": "1"])) }
        #expect(error.diagnostics.first?.message.contains("symbolic links form a loop") == true)
    }

    // MARK: leftovers

    /// Before: the build exited 0 and a full copy of the previous site stayed beside the new
    /// one (`.site.old-<pid>`), unmentioned.
    @Test(.enabled(if: geteuid() == 0, "chattr +i needs root"))
    func aPreviousSiteThatCannotBeDeletedIsReportedAndCleanedLater() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let site = scratch.path("site")
        try AtomicWriter(directory: site).write(output(["a.html": "1", "tr/b.html": "2"]))
        guard immutable(site + "/tr/b.html", true) else { return }
        let leftovers = try AtomicWriter(directory: site).write(output(["a.html": "3"]))
        let leftover = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).filter { $0.hasPrefix(".site.") }
        defer { for name in leftover { _ = immutable(scratch.path(name) + "/tr/b.html", false) } }
        #expect(leftovers.count == 1)
        #expect(leftovers.first?.message.hasPrefix("the new site is in place, but the previous one could not be deleted from \(scratch.path(".site.old-"))") == true,
                "\(leftovers.map(\.message))")
        #expect(try String(contentsOfFile: site + "/a.html", encoding: .utf8) == "3", "the new site is complete")
        #expect(!FileManager.default.fileExists(atPath: site + "/tr/b.html"))
        #expect(leftover.count == 1)
        // Once the file can be deleted, the next build removes the leftover.
        for name in leftover { _ = immutable(scratch.path(name) + "/tr/b.html", false) }
        #expect(try AtomicWriter(directory: site).write(output(["a.html": "4"])).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path) == ["site"])
    }

    /// A build killed with SIGKILL leaves its staging folder; the next build deletes it.
    @Test func foldersOfKilledBuildsAreDeletedByTheNextBuild() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let site = scratch.path("site")
        for name in [".site.new-4242/tr", ".site.old-4343"] {
            try FileManager.default.createDirectory(atPath: scratch.path(name), withIntermediateDirectories: true)
        }
        try Data("half".utf8).write(to: URL(fileURLWithPath: scratch.path(".site.new-4242/tr/x.html")))
        try Data("keep".utf8).write(to: URL(fileURLWithPath: scratch.path(".site-notes")))
        try AtomicWriter(directory: site).write(output(["a.html": "1"]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted() == [".site-notes", "site"])
    }

    /// Two writers at once (threads here; processes in CommandLineTests) take turns: the
    /// result is one complete site, never a mix, and nothing is left beside it.
    @Test func concurrentWritersDoNotMix() async throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let site = scratch.path("site")
        let sites = (0 ..< 6).map { n in
            Dictionary(uniqueKeysWithValues: (0 ..< 40).map { ("p\($0).html", "build \(n)") })
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for files in sites {
                group.addTask { try AtomicWriter(directory: site).write(self.output(files)) }
            }
            try await group.waitForAll()
        }
        let written = try snapshot(site).filter { $0.key != AtomicWriter.marker }
        let values = Set(written.values)
        #expect(written.count == 40)
        #expect(values.count == 1, "one build's files only")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path) == ["site"])
    }
}
