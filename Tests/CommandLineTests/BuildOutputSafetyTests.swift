import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `eizin build` killed, run twice at once, pointed at its own content, or left with a
/// previous site it cannot delete: `site/` is always one complete site, and nothing is lost
/// or left behind without a word.
@Suite(.serialized) struct BuildOutputSafetyTests {
    /// A running `eizin` with its pipes.
    final class Running {
        let process = Process()
        let stderr = Pipe()
        let stdout = Pipe()

        init(_ arguments: [String], environment extra: [String: String] = [:]) throws {
            process.executableURL = EizinBinary.executable
            process.arguments = arguments
            process.currentDirectoryURL = EizinBinary.packageRoot
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            for (key, value) in extra { environment[key] = value }
            process.environment = environment
            process.standardOutput = stdout
            process.standardError = stderr
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        /// Waits until the build says it paused at a test point (or ends).
        func waitForPause() -> String {
            var seen = ""
            while !seen.contains("eizin-test-paused") {
                let data = stderr.fileHandleForReading.availableData
                if data.isEmpty { break }
                seen += String(decoding: data, as: UTF8.self)
            }
            return seen
        }

        func kill() {
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        func finish() -> EizinBinary.Result {
            let out = stdout.fileHandleForReading.readDataToEndOfFile()
            let err = stderr.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return EizinBinary.Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                                      stderr: String(decoding: err, as: UTF8.self))
        }
    }

