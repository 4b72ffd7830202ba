import FilePaths
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fingerprint of a folder for the polling of `eizin serve` and `eizin build --watch`:
/// every file and folder under it (symbolic links followed, hidden names included, since
/// site.yml and editors' renames count) with its name, inode, size and modification time in
/// nanoseconds. Two equal fingerprints mean nothing changed that a build reads. Polling
/// (every 300 ms) rather than inotify: it works the same on every platform and filesystem.
/// Made with readdir(3) and one stat(2) per entry, into one byte buffer: a site of 1,000
/// pages is polled in about a millisecond, not the tens Foundation's folder walk took.
public enum ContentWatcher {
    public static func fingerprint(of folder: String) -> [UInt8] {
        var out: [UInt8] = []
        var visited: Set<[UInt64]> = []
        walk(RawPath(folder), name: [UInt8(ascii: ".")], into: &out, visited: &visited)
        return out
    }

    /// The fingerprint once the folder has stopped changing: a change can be seen mid-save
    /// (an editor or a script truncates a page, then writes it), and a build of the half-saved
    /// page would report errors that are not there. The folder is read again every `interval`
    /// until two reads agree, for at most `limit` reads, so a folder that never rests is
    /// still built.
    public static func settledFingerprint(of folder: String, changedTo first: [UInt8],
                                          interval: useconds_t = 60_000, limit: Int = 20) -> [UInt8] {
        var previous = first
        for _ in 0..<limit {
            usleep(interval)
            let next = fingerprint(of: folder)
            if next == previous { return next }
            previous = next
        }
        return previous
    }

    private static func walk(_ path: RawPath, name: [UInt8], into out: inout [UInt8], visited: inout Set<[UInt64]>) {
        out += name
        out.append(0)
        guard let info = path.status() else {
            out += "missing".utf8
            out.append(0)
            return
        }
        #if canImport(Glibc)
        let seconds = Int64(info.st_mtim.tv_sec), nanoseconds = Int64(info.st_mtim.tv_nsec)
        #else
        let seconds = Int64(info.st_mtimespec.tv_sec), nanoseconds = Int64(info.st_mtimespec.tv_nsec)
        #endif
        for number in [Int64(bitPattern: UInt64(info.st_ino)), Int64(info.st_size), seconds, nanoseconds] {
            withUnsafeBytes(of: number.littleEndian) { out += $0 }
        }
        // A folder once, in name order; a link back up the tree is not followed again.
        guard info.st_mode & S_IFMT == S_IFDIR, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted,
              let entries = path.directoryEntriesWithTypes() else { return }
        for entry in entries {
            walk(path.appending(entry.name.bytes), name: name + [UInt8(ascii: "/")] + entry.name.bytes, into: &out, visited: &visited)
        }
    }
}
