#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FilePaths

/// Where the output folder may be. It is replaced as a whole on every build, so it must not
/// be the content folder, hold it, or lie inside it — judged by the real folders (every
/// symbolic link followed, the same folder by another path or mount recognised by its device
/// and inode), not by how the paths are spelled: `--content site/guide` where `site/guide` is
/// a link to `content/`, or `--output out` where `out` links into `content/`, would otherwise
/// delete the author's files on the first successful build.
public enum OutputPlacement {
    /// Why `output` may not be used with `content`, or nil. A content folder that does not
    /// exist overlaps nothing (the build reports it as missing).
    public static func problem(content: String, output: String) -> String? {
        guard let realContent = RawPath(content).realPath() else { return nil }
        guard let realOutput = RawPath(output).resolvingAllowingMissing() else {
            return "--output \(output): its symbolic links form a loop"
        }
        let contentChain = identities(realContent)
        // The output, or the nearest folder above it that exists.
        var existing = realOutput
        while existing.status() == nil, existing.bytes != [UInt8(ascii: "/")] { existing = existing.parent }
        let outputChain = identities(existing)
        let outputExists = existing == realOutput
        let same = outputExists && outputChain.first == contentChain.first
        let where_ = "(\(realOutput.display) and \(realContent.display) in real paths)"
        if same || realOutput == realContent {
            return "--output must be outside --content: they are the same folder \(where_); the output folder is replaced on every build"
        }
        if let first = contentChain.first, outputChain.contains(first) || realOutput.bytes.starts(with: realContent.bytes + [UInt8(ascii: "/")]) {
            return "--output must be outside --content: the output folder is inside the content folder \(where_); it is replaced on every build"
        }
        if outputExists, let first = outputChain.first, contentChain.contains(first) || realContent.bytes.starts(with: realOutput.bytes + [UInt8(ascii: "/")]) {
            return "--output must not contain --content: the content folder is inside the output folder \(where_), and replacing the output would delete it; choose another --output"
        }
        // As written: content reached through the output (`--content site/guide`, a link in
        // site/) would be gone after the build, and the same spelled the other way round.
        let writtenContent = lexical(content), writtenOutput = lexical(output)
        for outputPath in [writtenOutput, realOutput] where writtenContent.bytes.starts(with: outputPath.bytes + [UInt8(ascii: "/")]) {
            return "--output must not contain --content: the content folder \(content) is reached through the output folder \(output), which is replaced on every build; choose another --output or --content"
        }
        for contentPath in [writtenContent, realContent] where writtenOutput.bytes.starts(with: contentPath.bytes + [UInt8(ascii: "/")]) {
            return "--output must be outside --content: \(output) is inside the content folder \(content); it is replaced on every build"
        }
        return nil
    }

    /// The absolute path as written: `.` and `..` applied to the text, links not followed.
    static func lexical(_ path: String) -> RawPath {
        let slash = UInt8(ascii: "/")
        var bytes = Array(path.utf8)
        if bytes.first != slash { bytes = (RawPath(".").realPath()?.bytes ?? [slash]) + [slash] + bytes }
        var parts: [[UInt8]] = []
        for part in bytes.split(separator: slash) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) { _ = parts.popLast(); continue }
            parts.append(Array(part))
        }
        return RawPath(bytes: [slash] + Array(parts.joined(separator: [slash])))
    }

    struct Identity: Hashable { var device: UInt64; var inode: UInt64 }

    /// Device and inode of `path` and of every folder above it, nearest first.
    static func identities(_ path: RawPath) -> [Identity] {
        var chain: [Identity] = []
        var current = path
        while true {
            if let info = current.status() { chain.append(Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))) }
            if current.bytes == [UInt8(ascii: "/")] || current.bytes.isEmpty { break }
            current = current.parent
        }
        return chain
    }
}