    /// Every file below `folder` with its bytes (hidden ones included).
    func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
        for case let path as String in enumerator {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
            }
        }
        return files
    }

    /// A copy of content/, the site it builds (A) in `site/`, and the tree of the site a
    /// changed copy builds (B).
    struct TwoSites {
        let folder: URL
        let content: URL
        let site: URL
        let a: [String: Data]
        let b: [String: Data]
    }

    func twoSites(_ body: (TwoSites) throws -> Void) throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: EizinBinary.packageRoot.appendingPathComponent("content"), to: content)
        let first = try EizinBinary.run(["build", "--content", content.path, "--output", site.path])
        #expect(first.status == 0, "\(first.stderr)")
        let a = try tree(site)
        let page = content.appendingPathComponent("tr/yardim.md")
        try (try String(contentsOf: page, encoding: .utf8) + "\nİkinci sürüm.\n").write(to: page, atomically: true, encoding: .utf8)
        let other = folder.appendingPathComponent("b/site")
        let second = try EizinBinary.run(["build", "--content", content.path, "--output", other.path])
        #expect(second.status == 0, "\(second.stderr)")
        let b = try tree(other)
        try FileManager.default.removeItem(at: other.deletingLastPathComponent())
        #expect(a != b && a.count > 30)
        try body(TwoSites(folder: folder, content: content, site: site, a: a, b: b))
    }

    func build(_ sites: TwoSites, environment: [String: String] = [:]) throws -> Running {
        try Running(["build", "--content", sites.content.path, "--output", sites.site.path], environment: environment)
    }

    /// Before: the swap was two renames, so a kill between them left no `site/` at all.
    @Test func aBuildKilledAtAnyStepLeavesACompleteSite() throws {
        try twoSites { sites in
            for (point, expected) in [("writing", sites.a), ("exchange", sites.a), ("exchanged", sites.b)] {
                let running = try build(sites, environment: ["EIZIN_TEST_PAUSE_WRITE": point])
                let said = running.waitForPause()
                #expect(said.contains("eizin-test-paused \(point)"), "\(point): \(said)")
                running.kill()
                #expect(try tree(sites.site) == expected, "killed at \(point): site/ must be one whole site")
                // Back to A for the next point.
                if point == "exchanged" {
                    try? FileManager.default.removeItem(at: sites.site)
                    try FileManager.default.createDirectory(at: sites.site, withIntermediateDirectories: true)
                    for (path, data) in sites.a {
                        let url = sites.site.appendingPathComponent(path)
                        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try data.write(to: url)
                    }
                }
            }
            // The next build clears what the killed ones left and finishes normally.
            let next = try build(sites).finish()
            #expect(next.status == 0, "\(next.stderr)")
            #expect(try tree(sites.site) == sites.b)
            #expect(try FileManager.default.contentsOfDirectory(atPath: sites.folder.path).sorted() == ["content", "site"])
        }
    }

    /// Kills at arbitrary moments (no test hook): `site/` is always A or B, never a mix.
    @Test func aBuildKilledAfterAnyDelayLeavesACompleteSite() throws {
        try twoSites { sites in
            for delay in [0, 100, 250, 400, 550, 700, 850, 1000] {
                let running = try build(sites)
                usleep(useconds_t(delay * 1000))
                running.kill()
                let now = try tree(sites.site)
                #expect(now == sites.a || now == sites.b, "killed after \(delay) ms: \(now.count) files, neither whole site")
            }
        }
    }

    /// Before: two builds at once could each move the other's folders; now they take turns.
    @Test func threeBuildsAtOnceLeaveOneCompleteSite() throws {
        try twoSites { sites in
            let runs = try (0 ..< 3).map { _ in try build(sites) }
            let results = runs.map { $0.finish() }
            for result in results { #expect(result.status == 0, "\(result.stderr)") }
            #expect(try tree(sites.site) == sites.b)
            #expect(try FileManager.default.contentsOfDirectory(atPath: sites.folder.path).sorted() == ["content", "site"])
        }
    }

    /// Before: `--output` was compared with `--content` as text only, so a link made a
    /// successful build delete the content.
    @Test func overlapThroughLinksExitsTwoAndTouchesNothing() throws {
        try twoSites { sites in
            let before = try tree(sites.content)
            let sameLink = sites.folder.appendingPathComponent("same")
            try FileManager.default.createSymbolicLink(at: sameLink, withDestinationURL: sites.content)
            let throughSite = sites.site.appendingPathComponent("guide")
            try FileManager.default.createSymbolicLink(at: throughSite, withDestinationURL: sites.content)
            for (content, output) in [(sites.content.path, sameLink.path), (throughSite.path, sites.site.path)] {
                let run = try EizinBinary.run(["build", "--content", content, "--output", output])
                #expect(run.status == 2, "\(content) → \(output): \(run.stdout)\(run.stderr)")
                #expect(run.stderr.contains("--output must"), "\(run.stderr)")
            }
            #expect(try tree(sites.content) == before)
            #expect(FileManager.default.fileExists(atPath: throughSite.path + "/site.yml"), "the link in site/ is still there")
        }
    }

    /// Before: exit 0, with a full copy of the previous site left beside the new one.
    @Test(.enabled(if: geteuid() == 0, "chattr +i needs root"))
    func aPreviousSiteThatCannotBeDeletedFailsTheBuildAndSaysWhere() throws {
        try twoSites { sites in
            let stuck = sites.site.appendingPathComponent("tr/index.html").path
            func chattr(_ flag: String, _ path: String) -> Bool {
                let run = Process()
                run.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                run.arguments = ["chattr", flag, path]
                run.standardError = FileHandle.nullDevice
                guard (try? run.run()) != nil else { return false }
                run.waitUntilExit()
                return run.terminationStatus == 0
            }
            guard chattr("+i", stuck) else { return }
            let result = try build(sites).finish()
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: sites.folder.path).filter { $0.hasPrefix(".site.") }
            for name in leftovers { _ = chattr("-i", sites.folder.appendingPathComponent(name + "/tr/index.html").path) }
            #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains("the new site is in place, but the previous one could not be deleted from"), "\(result.stderr)")
            #expect(result.stderr.contains("delete it by hand"))
            #expect(try tree(sites.site) == sites.b, "the new site is complete")
            let next = try build(sites).finish()
            #expect(next.status == 0, "\(next.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: sites.folder.path).sorted() == ["content", "site"])
        }
    }

    /// Before: a Foundation error code.
    @Test func anOutputUnderAFileSaysSo() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: file)
        let run = try EizinBinary.run(["build", "--output", file.path + "/site"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot create the output folder: \(file.path) is a file, not a folder; choose another --output"), "\(run.stderr)")
    }
}
