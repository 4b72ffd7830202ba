import Foundation
import Testing
@testable import Site

/// The watcher's fingerprint, and waiting out a save in progress before a rebuild.
@Suite struct ContentWatcherTests {
    @Test func aFileSavedInTwoStepsChangesTheFingerprintEachTime() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let page = scratch.path("content/tr/sayfa.md")
        try FileManager.default.createDirectory(atPath: scratch.path("content/tr"), withIntermediateDirectories: true)
        try "# Sayfa\n".write(toFile: page, atomically: false, encoding: .utf8)
        let saved = ContentWatcher.fingerprint(of: scratch.path("content"))

        // Truncated, as a save in place does first: a different fingerprint.
        try Data().write(to: URL(fileURLWithPath: page))
        let truncated = ContentWatcher.fingerprint(of: scratch.path("content"))
        #expect(truncated != saved)

        try "# Sayfa\nİkinci satır.\n".write(toFile: page, atomically: false, encoding: .utf8)
        let rewritten = ContentWatcher.fingerprint(of: scratch.path("content"))
        #expect(rewritten != truncated && rewritten != saved)
    }

    /// A poll that saw the half-saved state (here: a fingerprint the folder no longer has)
    /// does not lead to a build of it: the folder is read again until two reads agree.
    @Test func aChangeIsFollowedUntilTheFolderRests() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try FileManager.default.createDirectory(atPath: scratch.path("content"), withIntermediateDirectories: true)
        try "a".write(toFile: scratch.path("content/a.md"), atomically: false, encoding: .utf8)
        let midSave = ContentWatcher.fingerprint(of: scratch.path("content"))
        try "ab".write(toFile: scratch.path("content/a.md"), atomically: false, encoding: .utf8)
        let settled = ContentWatcher.settledFingerprint(of: scratch.path("content"), changedTo: midSave, interval: 1_000)
        #expect(settled == ContentWatcher.fingerprint(of: scratch.path("content")))
        #expect(settled != midSave)
    }
}
