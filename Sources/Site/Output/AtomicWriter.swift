import Foundation
import Guide

/// Writes the site so that readers never see half of it: everything goes into a temporary
/// sibling folder, which then replaces the output folder by two renames (old → backup,
/// new → output) before the backup is deleted. A failure before the swap leaves the previous
/// site untouched; files of older builds never survive into the new one.
public struct AtomicWriter: Sendable {
    /// Marks a folder as made by `eizin build`, so a mistyped `--output` (say, `.` or the
    /// content folder) is never replaced.
    public static let marker = ".eizin-site"

    public var directory: String

    public init(directory: String) { self.directory = directory }

    public func write(_ output: SiteOutput) throws(ContentError) {
        let fileManager = FileManager.default
        // A symbolic link (site -> /srv/www/kilavuz) is followed: the swap happens beside the
        // real folder, so the link keeps pointing at the new site instead of being replaced.
        let target = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath()
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).new-\(pid)")
        let backup = parent.appendingPathComponent(".\(name).old-\(pid)")
        let location = SourceLocation(file: directory)

        try checkReplaceable(target)
        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for path in output.sortedPaths {
                let url = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(output.files[path]!.bytes).write(to: url)
            }
            try Data("Made by eizin build; this folder is replaced on every build.\n".utf8)
                .write(to: staging.appendingPathComponent(Self.marker))
        } catch {
            try? fileManager.removeItem(at: staging)
            throw ContentError(Diagnostic(location, "cannot write the new site: \(error.localizedDescription)"))
        }

        let hadPrevious = fileManager.fileExists(atPath: target.path)
        do {
            if hadPrevious { try fileManager.moveItem(at: target, to: backup) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw ContentError(Diagnostic(location, "cannot move the previous site aside: \(error.localizedDescription)"))
        }
        do {
            try fileManager.moveItem(at: staging, to: target)
        } catch {
            if hadPrevious { try? fileManager.moveItem(at: backup, to: target) }
            try? fileManager.removeItem(at: staging)
            throw ContentError(Diagnostic(location, "cannot move the new site into place: \(error.localizedDescription)"))
        }
        if hadPrevious { try? fileManager.removeItem(at: backup) }
    }

    /// The output may be missing, an empty folder, or a folder an earlier build made.
    private func checkReplaceable(_ target: URL) throws(ContentError) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return }
        let location = SourceLocation(file: directory)
        guard isDirectory.boolValue else {
            throw ContentError(Diagnostic(location, "output exists and is not a folder"))
        }
        let entries = (try? fileManager.contentsOfDirectory(atPath: target.path)) ?? []
        if !entries.isEmpty && !entries.contains(Self.marker) {
            throw ContentError(Diagnostic(location, "refusing to replace a folder that eizin build did not make (no \(Self.marker) in it); choose another --output or empty it"))
        }
    }
}
