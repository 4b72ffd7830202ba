/// A URI reference split into its RFC 3986 components, with reference resolution (§5.2)
/// and dot-segment removal (§5.2.4). Small on purpose: JSON Schema only needs to resolve
/// `$id`, `$ref` and `$dynamicRef` against a base and to split off fragments.
struct URIReference: Hashable, Sendable, CustomStringConvertible {
    var scheme: String?
    var authority: String?
    var path: String
    var query: String?
    var fragment: String?

    init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// Splits with the regular expression of RFC 3986 appendix B (which accepts any string),
    /// scanning Unicode scalars: the delimiters are ASCII, and a URI's characters are code
    /// points, not Swift's grapheme clusters (which also cost more to walk).
    init(_ string: String) {
        let scalars = string.unicodeScalars
        func text(_ range: Range<String.Index>) -> String { String(Substring(scalars[range])) }
        var start = scalars.startIndex
        var end = scalars.endIndex
        if let hash = scalars.firstIndex(of: "#") {
            fragment = text(scalars.index(after: hash)..<end)
            end = hash
        }
        if let q = scalars[start..<end].firstIndex(of: "?") {
            query = text(scalars.index(after: q)..<end)
            end = q
        }
        let rest = scalars[start..<end]
        if let colon = rest.firstIndex(where: { $0 == ":" || $0 == "/" }), scalars[colon] == ":",
           let first = rest.first, first.isASCII, Self.isLetter(first),
           rest[..<colon].allSatisfy({ $0.isASCII && (Self.isLetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) })
        {
            scheme = text(start..<colon)
            start = scalars.index(after: colon)
        }
        let slashes = scalars[start..<end]
        if slashes.starts(with: "//".unicodeScalars) {
            let authorityStart = scalars.index(start, offsetBy: 2)
            let authorityEnd = scalars[authorityStart..<end].firstIndex(of: "/") ?? end
            authority = text(authorityStart..<authorityEnd)
            start = authorityEnd
        }
        path = text(start..<end)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    var description: String {
        var s = ""
        if let scheme { s += scheme + ":" }
        if let authority { s += "//" + authority }
        s += path
        if let query { s += "?" + query }
        if let fragment { s += "#" + fragment }
        return s
    }

    var isAbsolute: Bool { scheme != nil }

    /// The reference without its fragment.
    var withoutFragment: URIReference {
        var copy = self
        copy.fragment = nil
        return copy
    }

    /// RFC 3986 §5.2.2: resolves `reference` against `self` (the base).
    func resolving(_ reference: URIReference) -> URIReference {
        var target = URIReference(scheme: nil, authority: nil, path: "", query: nil, fragment: reference.fragment)
        if let s = reference.scheme {
            target.scheme = s
            target.authority = reference.authority
            target.path = Self.removeDotSegments(reference.path)
            target.query = reference.query
        } else {
            if reference.authority != nil {
                target.authority = reference.authority
                target.path = Self.removeDotSegments(reference.path)
                target.query = reference.query
            } else {
                if reference.path.isEmpty {
                    target.path = path
                    target.query = reference.query ?? query
                } else {
                    if reference.path.hasPrefix("/") {
                        target.path = Self.removeDotSegments(reference.path)
                    } else {
                        target.path = Self.removeDotSegments(merge(reference.path))
                    }
                    target.query = reference.query
                }
                target.authority = authority
            }
            target.scheme = scheme
        }
        return target
    }

    func resolving(_ reference: String) -> URIReference { resolving(URIReference(reference)) }

    /// RFC 3986 §5.2.3.
    private func merge(_ referencePath: String) -> String {
        if authority != nil && path.isEmpty { return "/" + referencePath }
        guard let slash = path.lastIndex(of: "/") else { return referencePath }
        return String(path[...slash]) + referencePath
    }

    /// RFC 3986 §5.2.4.
    static func removeDotSegments(_ path: String) -> String {
        var input = Substring(path)
        var result = ""
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                Self.dropLastSegment(&result)
            } else if input == "/.." {
                input = "/"
                Self.dropLastSegment(&result)
            } else if input == "." || input == ".." {
                input = ""
            } else {
                var end = input.index(after: input.startIndex)
                if input.first != "/" { end = input.startIndex }
                let next = input[end...].firstIndex(of: "/") ?? input.endIndex
                result += input[..<next]
                input = input[next...]
            }
        }
        return result
    }

    private static func dropLastSegment(_ s: inout String) {
        if let slash = s.lastIndex(of: "/") {
            s = String(s[..<slash])
        } else {
            s = ""
        }
    }
}
