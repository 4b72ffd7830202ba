import Foundation
import Testing

/// Files and folders a user may not read. Root reads everything, and CI runs as root, so
/// the binary runs here as `nobody` (util-linux `setpriv`): the process drops its
/// privileges, the test process keeps its own.
@Suite struct PermissionTests {
    static let setpriv = "/usr/bin/setpriv"
    /// Root with setpriv, and a binary nobody may run (a checkout under /root is not).
    static let canDropPrivileges: Bool = {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: setpriv) else { return false }
        let works = (try? runAsNobody(["--version"]).status) == 0
        if !works { print("WARNING: PermissionTests skipped: user nobody cannot run \(EizinBinary.executable.path)") }
        return works
    }()

    /// Runs `eizin` as nobody; nil where that cannot be done (not root, or no setpriv).
    static func runAsNobody(_ arguments: [String]) throws -> EizinBinary.Result {
        try EizinBinary.runProgram(URL(fileURLWithPath: setpriv),
                                   ["--reuid=65534", "--regid=65534", "--clear-groups", "--", EizinBinary.executable.path] + arguments,
                                   in: URL(fileURLWithPath: "/tmp"))
    }

    /// A world-readable scratch folder (nobody must reach it) removed afterwards.
    func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = URL(fileURLWithPath: "/tmp/eizin-perm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to run as nobody"))
    func anUnreadableFileSaysPermissionDenied() throws {
        try withFolder { folder in
            let file = folder.appendingPathComponent("secret.json")
            try Data("{}".utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
            let run = try Self.runAsNobody(["validate", "--lang", "en", file.path])
            #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("secret.json: error: cannot read the file: permission denied"), "\(run.stdout)")
        }
    }

    @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to run as nobody"))
    func anUnreadableSubfolderIsReportedNotSkipped() throws {
        try withFolder { folder in
            let locked = folder.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: locked.appendingPathComponent("a.json"))
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path)
            let run = try Self.runAsNobody(["validate", "--lang", "en", folder.path])
            #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("locked: error: cannot read the folder: permission denied"), "\(run.stdout)")
        }
    }
}
