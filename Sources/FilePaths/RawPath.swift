#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file path as the system has it: bytes, which need not be UTF-8. A Swift `String` cannot
/// hold a name such as `ba\xFEvuru.json` (Windows-1254 `başvuru`, unpacked from an archive),
/// so such a file would be skipped in a folder or "not found" when named; a `RawPath` carries
/// it to `open` unchanged and shows it with the invalid bytes escaped.
public struct RawPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path's bytes, without a terminating NUL.
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// Byte order, as `ls` sorts in the C locale; every name sorts the same on every machine.
    public static func < (a: RawPath, b: RawPath) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }

    /// The path as text, when it is valid UTF-8.
    public var string: String? { Self.validText(bytes) }

    /// The path for people: valid UTF-8 as it is, every other byte as `\xFE`. Always one line
    /// of valid text, so reports (text, JSON, SARIF) can carry it.
    public var display: String {
        if let string { return string }
        var out = ""
        var index = 0
        while index < bytes.count {
            let length = Self.validSequenceLength(bytes, at: index)
            if length > 0 {
                out += String(decoding: bytes[index ..< index + length], as: UTF8.self)
                index += length
            } else {
                out += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return out
    }

    public var description: String { display }

    /// `self/name`.
    public func appending(_ name: [UInt8]) -> RawPath {
        if bytes.isEmpty { return RawPath(bytes: name) }
        return RawPath(bytes: bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
    }

    public func appending(_ name: String) -> RawPath { appending(Array(name.utf8)) }

    /// The folder that holds this path (`.` for a bare name, `/` for a name under the root).
    public var parent: RawPath {
        var trimmed = bytes
        while trimmed.count > 1, trimmed.last == UInt8(ascii: "/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: UInt8(ascii: "/")) else { return RawPath(".") }
        return slash == 0 ? RawPath("/") : RawPath(bytes: Array(trimmed[..<slash]))
    }

    /// Without trailing slashes (but `/` stays `/`).
    public var trimmingTrailingSlashes: RawPath {
        var trimmed = bytes
        while trimmed.count > 1, trimmed.last == UInt8(ascii: "/") { trimmed.removeLast() }
        return RawPath(bytes: trimmed)
    }

    /// Calls `body` with the path as a C string. A path holding a NUL byte cannot name a file;
    /// it is cut there, which names no file the caller meant, so callers refuse such paths first.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        var terminated = bytes.map { CChar(bitPattern: $0) }
        terminated.append(0)
        return try terminated.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// `lstat` (the link itself) or `stat` (what it leads to); nil when the call fails, with `errno` set.
    public func status(followingLinks: Bool = true) -> stat? {
        var info = stat()
        let result = withCString { followingLinks ? stat($0, &info) : lstat($0, &info) }
        return result == 0 ? info : nil
    }

    /// The canonical absolute path: every symbolic link followed and `.`/`..` applied by the
    /// system (realpath(3)); nil when the path does not exist.
    public func realPath() -> RawPath? {
        guard let resolved = withCString({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return RawPath(bytes: Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self),
                                                        count: strlen(resolved))))
    }

    /// Where `relative` (taken from this folder) really leads, even when its last parts do
    /// not exist: every symbolic link on the way is followed before a `..` after it is
    /// applied, as the system does when it opens the path, so `link/../x` is judged by where
    /// `link` points; names after the first missing one are applied as written. The result is
    /// absolute and holds no `.`, `..` or link (up to the first missing name); nil for a
    /// loop of links (more than 40, like the system's limit).
    public func resolvingAllowingMissing(_ relative: [UInt8] = []) -> RawPath? {
        let slash = UInt8(ascii: "/")
        func parts(_ bytes: [UInt8]) -> [[UInt8]] { bytes.split(separator: slash).map(Array.init) }
        var start = bytes.first == slash ? RawPath("/") : (RawPath(".").realPath() ?? RawPath("/"))
        var queue = parts(bytes) + parts(relative)
        if relative.first == slash { start = RawPath("/"); queue = parts(relative) }
        var current = start
        var links = 0
        var missing = false
        while !queue.isEmpty {
            let name = queue.removeFirst()
            if name == [UInt8(ascii: ".")] { continue }
            if name == [UInt8(ascii: "."), UInt8(ascii: ".")] { current = current.parent; continue }
            let next = current.appending(name)
            guard !missing, let info = next.status(followingLinks: false) else {
                missing = true
                current = next
                continue
            }
            guard info.st_mode & S_IFMT == S_IFLNK else { current = next; continue }
            links += 1
            guard links <= 40, let target = next.linkTarget() else { return nil }
            if target.first == slash { current = RawPath("/") }
            queue = parts(target) + queue
        }
        return current
    }

    /// What a symbolic link holds (readlink(2)), or nil.
    func linkTarget() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = withCString { path in
            buffer.withUnsafeMutableBytes { readlink(path, $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count) }
        }
        return count < 0 ? nil : Array(buffer.prefix(count))
    }

    /// The names in a folder (without `.` and `..`), in byte order, read with readdir(3) so
    /// that no name is dropped or changed; nil when the folder cannot be read (`errno` set).
    public func directoryEntries() -> [RawPath]? {
        directoryEntriesWithTypes()?.map(\.name)
    }

    /// The names in this folder with readdir(3)'s `d_type` (`DT_REG`, `DT_DIR`, `DT_LNK`, …;
    /// `DT_UNKNOWN` where the filesystem does not say), sorted by name: a folder walk then
    /// needs no `lstat` per entry.
    public func directoryEntriesWithTypes() -> [(name: RawPath, type: UInt8)]? {
        guard let directory = withCString({ opendir($0) }) else { return nil }
        defer { closedir(directory) }
        var names: [(name: RawPath, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer -> [UInt8] in
                Array(buffer.prefix { $0 != 0 })
            }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append((RawPath(bytes: name), entry.pointee.d_type))
        }
        return names.sorted { $0.name < $1.name }
    }

    /// The raw command-line arguments for `parsed` (the strings an argument parser was given,
    /// decoded from argv with invalid bytes replaced by U+FFFD): each string holding U+FFFD is
    /// matched back to the argv entry it came from, so `ba\xFEvuru.json` reaches `open`
    /// byte for byte instead of as `ba\u{FFFD}vuru.json`, which names no file.
    public static func recovering(_ parsed: [String], from argv: [[UInt8]]) -> [RawPath] {
        var unused = argv.filter { validText($0) == nil }
        return parsed.map { text in
            guard text.unicodeScalars.contains("\u{FFFD}"),
                  let index = unused.firstIndex(where: { String(decoding: $0, as: UTF8.self) == text }) else { return RawPath(text) }
            return RawPath(bytes: unused.remove(at: index))
        }
    }

    /// The names in a list of files (`--files-from`), byte for byte (a name need not be
    /// UTF-8): one per line, a final CR dropped, empty lines skipped.
    public static func list<Bytes: Collection<UInt8>>(lines bytes: Bytes) -> [RawPath] {
        bytes.split(separator: UInt8(ascii: "\n")).compactMap { line in
            let name = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
            return name.isEmpty ? nil : RawPath(bytes: Array(name))
        }
    }

    /// This process's arguments, byte for byte (CommandLine.arguments decodes them lossily).
    public static var commandLine: [[UInt8]] {
        (0 ..< Int(CommandLine.argc)).compactMap { index in
            CommandLine.unsafeArgv[index].map { pointer in
                Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
            }
        }
    }

    /// The bytes as text when they are valid UTF-8 (decoding repairs nothing), else nil.
    static func validText(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.utf8.elementsEqual(bytes) ? text : nil
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0.
    static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        switch first {
        case 0x00 ... 0x7F: return 1
        case 0xC2 ... 0xDF: length = 2
        case 0xE0 ... 0xEF: length = 3
        case 0xF0 ... 0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        return validText(Array(bytes[index ..< index + length])) == nil ? 0 : length
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
