import Foundation
import Guide
import FilePaths
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ParallelWork

/// Writes the site so that readers never see half of it, and so that the output folder is
/// always a complete site, whatever happens to the build:
///
/// 1. Under an exclusive lock on the folder that holds the output (flock(2) on that folder),
///    so two builds at once take turns instead of mixing their files.
/// 2. Leftovers of a build that was killed (`.site.new-*`, `.site.old-*`) are deleted.
/// 3. Everything is written into a hidden sibling folder `.site.new-<pid>`.
/// 4. That folder and the output are exchanged in one step (renameat2 RENAME_EXCHANGE), so
///    `site/` is at every instant either the complete previous site or the complete new
///    one — also if the build is killed with SIGKILL (filesystems without the exchange get
///    two renames, with a moment without `site/` between them).
/// 5. The previous site, now in the hidden folder, is deleted. If that fails, the new site
///    is in place and the leftover is reported (`write` returns it; the next build deletes it).
///
/// A failure before step 4 leaves the previous site untouched; files of older builds never
/// survive into the new one.
public struct AtomicWriter: Sendable {
    /// Marks a folder as made by `eizin build`, so a mistyped `--output` (say, `.` or the
    /// content folder) is never replaced.
    public static let marker = ".eizin-site"

    /// Test hook: `EIZIN_TEST_PAUSE_WRITE=writing|exchange|exchanged` makes the writer print
    /// `eizin-test-paused <point>` on standard error and stop there, so a test can kill the
    /// build at that point. Never set outside tests.
    static let pauseVariable = "EIZIN_TEST_PAUSE_WRITE"

    public var directory: String

    public init(directory: String) { self.directory = directory }

    /// Writes `output`; returns problems that did not stop the new site from being put in
    /// place (a previous copy that could not be deleted). Throws when the new site is not
    /// in place, in which case the previous one is as it was.
    @discardableResult
    public func write(_ output: SiteOutput) throws(DiagnosticsError) -> [Diagnostic] {
        let location = SourceLocation(file: directory)
        func fail(_ message: String) -> DiagnosticsError { DiagnosticsError(Diagnostic(location, message)) }
        let (target, parent, name) = try resolve()
        let lock = try lockParent(parent)
        defer { close(lock) }
        try checkReplaceable(target)

        var leftovers: [Diagnostic] = []
        let dot = [UInt8(ascii: ".")]
        let newPrefix = dot + name + Array(".new-".utf8), oldPrefix = dot + name + Array(".old-".utf8)
        // Under the lock no other build is writing, so these are from builds that were killed.
        for entry in parent.directoryEntries() ?? [] where entry.bytes.starts(with: newPrefix) || entry.bytes.starts(with: oldPrefix) {
            let path = parent.appending(entry.bytes)
            if let problem = Self.removeTree(path) {
                leftovers.append(Diagnostic(location, "cannot delete \(path.display), left by an earlier build that was interrupted or could not clean up: \(problem); delete it by hand"))
            }
        }

        let pid = String(getpid())
        let staging = parent.appending(newPrefix + Array(pid.utf8))
        let backup = parent.appending(oldPrefix + Array(pid.utf8))
        do throws(WriteFailure) {
            try Self.makeFolder(staging)
            let paths = output.sortedPaths
            // Each folder once (in path order), then the files on every core; the first
            // failure in path order is the one reported.
            var folders: Set<Substring> = []
            for path in paths {
                guard let slash = path.lastIndex(of: "/"), folders.insert(path[..<slash]).inserted else { continue }
                try Self.makeFolders(under: staging, for: path)
            }
            let half = paths.count / 2
            for range in [0..<half, half..<paths.count] {
                if range.lowerBound == half { Self.pauseForTests("writing") }
                let failures = Parallel.chunks(range.count) { chunk -> WriteFailure? in
                    for offset in chunk {
                        let path = paths[range.lowerBound + offset]
                        do throws(WriteFailure) {
                            try Self.writeFile(staging.appending(path), output.files[path]!.bytes)
                        } catch {
                            return error
                        }
                    }
                    return nil
                }
                if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
            }
            try Self.writeFile(staging.appending(Self.marker), Array("Made by eizin build; this folder is replaced on every build.\n".utf8))
        } catch {
            _ = Self.removeTree(staging)
            throw fail("cannot write the new site: \(error.description); \(directory) was not changed")
        }

        Self.pauseForTests("exchange")
        var old: RawPath?
        if target.status(followingLinks: false) != nil {
            switch Self.exchange(staging, target) {
            case 0:
                // The previous site is now in the staging folder: name it for what it is.
                old = Self.rename(staging, backup) == 0 ? backup : staging
            case let code where code == EINVAL || code == ENOSYS || code == ENOTSUP:
                // No atomic exchange here: two renames, putting the old site back on failure.
                guard Self.rename(target, backup) == 0 else {
                    let code = errno
                    _ = Self.removeTree(staging)
                    throw fail("cannot move the previous site aside: \(Self.reason(code)); \(directory) was not changed")
                }
                guard Self.rename(staging, target) == 0 else {
                    let code = errno
                    _ = Self.rename(backup, target)
                    _ = Self.removeTree(staging)
                    throw fail("cannot move the new site into place: \(Self.reason(code)); \(directory) was not changed")
                }
                old = backup
            case let code:
                _ = Self.removeTree(staging)
                throw fail("cannot put the new site in place: \(Self.reason(code)); \(directory) was not changed")
            }
        } else if Self.rename(staging, target) != 0 {
            let code = errno
            _ = Self.removeTree(staging)
            throw fail("cannot move the new site into place: \(Self.reason(code))")
        }
        Self.pauseForTests("exchanged")
        if let old, let problem = Self.removeTree(old) {
            leftovers.append(Diagnostic(location, "the new site is in place, but the previous one could not be deleted from \(old.display): \(problem); delete it by hand (the next build also tries)"))
        }
        return leftovers
    }

