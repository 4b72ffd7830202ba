import Foundation

/// A relative URL inside the site, resolved against the page that contains it. Used by
/// the Markdown renderer for links between guide pages and by the site build's link
/// check for everything else, so both read a URL the same way, as browsers do.
public struct SiteURL: Sendable, Hashable {
    /// Site-root-relative path of the target file ("tr/x.html"); the page itself for "#frag".
    public var path: String
    /// Percent-decoded fragment, nil when the URL has none.
    public var fragment: String?

    public enum Problem: Error, Sendable, Hashable {
        /// Has a scheme (`https:`) or starts with `//`: another host, or a mail address.
        case external
        /// `..` leaves the site's root folder.
        case outsideSite
        /// Ends with `/`: a folder, which does not open from `file://`.
        case folder
        /// Ends with `#`.
        case emptyFragment
        /// One of `forbiddenSchemes`, lower-cased.
        case forbiddenScheme(String)
    }

    /// Schemes no page may link or load: they run code or embed content in the page.
    public static let forbiddenSchemes: Set<String> = ["javascript", "vbscript", "data"]

    /// The scheme of `url`, lower-cased, or nil for a relative URL. Browsers ignore control
    /// characters and spaces inside a scheme ("java\tscript:"), so this does too. A scheme is
    /// a letter, then letters, digits, "+", "-" or "." (as browsers parse it); anything else
    /// before a colon ("java%0Ascript:x", "a b:c") makes a relative path.
    public static func scheme(of url: String) -> String? {
        // Most URLs in a site are relative paths without a colon: no scheme, nothing to squeeze.
        guard url.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let squeezed = String(url.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        guard let colon = squeezed.firstIndex(of: ":"), isScheme(squeezed[..<colon]) else { return nil }
        return String(squeezed[..<colon])
    }

    /// Resolves `href` as written in page `base` ("tr/x.html").
    public static func resolve(_ href: String, from base: String) throws(Problem) -> SiteURL {
        if let scheme = scheme(of: href) {
            if forbiddenSchemes.contains(scheme) { throw .forbiddenScheme(scheme) }
            throw .external
        }
        if href.hasPrefix("//") { throw .external }
        var rest = Substring(href)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            let raw = String(rest[rest.index(after: hash)...])
            fragment = percentDecoded(raw)
            rest = rest[..<hash]
            if fragment?.isEmpty == true { throw .emptyFragment }
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        let rawPath = String(rest)
        if rawPath.isEmpty { return SiteURL(path: base, fragment: fragment) }
        if rawPath.hasSuffix("/") { throw .folder }
        // Most links are plain relative paths ("x.html", "../assets/site.css" aside): the
        // page's folder and the path, with nothing to decode or to walk.
        if isPlainRelative(rawPath) {
            let folder = base.utf8.lastIndex(of: UInt8(ascii: "/")).map { base[...$0] } ?? ""
            return SiteURL(path: folder + rawPath, fragment: fragment)
        }
        let decoded = percentDecoded(rawPath)
        var parts: [Substring] = rawPath.hasPrefix("/") ? [] : base.split(separator: "/").dropLast()
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty { throw .outsideSite }
                parts.removeLast()
            default: parts.append(component)
            }
        }
        return SiteURL(path: parts.joined(separator: "/"), fragment: fragment)
    }

    /// No leading "/", no "%", and no segment that is empty, "." or "..".
    private static func isPlainRelative(_ path: String) -> Bool {
        var segmentLength = 0, dotsOnly = true
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"): return false
            case UInt8(ascii: "/"):
                if segmentLength == 0 || (dotsOnly && segmentLength <= 2) { return false }
                segmentLength = 0
                dotsOnly = true
            default:
                segmentLength += 1
                if byte != UInt8(ascii: ".") { dotsOnly = false }
            }
        }
        return segmentLength > 0 && !(dotsOnly && segmentLength <= 2)
    }

    /// `text` with its percent-escapes decoded, as browsers compare URLs; unchanged when it
    /// has none or they are not UTF-8. Most links have none: they skip Foundation's decoder.
    public static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }

    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
    }
}
