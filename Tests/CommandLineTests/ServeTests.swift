import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `eizin serve` as an author uses it, over 127.0.0.1: a page is served with the reload
/// script (which never reaches the output folder), an edit is served after the rebuild, a
/// broken link shows the error page and the fixed file brings the page back, paths outside
/// the site are refused, HEAD and 404 behave, and Ctrl-C stops it with status 0.
@Suite(.serialized) struct ServeTests {
    /// A running `eizin serve --port 0` on a copy of the real content.
    final class Server {
        let folder: URL
        let content: URL
        let output: URL
        let process = Process()
        let errors: URL
        var port = 0

        init() throws {
            folder = try EizinBinary.temporaryFolder()
            content = folder.appendingPathComponent("content")
            output = folder.appendingPathComponent("site")
            errors = folder.appendingPathComponent("stderr.txt")
            try FileManager.default.copyItem(at: EizinBinary.packageRoot.appendingPathComponent("content"), to: content)
            FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.executableURL = EizinBinary.executable
            process.arguments = ["serve", "--port", "0", "--content", content.path, "--output", output.path]
            process.currentDirectoryURL = folder
            let out = Pipe()
            process.standardOutput = out
            process.standardError = try FileHandle(forWritingTo: errors)
            process.standardInput = FileHandle.nullDevice
            try process.run()
            // The first line names the port, after the first build.
            var text = ""
            let deadline = Date().addingTimeInterval(120)
            while !text.contains("\n"), Date() < deadline {
                let data = out.fileHandleForReading.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            guard let match = text.firstMatch(of: /http:\/\/127\.0\.0\.1:([0-9]+)\//), let number = Int(match.1) else {
                stop()
                throw Failure(message: "no address printed: \(text) \(stderr)")
            }
            port = number
        }

        var stderr: String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

        func stop() {
            if process.isRunning { process.interrupt() }
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }

        func edit(_ relative: String, _ change: (String) -> String) throws {
            let url = content.appendingPathComponent(relative)
            try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// One raw HTTP/1.1 request over a socket: the path is sent exactly as written (a
    /// URL library would resolve `..` itself).
    static func request(_ port: Int, _ path: String, method: String = "GET") throws -> Reply {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(message: "socket") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(message: "connect: \(String(cString: strerror(errno)))") }
        let request = Array("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure(message: "no response: \(text)") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            if let colon = line.firstIndex(of: ":") {
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return Reply(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// Asks again every 200 ms until `condition` holds (the build runs in between).
    static func eventually(_ port: Int, _ path: String, within seconds: Double = 90, _ condition: (Reply) -> Bool) throws -> Reply {
        let deadline = Date().addingTimeInterval(seconds)
        var last = try request(port, path)
        while !condition(last) && Date() < deadline {
            usleep(200_000)
            last = try request(port, path)
        }
        return last
    }

    @Test func servesRebuildsShowsErrorsAndStops() throws {
        let server = try Server()
        defer { server.stop() }
        let page = "/tr/giris-sayfasi.html"

        let first = try Self.request(server.port, page)
        #expect(first.status == 200)
        #expect(first.headers["content-type"] == "text/html; charset=utf-8")
        #expect(first.body.contains("<script src=\"/__eizin/reload.js?v=1\"></script>\n</body>"))
        let onDisk = try String(contentsOf: server.output.appendingPathComponent("tr/giris-sayfasi.html"), encoding: .utf8)
        #expect(!onDisk.contains("__eizin"), "the reload script is added to responses only")
        #expect(try Self.request(server.port, "/__eizin/reload.js").body.contains("/__eizin/version.js"))
        #expect(try Self.request(server.port, "/__eizin/version.js").body.contains("__eizinReload(1)"))

        // An edit is served after the rebuild.
        try server.edit("tr/giris-sayfasi.md") { $0.replacingOccurrences(of: "title: Giriş Sayfası (e-Devlet)", with: "title: Giriş Sayfası Deneme") }
        let edited = try Self.eventually(server.port, page) { $0.body.contains("Giriş Sayfası Deneme") }
        #expect(edited.status == 200 && edited.body.contains("Giriş Sayfası Deneme"), "\(server.stderr)")
        #expect(try Self.request(server.port, "/__eizin/version.js").body.contains("__eizinReload(2)"))

        // A broken link: every page shows the build's errors, with file:line:column.
        try server.edit("tr/giris-sayfasi.md") { $0.replacingOccurrences(of: "(anasayfa.md#adim-2-1)", with: "(anasayfa.md#adim-2-99)") }
        let broken = try Self.eventually(server.port, page) { $0.status == 500 }
        #expect(broken.status == 500, "\(server.stderr)")
        #expect(broken.body.contains("Build failed: 1 error"))
        #expect(broken.body.contains("giris-sayfasi.md:36:"), "\(broken.body)")
        #expect(broken.body.contains("#adim-2-99"))
        #expect(broken.body.contains("/__eizin/reload.js"), "the error page reloads by itself too")
        #expect(try Self.request(server.port, "/en/index.html").status == 500, "no stale page while the build is broken")
        #expect(try Self.request(server.port, "/assets/site.css").status == 200)

        // Fixed: the site comes back.
        try server.edit("tr/giris-sayfasi.md") { $0.replacingOccurrences(of: "#adim-2-99", with: "#adim-2-1") }
        let fixed = try Self.eventually(server.port, page) { $0.status == 200 }
        #expect(fixed.status == 200 && fixed.body.contains("Giriş Sayfası Deneme"), "\(server.stderr)")

        // Ctrl-C stops it cleanly.
        server.process.interrupt()
        server.process.waitUntilExit()
        #expect(server.process.terminationReason == .exit && server.process.terminationStatus == 0, "\(server.stderr)")
        #expect(server.stderr.contains("Stopped."))
    }

    @Test func refusesPathsOutsideTheSiteAndAnswersHeadAnd404() throws {
        let server = try Server()
        defer { server.stop() }
        // A file beside the site folder that no request may reach.
        try Data("secret".utf8).write(to: server.folder.appendingPathComponent("secret.txt"))
        for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/tr/../../secret.txt",
                     "/tr/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/tr/..%2F..%2Fsecret.txt", "/.%2e/secret.txt",
                     "/..\\secret.txt", "/%00", "/.eizin-site", "/%zz", "secret.txt", "/../../../../etc/passwd"] {
            let reply = try Self.request(server.port, path)
            #expect([400, 403].contains(reply.status), "\(path): \(reply.status)")
            #expect(!reply.body.contains("secret") || reply.status != 200)
            #expect(!reply.body.contains("root:"), "\(path)")
        }
        // Percent-encoded names are decoded; the query string is ignored.
        #expect(try Self.request(server.port, "/tr/giri%73-sayfasi.html?today=2025-01-01").status == 200)
        #expect(try Self.request(server.port, "/").body.contains("<html"))
        #expect(try Self.request(server.port, "/tr/").body.contains("lang=\"tr\""))
        let folder = try Self.request(server.port, "/en")
        #expect(folder.status == 301 && folder.headers["location"] == "/en/")

        let types = ["/assets/site.css": "text/css; charset=utf-8", "/assets/site.js": "text/javascript; charset=utf-8",
                     "/assets/favicon.svg": "image/svg+xml", "/sitemap.xml": "application/xml"]
        for (path, type) in types {
            let reply = try Self.request(server.port, path)
            #expect(reply.status == 200 && reply.headers["content-type"] == type, "\(path)")
        }

        let get = try Self.request(server.port, "/assets/site.css")
        let head = try Self.request(server.port, "/assets/site.css", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == get.headers["content-length"] && Int(get.headers["content-length"] ?? "") == get.body.utf8.count)
        #expect(try Self.request(server.port, "/", method: "POST").status == 405)

        let missing = try Self.request(server.port, "/en/no-such-page.html")
        #expect(missing.status == 404)
        #expect(missing.body.contains("<html lang=\"en\"") && missing.body.contains("../assets/site.css"), "en/404.html, in English")
        #expect(try Self.request(server.port, "/nowhere.html").status == 404)

        // Listening on loopback only: the kernel's table lists 127.0.0.1 (0100007F) for the port.
        if let table = try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8) {
            let hex = String(format: ":%04X", server.port)
            let listening = table.split(separator: "\n").filter { $0.split(separator: " ").dropFirst().first?.hasSuffix(hex) == true && $0.split(separator: " ")[3] == "0A" }
            #expect(!listening.isEmpty && listening.allSatisfy { $0.split(separator: " ")[1].hasPrefix("0100007F:") }, "\(listening)")
        }
    }
}

extension ServeTests {
    /// A port another program holds: exit 1 at once, before building anything.
    @Test func portInUseFailsAtOnce() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        #expect(listen(descriptor, 1) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try EizinBinary.run(["serve", "--port", "\(port)", "--output", folder.appendingPathComponent("site").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot listen on 127.0.0.1:\(port): Address already in use"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path), "nothing built")
    }
}

/// `eizin translations` and the build's translation warnings, through the executable.
@Suite struct TranslationsCommandTests {
    @Test func realGuideIsCurrentAndAChangedSourceIsReported() throws {
        let current = try EizinBinary.run(["translations", "--check"])
        #expect(current.status == 0, "\(current.stdout)\(current.stderr)")
        #expect(current.stdout.contains("content/en/basvuru-adimlari.md: current (source: "))
        #expect(current.stdout.hasSuffix(" current, 0 outdated, 0 without source:.\n"))

        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: EizinBinary.packageRoot.appendingPathComponent("content"), to: content)
        let turkish = content.appendingPathComponent("tr/yardim.md")
        try (try String(contentsOf: turkish, encoding: .utf8) + "\nYeni bir paragraf.\n").write(to: turkish, atomically: true, encoding: .utf8)

        let status = try EizinBinary.run(["translations", "--check", "--content", content.path])
        #expect(status.status == 1)
        #expect(status.stdout.contains("en/yardim.md:") && status.stdout.contains("warning: \(content.path)/tr/yardim.md changed after this translation was aligned"))
        #expect(status.stdout.contains(", 1 outdated, 0 without source:."))
        #expect(try EizinBinary.run(["translations", "--content", content.path]).status == 0, "without --check it only reports")

        let build = try EizinBinary.run(["build", "--content", content.path, "--output", folder.appendingPathComponent("site").path])
        #expect(build.status == 0, "a warning, not a failure: \(build.stderr)")
        #expect(build.stderr.contains("en/yardim.md:") && build.stderr.contains(": warning: "))
        let page = try String(contentsOf: folder.appendingPathComponent("site/en/yardim.html"), encoding: .utf8)
        #expect(page.contains("translation-note"))
    }
}
