import Foundation
import Guide
import FilePaths
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ParallelWork

/// Rebuilds in one process (`eizin serve`, `eizin build --watch`) change a few files of a
/// site this process wrote a moment ago: only those are written.
extension AtomicWriter {
    /// Which folder a write put in place: its device and inode, and its marker file's inode
    /// and modification time in nanoseconds (an inode number freed by a deleted folder is
    /// soon given to the next one; a new marker written at the same nanosecond is not to
    /// be expected). The next update changes files only in that very folder, and writes the
    /// whole site when it is gone or another build replaced it.
    public struct FolderIdentity: Equatable, Sendable {
        var folder: [UInt64]
        var marker: [Int64]
    }

    /// What `update` changed.
    public struct Update: Sendable, Equatable {
        public var written = 0
        public var deleted = 0
    }

    /// The output folder's identity now, when it is a folder holding the marker.
    public func identity() -> FolderIdentity? {
        guard let target = RawPath(directory).resolvingAllowingMissing(), let info = target.status(),
              info.st_mode & S_IFMT == S_IFDIR, let marker = target.appending(Self.marker).status(followingLinks: false) else { return nil }
        #if canImport(Glibc)
        let modified = [Int64(marker.st_mtim.tv_sec), Int64(marker.st_mtim.tv_nsec)]
        #else
        let modified = [Int64(marker.st_mtimespec.tv_sec), Int64(marker.st_mtimespec.tv_nsec)]
        #endif
        return FolderIdentity(folder: [UInt64(info.st_dev), UInt64(info.st_ino)], marker: [Int64(marker.st_ino)] + modified)
    }

    /// Turns the site `old`, which this process wrote into the folder `identity`, into `new`:
    /// under the same lock as `write`, each file that is new or differs is written into a
    /// hidden sibling and renamed over the old one (a reader gets the old file or the new,
    /// never part of one), then the files `new` lacks are deleted, with folders left empty.
    /// A page being read during the update may still link to a page written a moment later;
    /// the site as a whole is not swapped at once as `write` does, which would copy every
    /// file. Returns nil, having changed nothing, when the folder is no longer that one
    /// (deleted, or replaced by another build): then the caller `write`s the whole site.
    /// Throws when a file could not be written: the folder then holds part of each site.
    public func update(from old: SiteOutput, to new: SiteOutput, identity: FolderIdentity) throws(DiagnosticsError) -> Update? {
        let (target, parent, _) = try resolve()
        let lock = try lockParent(parent)
        defer { close(lock) }
        guard self.identity() == identity else { return nil }

        // Chosen first, then put in path order: after an edit only a few paths are left.
        let changed = new.files.keys.filter { path in
            guard let before = old.files[path]?.bytes else { return true }
            return before != new.files[path]!.bytes
        }.sorted(by: SiteOutput.bytewise)
        let removed = old.files.keys.filter { new.files[$0] == nil }.sorted(by: SiteOutput.bytewise)
        let temporary = ".new-\(getpid())"
        let failures = Parallel.map(changed.count) { index -> WriteFailure? in
            let path = changed[index]
            do throws(WriteFailure) {
                try Self.makeFolders(under: target, for: path)
                let file = target.appending(path)
                let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
                let staging = target.appending(String(path[..<slash]) + "." + String(path[slash...]) + temporary)
                try Self.writeFile(staging, new.files[path]!.bytes)
                guard Self.rename(staging, file) == 0 else {
                    let code = errno
                    _ = Self.removeTree(staging)
                    throw WriteFailure(path: file, code: code)
                }
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first {
            throw DiagnosticsError(Diagnostic(SourceLocation(file: directory), "cannot update the site: \(failure.description); \(directory) holds part of the previous build and part of this one until the next build writes it whole"))
        }
        var update = Update(written: changed.count, deleted: 0)
        for path in removed {
            guard target.appending(path).withCString({ unlink($0) }) == 0 || errno == ENOENT else {
                throw DiagnosticsError(Diagnostic(SourceLocation(file: directory), "cannot delete \(target.appending(path).display), which the content no longer makes: \(Self.reason(errno))"))
            }
            update.deleted += 1
            // Folders left empty go too, as a build from scratch would not make them.
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if target.appending(String(folder)).withCString({ rmdir($0) }) != 0 { break }
            }
        }
        return update
    }
}
