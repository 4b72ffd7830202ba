import Foundation
import Testing

/// `eizin build --watch` as an author uses it: one line per rebuild on standard output,
/// saying what was redone; a broken edit prints its errors and leaves the site as it was;
/// the fix is built; Ctrl-C stops it with status 0.
@Suite struct BuildWatchTests {
    /// Standard output's lines as they come (read on a thread of its own).
    final class Lines: @unchecked Sendable {
        private let lock = NSCondition()
        private var text = ""

        init(_ pipe: Pipe) {
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread { [self] in
                while true {
                    let data = handle.availableData
                    if data.isEmpty { break }
                    lock.lock()
                    text += String(decoding: data, as: UTF8.self)
                    lock.broadcast()
                    lock.unlock()
                }
            }
        }

        var all: [String] {
            lock.lock()
            defer { lock.unlock() }
            return text.split(separator: "\n").map(String.init)
        }

        /// Waits up to two minutes for the `count`-th line; nil if it does not come.
        func line(_ count: Int) -> String? {
            let deadline = Date().addingTimeInterval(120)
            lock.lock()
            defer { lock.unlock() }
            while text.split(separator: "\n").count < count, lock.wait(until: deadline) {}
            let lines = text.split(separator: "\n")
            return lines.count >= count ? String(lines[count - 1]) : nil
        }
    }

    @Test func rebuildsEachChangeUntilCtrlC() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content"), site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: EizinBinary.packageRoot.appendingPathComponent("content"), to: content)
        let errors = folder.appendingPathComponent("stderr.txt")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = EizinBinary.executable
        process.arguments = ["build", "--watch", "--content", content.path, "--output", site.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let lines = Lines(out)
        let stderr = { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }
        func edit(_ change: (String) -> String) throws {
            let url = content.appendingPathComponent("tr/giris-sayfasi.md")
            try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        }
        let page = site.appendingPathComponent("tr/giris-sayfasi.html")

        let first = try #require(lines.line(1), "\(stderr())")
        #expect(first.hasPrefix("Built ") && first.contains(" pages into "))

        try edit { $0 + "\nBir paragraf daha: izleme denemesi.\n" }
        let rebuilt = try #require(lines.line(2), "\(stderr())")
        #expect(rebuilt.hasPrefix("Rebuilt ") && rebuilt.contains(": 1 rendered, ") && rebuilt.contains(" written, 0 deleted"), "\(rebuilt)")
        let edited = try String(contentsOf: page, encoding: .utf8)
        #expect(edited.contains("izleme denemesi"))

        // Broken: errors on standard error, no line on standard output, the site unchanged.
        try edit { $0.replacingOccurrences(of: "#adim-2-1", with: "#adim-2-99") }
        let deadline = Date().addingTimeInterval(120)
        while !stderr().contains("Build failed"), Date() < deadline { usleep(100_000) }
        #expect(stderr().contains("giris-sayfasi.md:") && stderr().contains("missing anchor #adim-2-99"))
        #expect(try String(contentsOf: page, encoding: .utf8) == edited)

        try edit { $0.replacingOccurrences(of: "#adim-2-99", with: "#adim-2-1") }
        let fixed = try #require(lines.line(3), "\(stderr())")
        #expect(fixed.hasPrefix("Rebuilt "), "\(fixed)")
        #expect(lines.all.count == 3)

        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(stderr())")
        #expect(stderr().contains("Stopped."))
    }
}
