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
        // A Windows path (`files\photo.png`) means the same folders.
        let relativePath = relativePath.replacingOccurrences(of: "\\", with: "/")
        guard !relativePath.isEmpty, !relativePath.hasPrefix("/"), !relativePath.contains("\0"),
              !Self.hasDrive(relativePath), let base = Self.realPath(folder.path) else { return .outsideFolder }
        guard let found = Self.locate(relativePath, in: base) else {
            // Even a missing file must not be named outside the folder.
            return lexicallyInside(relativePath) ? .missing : .outsideFolder
        }
        // Symbolic links are followed before `..` is applied, as the system does, so
        // `link/../x` is judged by where it really leads.
        guard let resolved = Self.realPath(found), resolved.hasPrefix(base == "/" ? base : base + "/") else { return .outsideFolder }
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

    /// The path on disk that `relative` names: as written, or with each name matched in
    /// its folder by canonical equivalence, since an archive made on macOS writes
    /// `fotoğraf.png` decomposed (g + U+0306) where the application file has it composed.
    static func locate(_ relative: String, in base: String) -> String? {
        let direct = base + "/" + relative
        if FileManager.default.fileExists(atPath: direct) { return direct }
        var current = base
        for name in relative.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            let next = current + "/" + name
            if name == "." || name == ".." || FileManager.default.fileExists(atPath: next) {
                current = next
                continue
            }
            // Swift compares strings by canonical equivalence: NFC and NFD spellings are equal.
            guard let entry = (try? FileManager.default.contentsOfDirectory(atPath: current))?.sorted().first(where: { $0 == name })
            else { return nil }
            current += "/" + entry
        }
        return current
    }

    /// The canonical absolute path (symbolic links and `..` resolved by the system), or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `C:/…`: a Windows absolute path.
    static func hasDrive(_ path: String) -> Bool {
        let bytes = Array(path.utf8.prefix(2))
        return bytes.count == 2 && bytes[1] == UInt8(ascii: ":") && (bytes[0] | 0x20) >= UInt8(ascii: "a") && (bytes[0] | 0x20) <= UInt8(ascii: "z")
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
