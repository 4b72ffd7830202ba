import Foundation
import FilePaths
#if canImport(Glibc)
import Glibc
#endif
import JSONSchema

/// Finding and reading the JSON files a command checks: application files for
/// `ValidationRun`, and for `eizin validate --schema` any JSON files, the schema and its
/// `--ref` schemas. Folders are searched for `*.json`; each file is parsed with positions.
public enum JSONFiles {
    /// One file to check: its path as the system has it (the bytes of a name need not be
    /// UTF-8), and whether it was found in a folder rather than named.
    public struct Entry: Sendable, Hashable {
        public var path: RawPath
        public var inFolder: Bool
        public init(path: RawPath, inFolder: Bool = false) {
            self.path = path
            self.inFolder = inFolder
        }
    }

    /// Files as given; folders searched recursively for `*.json`, in byte order, skipping
    /// hidden files and folders (`.build`, `.git`...) and symbolic links. Folders are read
    /// with readdir(3), so a name that is not UTF-8 (`ba\xFEvuru.json` from a Windows-1254
    /// archive) is found and checked like any other. A folder without any such file stays in
    /// the list, so that `load` reports it: checking nothing must not look like success; so
    /// does a subfolder that cannot be read, and a `*.json` that is not a regular file.
    public static func entries(_ paths: [RawPath]) -> [Entry] {
        var out: [Entry] = []
        for path in paths {
            guard let info = path.status(), info.st_mode & S_IFMT == S_IFDIR else {
                out.append(Entry(path: path))
                continue
            }
            let base = path.trimmingTrailingSlashes
            var found: [RawPath] = []
            walk(base, relative: nil, into: &found)
            out += found.isEmpty ? [Entry(path: path)] : found.sorted().map { Entry(path: base.appending($0.bytes), inFolder: true) }
        }
        return out
    }

    /// `entries` for paths that are valid text; a name that is not UTF-8 comes back escaped
    /// (for display only: use `entries` to read such files).
    public static func expand(_ paths: [String]) -> [String] {
        entries(paths.map(RawPath.init)).map(\.path.display)
    }

    private static func walk(_ folder: RawPath, relative: RawPath?, into found: inout [RawPath]) {
        guard let names = folder.directoryEntriesWithTypes() else {
            // A subfolder that cannot be read is listed, so that `load` reports it rather
            // than its files silently going unchecked.
            if let relative { found.append(relative) }
            return
        }
        for (name, entryType) in names where name.bytes.first != UInt8(ascii: ".") {
            let full = folder.appending(name.bytes)
            let path = relative?.appending(name.bytes) ?? name
            // readdir's type says what lstat would (the entry itself, links not followed);
            // lstat only where the filesystem leaves it unknown.
            let mode: mode_t
            switch Int32(entryType) {
            case Int32(DT_REG): mode = S_IFREG
            case Int32(DT_DIR): mode = S_IFDIR
            case Int32(DT_LNK): mode = S_IFLNK
            case Int32(DT_FIFO): mode = S_IFIFO
            case Int32(DT_SOCK): mode = S_IFSOCK
            case Int32(DT_CHR): mode = S_IFCHR
            case Int32(DT_BLK): mode = S_IFBLK
            default:
                guard let info = full.status(followingLinks: false) else { continue }   // removed meanwhile
                mode = info.st_mode & S_IFMT
            }
            let isJSON = name.bytes.count > 5 && name.bytes.suffix(5).elementsEqual(".json".utf8)
            switch mode {
            case S_IFDIR: walk(full, relative: path, into: &found)
            case S_IFLNK: continue   // documented: name a linked file itself to check it
            default: if isJSON { found.append(path) }   // a pipe or socket too, for `load` to report
            }
        }
    }

    /// The parsed document of a file named on the command line, or why it cannot be had.
    public static func load(_ path: String) -> Result<JSONDocument, FileFailure> {
        load(Entry(path: RawPath(path)))
    }

    /// The parsed document of a file from `entries`, or why it cannot be had.
    public static func load(_ entry: Entry) -> Result<JSONDocument, FileFailure> {
        let info = entry.path.status()
        let type = info.map { $0.st_mode & S_IFMT }
        if type == S_IFDIR {
            // An unreadable folder looks empty to the search: say which it is.
            guard entry.path.withCString({ access($0, R_OK | X_OK) }) == 0 else {
                return .failure(FileFailure(message: .t("klasör okunamadı: okuma izni yok", "cannot read the folder: permission denied")))
            }
            return .failure(FileFailure(message: .t(
                "bu klasörde *.json dosyası yok (alt klasörlere de bakıldı; gizli dosyalar ve sembolik bağlantılar atlanır)",
                "no *.json file in this folder (subfolders searched; hidden files and symbolic links are skipped)")))
        }
        if entry.inFolder, let type, type != S_IFREG {
            // Reading a named pipe found in a folder could wait forever for a writer.
            let what: LocalizedText = switch type {
            case S_IFIFO: .t("adlandırılmış bir boru (FIFO)", "a named pipe (FIFO)")
            case S_IFSOCK: .t("bir soket", "a socket")
            default: .t("bir aygıt", "a device")
            }
            return .failure(FileFailure(message: .t(
                "dosya okunamadı: normal bir dosya değil, \(what.tr); klasörlerde yalnızca normal dosyalar okunur (okumak için adıyla verin)",
                "cannot read the file: not a regular file but \(what.en); inside folders only regular files are read (name it to read it)")))
        }
        return parse(entry.path)
    }

    public static func parse(_ path: String) -> Result<JSONDocument, FileFailure> { parse(RawPath(path)) }

    /// The parsed document of one file (a folder is refused as such).
    public static func parse(_ path: RawPath) -> Result<JSONDocument, FileFailure> {
        let bytes: [UInt8]
        // `-` is standard input (its photo and documents are then looked for in the current
        // folder: `URL(fileURLWithPath: "-")`'s folder).
        switch JSONFileReader.read(path == RawPath(StandardInput.argument) ? RawPath("/dev/stdin") : path) {
        case .failure(let failure): return .failure(failure)
        case .success(let read): bytes = read
        }
        do throws(JSONParseError) {
            return .success(try JSONParser.parse(bytes))
        } catch {
            let reason = error.localizedMessage
            return .failure(FileFailure(message: .t("geçerli JSON değil: \(reason.tr)", "not valid JSON: \(reason.en)"),
                                        position: error.position))
        }
    }
}

/// `-` names standard input, as in cat, grep and jq.
public enum StandardInput {
    public static let argument = "-"
    /// How a file read from standard input is named in messages.
    public static let displayName = "<stdin>"

    /// `path` as messages name it: `<stdin>` for `-`.
    public static func name(_ path: String) -> String { path == argument ? displayName : path }
}
