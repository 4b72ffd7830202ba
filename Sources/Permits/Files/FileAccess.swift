import Foundation

/// What the rules may learn about a file an application refers to. The command line reads
/// the disk; tests and the browser supply their own.
public protocol FileAccess: Sendable {
    func inspect(_ relativePath: String) -> FileFacts
}

/// The facts about one referenced file.
public enum FileFacts: Sendable, Hashable {
    /// Absolute, empty, or resolving (through `..` or a symbolic link) outside the
    /// application's folder.
    case outsideFolder
    case missing
    /// A regular file with its size and the type its bytes show.
    case file(size: Int, type: FileType)
}

/// Files on disk, relative to the folder that holds the application file.
public struct DiskFileAccess: FileAccess {
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    public func inspect(_ relativePath: String) -> FileFacts {
        guard !relativePath.isEmpty, !relativePath.hasPrefix("/"), !relativePath.hasPrefix("\\"),
              !relativePath.contains("\0") else { return .outsideFolder }
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
        let target = folder.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: target.path) else {
            // Even a missing file must not be named outside the folder.
            return lexicallyInside(relativePath) ? .missing : .outsideFolder
        }
        let resolved = target.standardizedFileURL.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/") else { return .outsideFolder }
        // Only a regular file is a document: a folder is not, and opening a named pipe or a
        // device would block or read forever.
        let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
        guard attributes?[.type] as? FileAttributeType == .typeRegular,
              let handle = FileHandle(forReadingAtPath: resolved) else { return .missing }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        return .file(size: size, type: FileType.detect(head))
    }

    private func lexicallyInside(_ path: String) -> Bool {
        var depth = 0
        for part in path.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { return false }
        }
        return true
    }
}

/// Files given in memory, for tests and for callers without a disk.
public struct InMemoryFileAccess: FileAccess {
    public var files: [String: FileFacts]
    public init(_ files: [String: FileFacts] = [:]) { self.files = files }
    public func inspect(_ relativePath: String) -> FileFacts {
        if relativePath.hasPrefix("/") || relativePath.split(separator: "/").contains("..") { return .outsideFolder }
        return files[relativePath] ?? .missing
    }
}
