import Foundation

/// A relative URL inside the site, resolved against the page that contains it.
struct SiteURL {
    /// Site-root-relative path of the target file ("tr/x.html"); the page itself for "#frag".
    var path: String
    /// Percent-decoded fragment, nil when the URL has none.
    var fragment: String?

    enum Problem: Error {
        case external
        case outsideSite
        case folder
        case emptyFragment
        case forbiddenScheme(String)
    }

    /// Resolves `href` as written in page `base` ("tr/x.html").
    static func resolve(_ href: String, from base: String) throws(Problem) -> SiteURL {
        let lowered = String(href.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        // A scheme is a letter, then letters, digits, "+", "-" or "." (as browsers parse it).
        // Anything else before a colon ("java%0Ascript:x", "a b:c") makes a relative path,
        // which must then exist like every other link.
        if let colon = lowered.firstIndex(of: ":"), isScheme(lowered[..<colon]) {
            let scheme = String(lowered[..<colon])
            if ["javascript", "vbscript", "data"].contains(scheme) { throw .forbiddenScheme(scheme) }
            throw .external
        }
        if href.hasPrefix("//") { throw .external }
        var rest = Substring(href)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            let raw = String(rest[rest.index(after: hash)...])
            fragment = raw.removingPercentEncoding ?? raw
            rest = rest[..<hash]
            if fragment?.isEmpty == true { throw .emptyFragment }
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        let rawPath = String(rest)
        if rawPath.isEmpty { return SiteURL(path: base, fragment: fragment) }
        if rawPath.hasSuffix("/") { throw .folder }
        let decoded = rawPath.removingPercentEncoding ?? rawPath
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

    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
    }
}
