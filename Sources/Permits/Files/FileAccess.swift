import Foundation
import FilePaths
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Something that is there but is not a file (a folder, a named pipe...): never opened,
    /// since reading a pipe or a device could block or go on forever.
    case notAFile(NotAFile)
    /// A regular file with its size and the type its bytes show.
    case file(size: Int, type: FileType)

    public enum NotAFile: String, Sendable, Hashable {
        case folder, pipe, socket, device

        /// What it is and what to do, for the `file-exists` finding.
        public var explanation: LocalizedText {
            switch self {
            case .folder: LocalizedText(tr: "bu bir klasör, dosya değil; klasörün içindeki dosyanın yolunu yazın",
                                        en: "it is a folder, not a file; write the path of the file inside it")
            case .pipe: LocalizedText(tr: "bu adlandırılmış bir boru (FIFO), dosya değil; fotoğrafın ya da belgenin kendisini koyun",
                                      en: "it is a named pipe (FIFO), not a file; put the photo or document itself there")
            case .socket: LocalizedText(tr: "bu bir soket, dosya değil; fotoğrafın ya da belgenin kendisini koyun",
                                        en: "it is a socket, not a file; put the photo or document itself there")
            case .device: LocalizedText(tr: "bu bir aygıt, dosya değil; fotoğrafın ya da belgenin kendisini koyun",
                                        en: "it is a device, not a file; put the photo or document itself there")
            }
        }
    }
}

/// Files on disk, relative to the folder that holds the application file.
public struct DiskFileAccess: FileAccess {
    /// The application's folder, as the system names it (its bytes need not be UTF-8).
    public let directory: RawPath

    public init(folder: URL) { self.directory = RawPath(folder.path) }

    public init(directory: RawPath) { self.directory = directory }

    public var folder: URL { URL(fileURLWithPath: directory.display) }

    public func inspect(_ relativePath: String) -> FileFacts {
        // A Windows path (`files\\photo.png`) means the same folders.
        let relativePath = relativePath.replacingOccurrences(of: "\\", with: "/")
        guard !relativePath.isEmpty, !relativePath.hasPrefix("/"), !relativePath.contains("\0"),
              !Self.hasDrive(relativePath), let base = directory.realPath() else { return .outsideFolder }
        let inside = base.bytes == [UInt8(ascii: "/")] ? base.bytes : base.bytes + [UInt8(ascii: "/")]
        guard let found = Self.locate(relativePath, in: base) else {
            // Even a missing file must not be named outside the folder, and `link/../x` is
            // judged by where the link really leads, as for a file that exists.
            guard let leadsTo = base.resolvingAllowingMissing(Array(relativePath.utf8)),
                  leadsTo.bytes.starts(with: inside) else { return .outsideFolder }
            return .missing
        }
        // Symbolic links are followed before `..` is applied, as the system does, so
        // `link/../x` is judged by where it really leads.
        guard let resolved = found.realPath(), resolved.bytes.starts(with: inside) else { return .outsideFolder }
        // Only a regular file is a document: a folder is not, and opening a named pipe or a
        // device would block or read forever.
        guard let info = resolved.status() else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .notAFile(.folder)
        case S_IFIFO: return .notAFile(.pipe)
        case S_IFSOCK: return .notAFile(.socket)
        default: return .notAFile(.device)
        }
        let fd = resolved.withCString { open($0, O_RDONLY | O_NONBLOCK) }
        guard fd >= 0 else { return .missing }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 8)
        let count = head.withUnsafeMutableBytes { readHead(fd, $0.baseAddress!, 8) }
        return .file(size: Int(info.st_size), type: FileType.detect(head.prefix(max(count, 0))))
    }

    /// The path on disk that `relative` names: as written, or with each name matched in
    /// its folder by canonical equivalence, since an archive made on macOS writes
    /// `fotoğraf.png` decomposed (g + U+0306) where the application file has it composed.
    static func locate(_ relative: String, in base: RawPath) -> RawPath? {
        let direct = base.appending(relative)
        if direct.status() != nil { return direct }
        var current = base
        for name in relative.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            let next = current.appending(name)
            if name == "." || name == ".." || next.status() != nil {
                current = next
                continue
            }
            // Swift compares strings by canonical equivalence: NFC and NFD spellings are equal.
            guard let entry = current.directoryEntries()?.first(where: { $0.string == name }) else { return nil }
            current = current.appending(entry.bytes)
        }
        return current
    }

    /// The canonical absolute path (symbolic links and `..` resolved by the system), or nil.
    static func realPath(_ path: String) -> String? { RawPath(path).realPath()?.display }

    /// `C:/…`: a Windows absolute path.
    static func hasDrive(_ path: String) -> Bool {
        let bytes = Array(path.utf8.prefix(2))
        return bytes.count == 2 && bytes[1] == UInt8(ascii: ":") && (bytes[0] | 0x20) >= UInt8(ascii: "a") && (bytes[0] | 0x20) <= UInt8(ascii: "z")
    }
}

/// POSIX `read`, named apart from the methods called `read`.
private func readHead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
