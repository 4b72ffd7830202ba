import FilePaths
import Foundation
import Testing
@testable import Permits
#if canImport(Glibc)
import Glibc
#endif

/// Files as users really have them: names that are not UTF-8, links, pipes, sockets and
/// folders where a file was expected. None may be skipped, misnamed or called "not found".
@Suite struct HostileFileTests {
    /// `ba\xFEvuru.json`: "başvuru" in Windows-1254, as an old archive unpacks it.
    static let windowsName: [UInt8] = Array("ba".utf8) + [0xFE] + Array("vuru.json".utf8)
    static let example = repositoryRoot.appendingPathComponent("forms/examples/lost-card-request/valid-destroyed-today.json")
    static let invalidExample = repositoryRoot.appendingPathComponent("forms/examples/academic-application/invalid-passport-60-days.json")

    func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    func write(_ path: RawPath, _ bytes: [UInt8]) throws {
        let fd = path.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        #expect(fd >= 0, "cannot create \(path)")
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        #expect(written == bytes.count)
    }

    func copy(_ file: URL, to path: RawPath) throws { try write(path, Array(try Data(contentsOf: file))) }

    /// A Unix socket left at `path` (bound by a short-lived Python process).
    func makeSocket(_ path: String) throws -> Bool {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])", path]
        guard (try? python.run()) != nil else { return false }
        python.waitUntilExit()
        return python.terminationStatus == 0
    }

    // MARK: names that are not UTF-8

    @Test func displayEscapesOnlyTheInvalidBytes() {
        #expect(RawPath(bytes: Self.windowsName).display == "ba\\xFEvuru.json")
        #expect(RawPath(bytes: Self.windowsName).string == nil)
        #expect(RawPath("başvuru.json").display == "başvuru.json", "valid UTF-8 is shown as it is")
        #expect(RawPath(bytes: [0x61, 0xC4]).display == "a\\xC4", "a sequence cut short")
        #expect(RawPath(bytes: [0xED, 0xA0, 0x80]).display == "\\xED\\xA0\\x80", "an encoded surrogate is not UTF-8")
    }

    @Test func commandLineArgumentsAreRecoveredByteForByte() {
        let argv: [[UInt8]] = [Array("eizin".utf8), Array("validate".utf8), Array("/tmp/a.json".utf8), Array("/tmp/".utf8) + Self.windowsName]
        let parsed = argv.map { String(decoding: $0, as: UTF8.self) }   // what CommandLine.arguments gives
        let recovered = RawPath.recovering(Array(parsed.dropFirst(2)), from: argv)
        #expect(recovered == [RawPath("/tmp/a.json"), RawPath(bytes: Array("/tmp/".utf8) + Self.windowsName)])
        #expect(RawPath.recovering(["x\u{FFFD}.json"], from: [Array("x\u{FFFD}.json".utf8)]) == [RawPath("x\u{FFFD}.json")],
                "a real U+FFFD in a valid name stays")
    }

    /// Before: Foundation's folder enumeration dropped the name, so the folder was
    /// "without any *.json file" and the application went unchecked.
    @Test func aFolderFileWhoseNameIsNotUTF8IsChecked() throws {
        try withFolder { folder in
            let root = RawPath(folder.path)
            try copy(Self.example, to: root.appending(Self.windowsName))
            let entries = JSONFiles.entries([root])
            #expect(entries == [JSONFiles.Entry(path: root.appending(Self.windowsName), inFolder: true)])
            #expect(JSONFiles.expand([folder.path]) == [folder.path + "/ba\\xFEvuru.json"])

            let report = try ValidationRun(settings: ValidationSettings(today: date("2025-06-01")), language: .en).run(paths: [root])
            #expect(report.files.count == 1)
            #expect(report.files.first?.failure == nil, "\(String(describing: report.files.first?.failure))")
            #expect(report.files.first?.kind == .lostCardRequest)
            #expect(report.files.first?.path == folder.path + "/ba\\xFEvuru.json")
        }
    }

    /// The application and its photo in a folder whose own name is not UTF-8: the photo is
    /// found (the folder is carried as bytes), and the findings name the file escaped.
    @Test func anApplicationInAFolderWhoseNameIsNotUTF8FindsItsPhoto() throws {
        try withFolder { folder in
            let app = RawPath(folder.path).appending(Array("dosya-".utf8) + [0xFD])
            #expect(app.withCString { mkdir($0, 0o755) } == 0)
            let source = Self.invalidExample
            try copy(source, to: app.appending("a.json"))
            #expect(app.appending("files").withCString { mkdir($0, 0o755) } == 0)
            for name in try FileManager.default.contentsOfDirectory(atPath: source.deletingLastPathComponent().appendingPathComponent("files").path) {
                try copy(source.deletingLastPathComponent().appendingPathComponent("files/\(name)"), to: app.appending("files/\(name)"))
            }
            let report = try ValidationRun(settings: ValidationSettings(today: date("2025-06-01")), language: .en).run(paths: [RawPath(folder.path)])
            #expect(report.files.map(\.path) == [folder.path + "/dosya-\\xFD/a.json"])
            #expect(report.files.first?.findings.map(\.rule) == ["passport-expiry-60-days"], "the photo is found: no file-exists finding")
        }
    }

    @Test func aNamedFileWhoseNameIsNotUTF8IsRead() throws {
        try withFolder { folder in
            let path = RawPath(folder.path).appending(Self.windowsName)
            try copy(Self.example, to: path)
            guard case .success(let document) = JSONFiles.load(JSONFiles.Entry(path: path)) else {
                Issue.record("not read")
                return
            }
            #expect(KindDetection.detect(document.value) == .success(.lostCardRequest))
        }
    }

    // MARK: things that are not files

    /// Before: a pipe named *.json inside a folder was skipped without a word.
    @Test func aPipeInAFolderIsReportedNotReadNorSkipped() throws {
        try withFolder { folder in
            #expect(mkfifo(folder.appendingPathComponent("pipe.json").path, 0o600) == 0)
            try Data("{}".utf8).write(to: folder.appendingPathComponent("z.json"))
            let entries = JSONFiles.entries([RawPath(folder.path)])
            #expect(entries.map(\.path.display) == [folder.path + "/pipe.json", folder.path + "/z.json"])
            guard case .failure(let failure) = JSONFiles.load(entries[0]) else {
                Issue.record("a pipe in a folder was read")
                return
            }
            #expect(failure.message.en.contains("a named pipe (FIFO)"), "\(failure.message.en)")
            #expect(failure.message.tr.contains("adlandırılmış bir boru"))
        }
    }

    /// Before: "cannot read the file: no such device or address" (ENXIO from open).
    @Test func aSocketSaysItIsASocket() throws {
        try withFolder { folder in
            let path = folder.appendingPathComponent("app.json").path
            guard try makeSocket(path) else { return }
            guard case .failure(let failure) = JSONFileReader.read(path) else {
                Issue.record("a socket was read")
                return
            }
            #expect(failure.message.en == "cannot read the file: it is a socket (a connection point for programs), not a file; name the application file itself")
            #expect(failure.message.tr.hasPrefix("dosya okunamadı: bu bir soket"))
        }
    }

    // MARK: the photo and documents

    func withApplication(_ body: (URL, URL) throws -> Void) throws {
        try withFolder { root in
            let app = root.appendingPathComponent("application")
            try FileManager.default.createDirectory(at: app.appendingPathComponent("files"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("elsewhere/deep"), withIntermediateDirectories: true)
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]).write(to: app.appendingPathComponent("files/photo.png"))
            try Data("%PDF-1.4".utf8).write(to: root.appendingPathComponent("elsewhere/secret.pdf"))
            try body(root, app)
        }
    }

    /// `link/../x`: the system follows `link` first, so the path leads next to the link's
    /// target, outside the folder, even though it looks like `x` inside.
    @Test func linkThenDotDotIsJudgedByWhereTheLinkLeads() throws {
        try withApplication { root, app in
            try FileManager.default.createSymbolicLink(at: app.appendingPathComponent("link"),
                                                       withDestinationURL: root.appendingPathComponent("elsewhere/deep"))
            let files = DiskFileAccess(folder: app)
            #expect(files.inspect("link/../secret.pdf") == .outsideFolder, "exists: elsewhere/secret.pdf")
            // Before: a missing file was judged by its text alone, so this was `.missing`.
            #expect(files.inspect("link/../nothing.pdf") == .outsideFolder, "missing, but still outside")
            #expect(files.inspect("link/../../nothing.pdf") == .outsideFolder)
            #expect(files.inspect("link/nothing.pdf") == .outsideFolder, "a missing file behind a link pointing out")
            #expect(files.inspect("files/../files/nothing.png") == .missing, "a detour that stays inside")
            #expect(files.inspect("nothing/../files/photo.png") == .missing, "the system cannot pass through a missing folder either")
            // A link pointing inside is fine, missing target or not.
            try FileManager.default.createSymbolicLink(at: app.appendingPathComponent("inner"),
                                                       withDestinationURL: app.appendingPathComponent("files"))
            #expect(files.inspect("inner/photo.png") == .file(size: 9, type: .png))
            #expect(files.inspect("inner/../files/none.png") == .missing)
            // A dangling link that would lead outside, and a loop of links.
            try FileManager.default.createSymbolicLink(atPath: app.appendingPathComponent("dangling").path,
                                                       withDestinationPath: "../elsewhere/gone/x.png")
            #expect(files.inspect("dangling") == .outsideFolder)
            try FileManager.default.createSymbolicLink(atPath: app.appendingPathComponent("loop").path, withDestinationPath: "loop")
            #expect(files.inspect("loop/x.png") == .outsideFolder, "a loop leads nowhere: never inside")
        }
    }

    /// Before: a folder, a pipe or a socket where the photo should be was "file not found".
    @Test func aPhotoThatIsNotAFileSaysWhatItIs() throws {
        try withApplication { _, app in
            try FileManager.default.createDirectory(at: app.appendingPathComponent("files/folder.png"), withIntermediateDirectories: true)
            #expect(mkfifo(app.appendingPathComponent("files/pipe.png").path, 0o600) == 0)
            let files = DiskFileAccess(folder: app)
            #expect(files.inspect("files") == .notAFile(.folder))
            #expect(files.inspect("files/folder.png") == .notAFile(.folder))
            #expect(files.inspect("files/pipe.png") == .notAFile(.pipe), "and never opened: this would block")
            if try makeSocket(app.appendingPathComponent("files/socket.png").path) {
                #expect(files.inspect("files/socket.png") == .notAFile(.socket))
            }

            let form = FormCatalog.definition(for: .academicApplication)
            func findings(_ photo: String) -> [Finding] {
                let context = EvaluationContext(instance: object(["photo": .string(photo), "declarationAccepted": true]),
                                                today: date("2025-06-01"), files: files)
                return RuleRunner(form: form, context: context, settings: ValidationSettings(today: date("2025-06-01"))).findings()
            }
            let folder = findings("files/folder.png")
            #expect(folder.map(\.rule) == ["file-exists"])
            #expect(folder.first?.message.en == "File not found: files/folder.png (it is a folder, not a file; write the path of the file inside it).",
                    "\(String(describing: folder.first?.message.en))")
            #expect(folder.first?.message.tr.contains("bu bir klasör, dosya değil") == true)
            let pipe = findings("files/pipe.png")
            #expect(pipe.map(\.rule) == ["file-exists"])
            #expect(pipe.first?.message.en.contains("it is a named pipe (FIFO), not a file") == true)
        }
    }
}
