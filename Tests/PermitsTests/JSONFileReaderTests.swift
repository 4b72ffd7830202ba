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
            #expect(reason(plain.path + "/inner.json") == "cannot read the file: a part of the path is not a folder")
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

    @Test(.enabled(if: geteuid() != 0, "root may read any file"))
    func permissionDenied() throws {
        try withFolder { folder in
            let file = folder.appendingPathComponent("secret.json")
            try Data("{}".utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
            #expect(reason(file.path) == "cannot read the file: permission denied")
        }
    }

    @Test func refusesPipesAndDevicesWithoutBlocking() throws {
        try withFolder { folder in
            let pipe = folder.appendingPathComponent("pipe.json")
            #expect(mkfifo(pipe.path, 0o600) == 0)
            #expect(reason(pipe.path) == "cannot read the file: not a regular file (a device, a pipe or a socket)")
            #expect(reason("/dev/zero") == "cannot read the file: not a regular file (a device, a pipe or a socket)")
        }
    }

    @Test func refusesFilesAboveTheLimit() throws {
        try withFolder { folder in
            let file = folder.appendingPathComponent("big.json")
            try Data(repeating: 0x20, count: 11).write(to: file)
            #expect(reason(file.path, sizeLimit: 10) == "cannot read the file: the file is too large (11 bytes; at most 10 are read)")
            #expect(reason(file.path, sizeLimit: 11) == nil, "the limit itself is allowed")
        }
    }

    @Test func diskFileAccessDoesNotOpenAPipe() throws {
        try withFolder { folder in
            #expect(mkfifo(folder.appendingPathComponent("photo.jpg").path, 0o600) == 0)
            #expect(DiskFileAccess(folder: folder).inspect("photo.jpg") == .missing)
        }
    }
}
