import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fingerprint of a folder for `eizin serve`'s polling: every file and folder under it
/// (symbolic links followed, hidden names included, since site.yml and editors' renames
/// count) with its inode, size and modification time in nanoseconds. Two equal fingerprints
/// mean nothing changed that a build reads. Polling (every 300 ms) rather than inotify:
/// it works the same on every platform and filesystem, and the content is a few dozen files.
public enum ContentWatcher {
    public static func fingerprint(of folder: String) -> [String] {
        var entries: [String] = [entry(folder, name: ".")]
        if let names = FileManager.default.subpaths(atPath: folder) {
            for name in names.sorted() { entries.append(entry(folder + "/" + name, name: name)) }
        }
        return entries
    }

    private static func entry(_ path: String, name: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "\(name) missing" }
        #if canImport(Glibc)
        let seconds = info.st_mtim.tv_sec, nanoseconds = info.st_mtim.tv_nsec
        #else
        let seconds = info.st_mtimespec.tv_sec, nanoseconds = info.st_mtimespec.tv_nsec
        #endif
        return "\(name) \(info.st_ino) \(info.st_size) \(seconds).\(nanoseconds)"
    }
}
