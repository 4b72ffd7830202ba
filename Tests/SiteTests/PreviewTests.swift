import Foundation
import Testing
@testable import Guide
@testable import Site

/// `eizin serve`'s pieces without a socket: request paths, the reload tag, the answers of
/// `PreviewSite` for a good and a failed build. Over 127.0.0.1: CommandLineTests/ServeTests.
@Suite struct PreviewTests {
    @Test func pathsResolveInsideTheSiteOnly() {
        let files: [(String, String)] = [
            ("/", "index.html"), ("/tr/", "tr/index.html"), ("/tr/basvuru-adimlari.html?today=2025-01-01#adim-10-2", "tr/basvuru-adimlari.html"),
            ("/tr/giri%C5%9F.html", "tr/giriş.html"), ("//tr//x.html", "tr/x.html"), ("/a+b.html", "a+b.html"),
            ("/assets/site.js", "assets/site.js"),
        ]
        for (target, path) in files { #expect(PreviewPath.resolve(target) == .file(path), "\(target)") }
        #expect(PreviewPath.resolve("/__eizin/version.js") == .server("version.js"))
        for target in ["/..", "/../x", "/tr/../../x", "/%2e%2e/x", "/%2E%2e/x", "/.%2e/x", "/..%2fx", "/tr/..%2F..%2Fx",
                       "/.eizin-site", "/./x", "/..\\x", "/a%5C..%5Cx", "/%00", "/x%2fy"] {
            guard case .refused(let status, _) = PreviewPath.resolve(target) else {
                Issue.record("\(target) was not refused")
                continue
            }
            #expect(status == 403, "\(target)")
        }
        for target in ["x.html", "http://example.org/x", "/%zz", "/%c3", "/%"] {
            guard case .refused(400, _) = PreviewPath.resolve(target) else {
                Issue.record("\(target) is not a 400")
                continue
            }
        }
    }

    @Test func contentTypes() {
        #expect(PreviewPath.contentType(of: "tr/index.html") == "text/html; charset=utf-8")
        #expect(PreviewPath.contentType(of: "assets/site.JS") == "text/javascript; charset=utf-8")
        #expect(PreviewPath.contentType(of: "forms/academic-application.json") == "application/json")
        #expect(PreviewPath.contentType(of: "assets/favicon.svg") == "image/svg+xml")
        #expect(PreviewPath.contentType(of: "LICENSE") == "application/octet-stream")
    }

    @Test func reloadTagGoesBeforeTheLastBodyEnd() {
        #expect(PreviewSite.inject("<body><p>x</p></body>\n</html>", version: 3)
            == "<body><p>x</p><script src=\"/__eizin/reload.js?v=3\"></script>\n</body>\n</html>")
        #expect(PreviewSite.inject("<p>x", version: 1).hasSuffix("<p>x<script src=\"/__eizin/reload.js?v=1\"></script>\n"))
    }

    @Test func answersForAGoodAndAFailedBuild() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let site = scratch.path("site")
        try FileManager.default.createDirectory(atPath: site + "/en", withIntermediateDirectories: true)
        try "<html><body>home</body></html>".write(toFile: site + "/index.html", atomically: true, encoding: .utf8)
        try "<html lang=\"en\"><body>missing</body></html>".write(toFile: site + "/en/404.html", atomically: true, encoding: .utf8)
        try "body{}".write(toFile: site + "/site.css", atomically: true, encoding: .utf8)
        let preview = PreviewSite(outputDirectory: site)
        preview.buildFinished(errors: nil)

        let home = preview.respond(HTTPRequest(method: "GET", target: "/"))
        #expect(home.status == 200 && String(decoding: home.body, as: UTF8.self).contains("reload.js?v=1"))
        #expect(preview.respond(HTTPRequest(method: "GET", target: "/en/x.html")).status == 404)
        #expect(String(decoding: preview.respond(HTTPRequest(method: "GET", target: "/en/x.html")).body, as: UTF8.self).contains("missing"))
        #expect(preview.respond(HTTPRequest(method: "GET", target: "/en")).status == 301)
        #expect(preview.respond(HTTPRequest(method: "DELETE", target: "/")).status == 405)

        preview.buildFinished(errors: [Diagnostic(SourceLocation(file: "content/tr/x.md", line: 3, column: 7), "link to missing page '<y>.md'")])
        let failed = preview.respond(HTTPRequest(method: "GET", target: "/"))
        let text = String(decoding: failed.body, as: UTF8.self)
        #expect(failed.status == 500)
        #expect(text.contains("<li><code>content/tr/x.md:3:7</code>: link to missing page &#39;&lt;y&gt;.md&#39;</li>"), "\(text)")
        #expect(text.contains("reload.js?v=2"))
        #expect(preview.respond(HTTPRequest(method: "GET", target: "/site.css")).status == 200, "styles still load")
        #expect(String(decoding: preview.respond(HTTPRequest(method: "GET", target: "/__eizin/version.js")).body, as: UTF8.self)
            == "self.__eizinReload&&self.__eizinReload(2);\n")
    }
}
