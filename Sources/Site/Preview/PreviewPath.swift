/// A request target (`/tr/basvuru-adimlari.html?today=…`) as a file of the built site, for
/// `eizin serve`. Nothing outside the site folder can be named: every segment is
/// percent-decoded first, and a decoded `..` or `.` segment, a `/` or `\` or NUL inside a
/// segment, or a name starting with `.` (`.eizin-site`, `.site.new-…`) is refused.
public enum PreviewPath: Equatable, Sendable {
    /// A path relative to the site folder, e.g. `tr/index.html`. A target ending in `/`
    /// names the folder's `index.html`.
    case file(String)
    /// `/__eizin/<name>`: the server's own files (reload script, version).
    case server(String)
    /// Not a usable path (no leading `/`, broken percent-encoding, `..`): 400 or 403.
    case refused(status: Int, reason: String)

    public static func resolve(_ target: String) -> PreviewPath {
        var path = Substring(target)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        guard path.hasPrefix("/") else { return .refused(status: 400, reason: "the path must start with /") }
        var segments: [String] = []
        let raw = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (position, encoded) in raw.enumerated() {
            guard let segment = percentDecoded(encoded) else {
                return .refused(status: 400, reason: "broken percent-encoding in the path")
            }
            let isLast = position == raw.count - 1
            if segment.isEmpty {
                if isLast { break }   // "/tr/" → tr/index.html
                continue              // "//" is one "/"
            }
            if segment == ".." || segment == "." || segment.hasPrefix(".") {
                return .refused(status: 403, reason: "the path leaves the site or names a hidden file")
            }
            if segment.contains("/") || segment.contains("\\") || segment.unicodeScalars.contains(where: { $0.value == 0 }) {
                return .refused(status: 403, reason: "a path segment holds /, \\ or NUL")
            }
            segments.append(segment)
        }
        if segments.first == "__eizin" {
            return segments.count == 2 ? .server(segments[1]) : .refused(status: 404, reason: "no such server file")
        }
        let trailingSlash = path.hasSuffix("/")
        if segments.isEmpty || trailingSlash { segments.append("index.html") }
        return .file(segments.joined(separator: "/"))
    }

    /// RFC 3986 percent-decoding of one segment as UTF-8; nil for a bad escape or bytes
    /// that are not UTF-8. `+` stays `+` (it means space only in query strings).
    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The Content-Type for a file name.
    public static func contentType(of path: String) -> String {
        let ext = path.split(separator: "/").last.flatMap { name in name.contains(".") ? name.split(separator: ".").last : nil }.map { $0.lowercased() } ?? ""
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "svg": return "image/svg+xml"
        case "xml": return "application/xml"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "ico": return "image/x-icon"
        case "webp": return "image/webp"
        case "woff2": return "font/woff2"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}