    /// The real output folder (symbolic links followed: the swap happens beside the real
    /// folder, so a link `site -> /srv/www/kilavuz` keeps pointing at the new site), the
    /// folder holding it (created when missing) and its name.
    func resolve() throws(DiagnosticsError) -> (target: RawPath, parent: RawPath, name: [UInt8]) {
        let location = SourceLocation(file: directory)
        guard let target = RawPath(directory).resolvingAllowingMissing() else {
            throw DiagnosticsError(Diagnostic(location, "cannot use the output folder: its symbolic links form a loop; fix the link or choose another --output"))
        }
        let parent = target.parent
        let name = target.bytes.split(separator: UInt8(ascii: "/")).last.map(Array.init) ?? []
        guard !name.isEmpty else { throw DiagnosticsError(Diagnostic(location, "the output cannot be the root folder; choose another --output")) }
        try makeFolders(parent, location: location)
        return (target, parent, name)
    }

    /// An exclusive flock(2) on the folder holding the output, so that two builds take turns;
    /// the caller closes the descriptor to release it.
    func lockParent(_ parent: RawPath) throws(DiagnosticsError) -> Int32 {
        func fail(_ message: String) -> DiagnosticsError { DiagnosticsError(Diagnostic(SourceLocation(file: directory), message)) }
        let lock = parent.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard lock >= 0 else { throw fail("cannot open the folder that holds the output (\(parent.display)): \(Self.reason(errno))") }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(lock)
                throw fail("cannot lock the folder that holds the output (\(parent.display)): \(Self.reason(code))")
            }
        }
        return lock
    }

    /// The output may be missing, an empty folder, or a folder an earlier build made.
    private func checkReplaceable(_ target: RawPath) throws(DiagnosticsError) {
        guard let info = target.status() else { return }
        let location = SourceLocation(file: directory)
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw DiagnosticsError(Diagnostic(location, "output exists and is not a folder"))
        }
        guard let entries = target.directoryEntries() else {
            throw DiagnosticsError(Diagnostic(location, "cannot read the output folder: \(Self.reason(errno))"))
        }
        if !entries.isEmpty && !entries.contains(RawPath(Self.marker)) {
            throw DiagnosticsError(Diagnostic(location, "refusing to replace a folder that eizin build did not make (no \(Self.marker) in it); choose another --output or empty it"))
        }
    }

    /// Creates `folder` and the folders above it, saying which part is in the way.
    private func makeFolders(_ folder: RawPath, location: SourceLocation) throws(DiagnosticsError) {
        if let info = folder.status(), info.st_mode & S_IFMT == S_IFDIR { return }
        // The nearest part of the path that exists and is not a folder.
        var part = folder
        while part.bytes != [UInt8(ascii: "/")], part.bytes != [UInt8(ascii: ".")] {
            if let info = part.status() {
                if info.st_mode & S_IFMT != S_IFDIR {
                    throw DiagnosticsError(Diagnostic(location, "cannot create the output folder: \(part.display) is a file, not a folder; choose another --output"))
                }
                break
            }
            part = part.parent
        }
        var missing: [RawPath] = []
        part = folder
        while part.status() == nil, part.bytes != [UInt8(ascii: "/")] {
            missing.append(part)
            part = part.parent
        }
        for folder in missing.reversed() {
            do throws(WriteFailure) { try Self.makeFolder(folder) } catch {
                throw DiagnosticsError(Diagnostic(location, "cannot create the output folder: \(error.description)"))
            }
        }
    }

    // MARK: system calls, with the reason in words

    struct WriteFailure: Error, CustomStringConvertible {
        var path: RawPath
        var code: Int32
        var description: String { "\(path.display): \(AtomicWriter.reason(code))" }
    }

    static func reason(_ code: Int32) -> String { systemErrorReason(code) }

    static func makeFolder(_ path: RawPath) throws(WriteFailure) {
        guard path.withCString({ mkdir($0, 0o755) }) != 0 else { return }
        let code = errno
        if code == EEXIST, let info = path.status(), info.st_mode & S_IFMT == S_IFDIR { return }
        throw WriteFailure(path: path, code: code == EEXIST ? ENOTDIR : code)
    }

    /// The folders between `root` and the file at `relative`.
    static func makeFolders(under root: RawPath, for relative: String) throws(WriteFailure) {
        var current = root
        let parts = relative.split(separator: "/").dropLast()
        for part in parts {
            current = current.appending(String(part))
            if current.status() == nil { try makeFolder(current) }
        }
    }

    static func writeFile(_ path: RawPath, _ bytes: [UInt8]) throws(WriteFailure) {
        let fd = path.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
        guard fd >= 0 else { throw WriteFailure(path: path, code: errno) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { writeBytes(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                throw WriteFailure(path: path, code: code)
            }
            written += n
        }
        guard close(fd) == 0 else { throw WriteFailure(path: path, code: errno) }
    }

    static func rename(_ from: RawPath, _ to: RawPath) -> Int32 {
        from.withCString { a in to.withCString { b in systemRename(a, b) } }
    }

    /// renameat2(RENAME_EXCHANGE): 0, or the error code. Looked up at run time, since the
    /// Glibc module does not declare it.
    static func exchange(_ a: RawPath, _ b: RawPath) -> Int32 {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return ENOSYS }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 1 << 1
        let result = a.withCString { x in b.withCString { y in renameat2(AT_FDCWD, x, AT_FDCWD, y, exchangeFlag) } }
        return result == 0 ? 0 : errno
    }

    /// Deletes a folder and everything in it; nil, or what could not be deleted and why.
    static func removeTree(_ path: RawPath) -> String? {
        guard let info = path.status(followingLinks: false) else { return errno == ENOENT ? nil : "\(path.display): \(reason(errno))" }
        var problem: String?
        if info.st_mode & S_IFMT == S_IFDIR {
            for entry in path.directoryEntries() ?? [] {
                if let inner = removeTree(path.appending(entry.bytes)), problem == nil { problem = inner }
            }
            if path.withCString({ rmdir($0) }) != 0, problem == nil { problem = "\(path.display): \(reason(errno))" }
        } else if path.withCString({ unlink($0) }) != 0 {
            problem = "\(path.display): \(reason(errno))"
        }
        return problem
    }

    static func pauseForTests(_ point: String) {
        guard ProcessInfo.processInfo.environment[pauseVariable] == point else { return }
        FileHandle.standardError.write(Data("eizin-test-paused \(point)\n".utf8))
        while true { sleep(60) }
    }
}

/// POSIX `write`, named apart from `AtomicWriter.write`.
private func writeBytes(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }

/// rename(2), named apart from `AtomicWriter.rename`.
private func systemRename(_ from: UnsafePointer<CChar>, _ to: UnsafePointer<CChar>) -> Int32 { rename(from, to) }
