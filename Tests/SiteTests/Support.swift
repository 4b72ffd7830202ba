import Foundation
@testable import Guide
@testable import Site

/// Paths of the committed fixtures and golden files (read through #filePath: they are not
/// bundled, see Package.swift).
enum TestFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let basicContent = folder.appendingPathComponent("Fixtures/basic")
    static let golden = folder.appendingPathComponent("Golden")
}

/// A fresh folder under the system's temporary directory, removed by `cleanUp()`.
struct Scratch {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// A copy of the basic fixture that a test may edit.
    func copyOfBasicContent() throws -> String {
        let target = path("content")
        try FileManager.default.copyItem(at: TestFiles.basicContent, to: URL(fileURLWithPath: target))
        return target
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

/// Every file below `folder` (hidden ones included) with its bytes, by relative path.
func snapshot(_ folder: String) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let base = URL(fileURLWithPath: folder).standardizedFileURL
    guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
    for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
        let relative = String(url.standardizedFileURL.path.dropFirst(base.path.count + 1))
        result[relative] = try Data(contentsOf: url)
    }
    return result
}

func replace(_ target: String, with replacement: String, in file: String) throws {
    let text = try String(contentsOfFile: file, encoding: .utf8)
    precondition(text.contains(target), "fixture no longer contains \(target)")
    try text.replacingOccurrences(of: target, with: replacement).write(toFile: file, atomically: true, encoding: .utf8)
}
