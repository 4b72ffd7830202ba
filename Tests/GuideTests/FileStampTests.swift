import Foundation
import Testing
@testable import Guide

/// `FileStamp`: when a rebuild may use the text it read before instead of reading the file.
@Suite struct FileStampTests {
    @Test func aStampChangesWithTheFileAndOnlyASettledOneIsTrusted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-stamp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.md").path
        try "birinci".write(toFile: path, atomically: false, encoding: .utf8)

        // Just written: not trusted, so never equal, not even to itself taken again.
        #expect(FileStamp(path) != FileStamp(path))
        // Trusted at once (the settling time as a parameter, for the test): equal while unchanged.
        let before = try #require(FileStamp(path, settlingSeconds: 0))
        #expect(FileStamp(path, settlingSeconds: 0) == before)
        // Same size, other bytes, a later tick: another stamp.
        Thread.sleep(forTimeInterval: 0.05)
        try "ikincii".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(FileStamp(path, settlingSeconds: 0) != before)
        // Replaced by a new file (another inode): another stamp.
        let after = try #require(FileStamp(path, settlingSeconds: 0))
        try "ikincii".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(FileStamp(path, settlingSeconds: 0) != after)
        // No stamp for what is not a regular file: reading it says why.
        #expect(FileStamp(folder.path) == nil)
        #expect(FileStamp(folder.appendingPathComponent("none.md").path) == nil)
    }
}
