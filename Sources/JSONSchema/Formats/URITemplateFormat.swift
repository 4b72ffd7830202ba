/// RFC 6570 URI Template syntax (level 4): literals and `{operator varspec,…}` expressions.
enum URITemplateFormat {
    static func isValid(_ s: String) -> Bool {
        let u = Array(s.unicodeScalars)
        var i = 0
        while i < u.count {
            let c = u[i]
            if c == "{" {
                guard let close = u[i...].firstIndex(of: "}"), isExpression(u[(i + 1)..<close]) else { return false }
                i = close + 1
            } else if c == "%" {
                guard isPercentTriplet(u, at: i) else { return false }
                i += 3
            } else {
                guard isLiteral(c) else { return false }
                i += 1
            }
        }
        return true
    }

    /// literals = %x21 / %x23-24 / %x26 / %x28-3B / %x3D / %x3F-5B / %x5D / %x5F / %x61-7A /
    /// %x7E / ucschar / iprivate (the apostrophe %x27 is allowed by the errata).
    private static func isLiteral(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x21, 0x23...0x24, 0x26...0x3B, 0x3D, 0x3F...0x5B, 0x5D, 0x5F, 0x61...0x7A, 0x7E: return true
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF, 0xE000...0xF8FF, 0x10000...0x10FFFD: return true
        default: return false
        }
    }

    private static func isPercentTriplet(_ u: [Unicode.Scalar], at i: Int) -> Bool {
        i + 2 < u.count && u[i + 1].isASCII && u[i + 2].isASCII
            && hexValue(UInt8(u[i + 1].value)) != nil && hexValue(UInt8(u[i + 2].value)) != nil
    }

    private static func isExpression(_ body: ArraySlice<Unicode.Scalar>) -> Bool {
        var body = body
        if let first = body.first, "+#./;?&=,!@|".unicodeScalars.contains(first) { body = body.dropFirst() }
        guard !body.isEmpty else { return false }
        let varspecs = body.split(separator: ",", omittingEmptySubsequences: false)
        return varspecs.allSatisfy(isVarspec)
    }

    /// varname [ ":" max-length | "*" ], varname = varchar *( ["."] varchar ).
    private static func isVarspec(_ spec: ArraySlice<Unicode.Scalar>) -> Bool {
        var name = Array(spec)
        if name.last == "*" {
            name.removeLast()
        } else if let colon = name.firstIndex(of: ":") {
            let digits = name[(colon + 1)...]
            guard (1...4).contains(digits.count), digits.first != "0",
                  digits.allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return false }
            name = Array(name[..<colon])
        }
        guard !name.isEmpty, name.first != ".", name.last != "." else { return false }
        var i = 0
        var previousDot = false
        while i < name.count {
            let c = name[i]
            if c == "%" {
                guard isPercentTriplet(name, at: i) else { return false }
                i += 3
                previousDot = false
                continue
            }
            if c == "." {
                if previousDot { return false }
                previousDot = true
            } else {
                guard c.isASCII, c.properties.isAlphabetic || (c >= "0" && c <= "9") || c == "_" else { return false }
                previousDot = false
            }
            i += 1
        }
        return true
    }
}
