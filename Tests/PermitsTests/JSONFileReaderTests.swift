import Foundation
import Testing
@testable import Permits
#if canImport(Glibc)
import Glibc
#endif

/// A file that cannot be read must say why, and nothing (a pipe, a device, a huge file) may
/// hang or exhaust memory.
@Suite struct JSONFileReaderTests {
    func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    func reason(_ path: String, sizeLimit: Int = JSONFileReader.defaultSizeLimit) -> String? {
        if case .failure(let failure) = JSONFileReader.read(path, sizeLimit: sizeLimit) { return failure.message.en }
        return nil
    }

    @Test func readsARegularFile() throws {
        try withFolder { folder in
            let file = folder.appendingPathComponent("a.json")
            try Data("{}".utf8).write(to: file)
            #expect(try JSONFileReader.read(file.path).get() == Array("{}".utf8))
            try Data().write(to: file)
            #expect(try JSONFileReader.read(file.path).get() == [], "empty is for the parser to report")
        }
    }

    @Test func saysWhyAFileCannotBeRead() throws {
        try withFolder { folder in
            #expect(reason(folder.appendingPathComponent("none.json").path) == "cannot read the file: no such file")
            #expect(reason(folder.path) == "cannot read the file: it is a folder")
            let plain = folder.appendingPathComponent("plain.json")
            try Data("{}".utf8).write(to: plain)
            #expect(reason(plain.path + "/inner.json") == "cannot read the file: a part of the path is a file, not a folder")
            let dangling = folder.appendingPathComponent("dangling.json")
            try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "gone.json")
            #expect(reason(dangling.path) == "cannot read the file: a symbolic link to a missing file")
            let loop = folder.appendingPathComponent("loop.json")
            try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: "loop.json")
            #expect(reason(loop.path) == "cannot read the file: the symbolic links form a loop")
        }
    }

    @Test func turkishReasons() {
        if case .failure(let failure) = JSONFileReader.read("/nonexistent/eizin.json") {
            #expect(failure.message.tr == "dosya okunamadı: böyle bir dosya yok")
        } else {
            Issue.record("a missing file was read")
        }
    }

    /// Every errno has a Turkish sentence; an unexpected one still says "sistem hatası" with
    /// its number, the system's English text kept only in parentheses.
    @Test func everyErrnoReadsAsTurkish() {
        let known: [Int32] = [ENOENT, EACCES, EPERM, ENOTDIR, ELOOP, ENAMETOOLONG, EIO, ENXIO, ENODEV, EMFILE, ENFILE, ENOMEM, EROFS, ENOSPC, EDQUOT, EBUSY]
        for code in known {
            let message = JSONFileReader.failure(errno: code).message
            #expect(message.tr.hasPrefix("dosya okunamadı: ") && !message.tr.contains(String(cString: strerror(code))), "\(code): \(message.tr)")
            #expect(message.en.hasPrefix("cannot read the file: "))
        }
        let other = JSONFileReader.failure(errno: EXDEV).message
        #expect(other.tr == "dosya okunamadı: sistem hatası \(EXDEV) (\(String(cString: strerror(EXDEV))))")
        #expect(other.en == "cannot read the file: \(String(cString: strerror(EXDEV)))")
        #expect(JSONFileReader.failure(errno: ENOSPC).message.en == "cannot read the file: the disk is full", "the words every command uses")
    }

    @Test(.enabled(if: geteuid() != 0, "root may read any file"))
    func permissionDenied() throws {
        try withFolder { folder in
            let file = folder.appendingPathComponent("secret.json")
            try Data("{}".utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
            #expect(reason(file.path) == "cannot read the file: permission denied")
        }
    }

    @Test(.enabled(if: geteuid() != 0, "root may read any folder"))
    func unreadableFolderIsNotCalledEmpty() throws {
        try withFolder { folder in
            let locked = folder.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: locked.appendingPathComponent("a.json"))
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path) }
            let paths = JSONFiles.expand([locked.path])
            #expect(paths == [locked.path])
            if case .failure(let failure) = JSONFiles.load(locked.path) {
                #expect(failure.message.en == "cannot read the folder: permission denied")
            } else {
                Issue.record("a locked folder was read")
            }
        }
    }

    @Test(.enabled(if: geteuid() != 0, "root may read any folder"))
    func unreadableSubfolderIsListedNotSkipped() throws {
        try withFolder { folder in
            let locked = folder.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: locked.appendingPathComponent("a.json"))
            try Data("{}".utf8).write(to: folder.appendingPathComponent("b.json"))
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path) }
            #expect(JSONFiles.expand([folder.path]) == [folder.path + "/b.json", folder.path + "/locked"])
        }
    }

    @Test func emptyFolderIsReportedByName() throws {
        try withFolder { folder in
            #expect(JSONFiles.expand([folder.path]) == [folder.path], "kept so that the run reports it")
            if case .failure(let failure) = JSONFiles.load(folder.path) {
                #expect(failure.message.en.hasPrefix("no *.json file in this folder"))
            } else {
                Issue.record("an empty folder was read")
            }
        }
    }

    @Test func readsPipesToTheirEndWithoutWaitingForAbsentWriters() throws {
        try withFolder { folder in
            // A named pipe nobody writes to ends at once (the parser then says it is empty).
            let fifo = folder.appendingPathComponent("pipe.json")
            #expect(mkfifo(fifo.path, 0o600) == 0)
            #expect(try JSONFileReader.read(fifo.path).get() == [])
            // What `cat app.json | eizin validate /dev/stdin` reads.
            let pipe = Pipe()
            pipe.fileHandleForWriting.write(Data(#"{"kind": "lost-card-request"}"#.utf8))
            try pipe.fileHandleForWriting.close()
            let path = "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)"
            #expect(try JSONFileReader.read(path).get() == Array(#"{"kind": "lost-card-request"}"#.utf8))
        }
    }

    @Test func anEndlessDeviceStopsAtTheLimit() {
        #expect(reason("/dev/zero", sizeLimit: 100_000) == "cannot read the file: the file is too large (> 100000 bytes; at most 100000 are read)")
        #expect(reason("/dev/null") == nil, "empty: for the parser to report")
    }

    @Test func refusesFilesAboveTheLimit() throws {
        try withFolder { folder in
            let file = folder.appendingPathComponent("big.json")
            try Data(repeating: 0x20, count: 11).write(to: file)
            #expect(reason(file.path, sizeLimit: 10) == "cannot read the file: the file is too large (11 bytes; at most 10 are read)")
            #expect(reason(file.path, sizeLimit: 11) == nil, "the limit itself is allowed")
            let large = folder.appendingPathComponent("large.json")
            let content = [UInt8]((0..<200_000).map { UInt8(truncatingIfNeeded: $0) })
            try Data(content).write(to: large)
            #expect(try JSONFileReader.read(large.path).get() == content, "more than one buffer")
        }
    }

    @Test func diskFileAccessDoesNotOpenAPipe() throws {
        try withFolder { folder in
            #expect(mkfifo(folder.appendingPathComponent("photo.jpg").path, 0o600) == 0)
            #expect(DiskFileAccess(folder: folder).inspect("photo.jpg") == .notAFile(.pipe))
        }
    }
}
