/// RFC 3986 URIs and references, RFC 3987 IRIs (the same grammar with non-ASCII allowed).
enum URIFormats {
    private static let unreserved = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~".unicodeScalars)
    private static let subDelims = Set("!$&'()*+,;=".unicodeScalars)

    static func isURI(_ s: String, reference: Bool, international: Bool) -> Bool {
        let ref = URIReference(s)
        if !reference && ref.scheme == nil { return false }
        if let scheme = ref.scheme {
            guard let first = scheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        } else if let colon = ref.path.firstIndex(of: ":"), !ref.path[..<colon].contains("/") {
            return false  // a relative path's first segment may not contain ':'
        }
        // What URIReference took for the scheme must be the scheme, not e.g. "bar,baz".
        if ref.scheme == nil, let colon = s.firstIndex(of: ":"), !s[..<colon].contains(where: { "/?#".contains($0) }) { return false }
        if let authority = ref.authority, !isAuthority(authority, international: international) { return false }
        let pathAllowed = unreserved.union(subDelims).union([":", "@", "/"])
        guard isEncoded(ref.path, allowed: pathAllowed, international: international) else { return false }
        if let q = ref.query, !isEncoded(q, allowed: pathAllowed.union(["?"]), international: international) { return false }
        if let f = ref.fragment, !isEncoded(f, allowed: pathAllowed.union(["?"]), international: international) { return false }
        return true
    }

    private static func isAuthority(_ authority: String, international: Bool) -> Bool {
        var host = Substring(authority)
        if let at = host.lastIndex(of: "@") {
            guard isEncoded(String(host[..<at]), allowed: unreserved.union(subDelims).union([":"]), international: international) else { return false }
            host = host[host.index(after: at)...]
        }
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            let literal = host[host.index(after: host.startIndex)..<close]
            guard NetworkFormats.isIPv6(String(literal)) || literal.hasPrefix("v") || literal.hasPrefix("V") else { return false }
            let rest = host[host.index(after: close)...]
            if rest.isEmpty { return true }
            guard rest.hasPrefix(":") else { return false }
            return rest.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
        }
        if let colon = host.lastIndex(of: ":") {
            guard host[host.index(after: colon)...].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            host = host[..<colon]
        }
        return isEncoded(String(host), allowed: unreserved.union(subDelims), international: international)
    }

    /// Every character allowed or a well-formed %XX; non-ASCII only for IRIs.
    private static func isEncoded(_ s: String, allowed: Set<Unicode.Scalar>, international: Bool) -> Bool {
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "%" {
                guard i + 2 < scalars.count, scalars[i + 1].isASCII, scalars[i + 2].isASCII,
                      hexValue(UInt8(scalars[i + 1].value)) != nil, hexValue(UInt8(scalars[i + 2].value)) != nil else { return false }
                i += 3
                continue
            }
            if !allowed.contains(c) {
                guard international, c.value >= 0xA0, c.properties.generalCategory != .control,
                      c.properties.generalCategory != .spaceSeparator else { return false }
            }
            i += 1
        }
        return true
    }
}
