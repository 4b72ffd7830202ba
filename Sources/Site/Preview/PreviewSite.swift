import Foundation
import Guide

/// What `eizin serve` answers: the built site's files, the site's 404 pages, and, while the
/// last build failed, an error page listing its `file:line:column` messages instead of the
/// stale pages. Every HTML response (and only a response: nothing is written into the site
/// folder) gets one extra tag before `</body>`:
///
///     <script src="/__eizin/reload.js?v=7"></script>
///
/// `reload.js` adds `<script src="/__eizin/version.js?t=…">` to the page every half second;
/// that script calls `__eizinReload(8)` once a build (good or failed) has run, and the page
/// reloads. Scripts rather than `fetch` or Server-Sent Events: the form pages' policy,
/// `script-src 'self'; connect-src 'none'`, allows a same-origin script and forbids every
/// connection, so the served pages keep exactly the policy they are published with.
public final class PreviewSite: @unchecked Sendable {
    public let outputDirectory: String
    private let lock = NSLock()
    private var version = 0
    private var failure: [Diagnostic]?

    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
    }

    /// After each build: nil for success, else its errors. Open pages reload.
    public func buildFinished(errors: [Diagnostic]?) {
        lock.lock()
        version += 1
        failure = errors
        lock.unlock()
    }

    private var state: (version: Int, failure: [Diagnostic]?) {
        lock.lock()
        defer { lock.unlock() }
        return (version, failure)
    }

    public func respond(_ request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            var response = HTTPResponse.text(405, "Only GET and HEAD")
            response.headers.append(("Allow", "GET, HEAD"))
            return response
        }
        let (version, failure) = state
        switch PreviewPath.resolve(request.target) {
        case .refused(let status, let reason):
            return .text(status, reason)
        case .server(let name):
            switch name {
            case "reload.js": return script(Self.reloadScript)
            case "version.js": return script("self.__eizinReload&&self.__eizinReload(\(version));\n")
            default: return .text(404, "no such server file")
            }
        case .file(let path):
            if let failure, path.hasSuffix(".html") || !exists(path) {
                return page(500, Self.errorPage(failure), version: version)
            }
            var isFolder: ObjCBool = false
            let full = outputDirectory + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), isFolder.boolValue {
                // "/tr" → "/tr/", so that the page's relative links resolve under it.
                let location = String(request.target.split(separator: "?", maxSplits: 1)[0]) + "/"
                return HTTPResponse(status: 301, headers: [("Location", location), ("Content-Type", "text/plain; charset=utf-8")],
                                    body: Array("Moved to \(location)\n".utf8))
            }
            if let bytes = read(path) { return file(path, bytes, status: 200, version: version) }
            return notFound(path, version: version)
        }
    }

    private func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: outputDirectory + "/" + path)
    }

    private func read(_ path: String) -> [UInt8]? {
        var isFolder: ObjCBool = false
        let full = outputDirectory + "/" + path
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
              let data = FileManager.default.contents(atPath: full) else { return nil }
        return Array(data)
    }

    /// The language's own 404 page under tr/ or en/, the root one elsewhere (docs/site.md).
    private func notFound(_ path: String, version: Int) -> HTTPResponse {
        let first = path.split(separator: "/").first.map(String.init) ?? ""
        for candidate in [path.contains("/") ? "\(first)/404.html" : nil, "404.html"].compactMap({ $0 }) {
            if let bytes = read(candidate) { return file(candidate, bytes, status: 404, version: version) }
        }
        return .text(404, "Not found")
    }

    private func file(_ path: String, _ bytes: [UInt8], status: Int, version: Int) -> HTTPResponse {
        if path.hasSuffix(".html") { return page(status, String(decoding: bytes, as: UTF8.self), version: version) }
        return HTTPResponse(status: status, headers: [("Content-Type", PreviewPath.contentType(of: path)), ("Cache-Control", "no-store")], body: bytes)
    }

    private func page(_ status: Int, _ html: String, version: Int) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                     body: Array(Self.inject(html, version: version).utf8))
    }

    private func script(_ text: String) -> HTTPResponse {
        HTTPResponse(status: 200, headers: [("Content-Type", "text/javascript; charset=utf-8"), ("Cache-Control", "no-store")], body: Array(text.utf8))
    }

    /// The page with the reload tag before its last `</body>` (or at its end).
    public static func inject(_ html: String, version: Int) -> String {
        let tag = "<script src=\"/__eizin/reload.js?v=\(version)\"></script>\n"
        guard let body = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else { return html + tag }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: tag)
    }

    static let reloadScript = """
        /* eizin serve: reloads the page when a new build (or a failed one) is ready. */
        (function () {
          "use strict";
          var seen = new URL(document.currentScript.src).searchParams.get("v");
          self.__eizinReload = function (now) { if (String(now) !== seen) location.reload(); };
          function poll() {
            var tag = document.createElement("script");
            tag.src = "/__eizin/version.js?t=" + Date.now();
            tag.onload = tag.onerror = function () { tag.remove(); setTimeout(poll, 500); };
            document.head.appendChild(tag);
          }
          setTimeout(poll, 500);
        })();

        """

    /// A plain page listing every error of the failed build, as `eizin build` prints them.
    static func errorPage(_ errors: [Diagnostic]) -> String {
        let count = errors.count
        let items = errors.map { error in
            "<li><code>\(escapeHTML(error.location.description))</code>: \(escapeHTML(error.message))</li>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed · eizin serve</title>
            <style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{font-weight:bold}li{margin:.5rem 0}</style>
            </head>
            <body>
            <main>
            <h1>Build failed: \(count) error\(count == 1 ? "" : "s")</h1>
            <p>The site is not shown until the content builds again. Fix the file and save it: this page reloads by itself.</p>
            <ol class="build-errors">
            \(items)
            </ol>
            </main>
            </body>
            </html>

            """
    }
}
