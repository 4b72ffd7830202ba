import Foundation

/// Host names (RFC 1123, IDNA 2008 for "xn--" and Unicode labels), IP addresses, e-mail.
enum NetworkFormats {
    static func isIPv4(_ s: String) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for p in parts {
            guard !p.isEmpty, p.count <= 3, p.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  !(p.count > 1 && p.first == "0"), let v = Int(p), v <= 255 else { return false }
        }
        return true
    }

    static func isIPv6(_ s: String) -> Bool {
        guard !s.isEmpty, s.utf8.allSatisfy({ $0 < 128 }) else { return false }
        var text = Substring(s)
        var groupsAvailable = 8
        // A trailing dotted IPv4 takes the place of two groups.
        if let lastColon = text.lastIndex(of: ":"), text[text.index(after: lastColon)...].contains(".") {
            guard isIPv4(String(text[text.index(after: lastColon)...])) else { return false }
            text = text[...lastColon]
            if !text.hasSuffix("::") { text = text.dropLast() }
            groupsAvailable = 6
        }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        func groups(_ part: String) -> [Substring]? {
            if part.isEmpty { return [] }
            let g = part.split(separator: ":", omittingEmptySubsequences: false)
            guard g.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.utf8.allSatisfy { hexValue($0) != nil } }) else { return nil }
            return g
        }
        guard let head = groups(halves[0]) else { return false }
        if halves.count == 1 { return head.count == groupsAvailable }
        guard let tail = groups(halves[1]) else { return false }
        return head.count + tail.count < groupsAvailable
    }

    /// RFC 1123 host name in ASCII; "xn--" labels must be valid IDNA A-labels.
    static func isHostname(_ s: String) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 253, s.utf8.allSatisfy({ $0 < 128 }) else { return false }
        var labels: [[Unicode.Scalar]] = []
        for label in s.split(separator: ".", omittingEmptySubsequences: false) {
            guard isLDHLabel(label) else { return false }
            if label.lowercased().hasPrefix("xn--") {
                let encoded = String(label.dropFirst(4))
                // The A-label must be the canonical encoding of its U-label.
                guard let unicode = Punycode.decode(encoded), !unicode.isEmpty, isValidULabel(unicode),
                      Punycode.encode(unicode) == encoded.lowercased() else { return false }
                labels.append(unicode)
            } else {
                labels.append(Array(label.unicodeScalars))
            }
        }
        return Bidi.satisfiesRule(labels)
    }

    private static func isLDHLabel(_ label: Substring) -> Bool {
        guard !label.isEmpty, label.utf8.count <= 63, label.first != "-", label.last != "-",
              label.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) || $0 == 45 }) else { return false }
        // "--" in positions 3-4 is reserved for encodings ("xn--").
        let u = Array(label.utf8)
        if u.count >= 4, u[2] == 45, u[3] == 45, !label.lowercased().hasPrefix("xn--") { return false }
        return true
    }

    /// Internationalised host name: labels separated by any IDNA dot, each either an ASCII
    /// label or a Unicode label checked against IDNA 2008 (RFC 5891/5892) as far as the
    /// general categories and the contextual rules allow without the full tables.
    static func isIDNHostname(_ s: String) -> Bool {
        guard !s.isEmpty else { return false }
        var asciiLength = 0
        var labels: [[Unicode.Scalar]] = []
        for label in s.split(omittingEmptySubsequences: false, whereSeparator: { "\u{2E}\u{3002}\u{FF0E}\u{FF61}".contains($0) }) {
            if label.utf8.allSatisfy({ $0 < 128 }) {
                guard isHostname(String(label)) else { return false }
                asciiLength += label.utf8.count + 1
                labels.append(Array(label.unicodeScalars))
            } else {
                let scalars = Array(label.unicodeScalars)
                guard isValidULabel(scalars), let encoded = Punycode.encode(scalars), encoded.utf8.count + 4 <= 63 else { return false }
                asciiLength += encoded.utf8.count + 5
                labels.append(scalars)
            }
        }
        return asciiLength - 1 <= 253 && Bidi.satisfiesRule(labels)
    }

    /// IDNA 2008 checks on the code points of one label.
    static func isValidULabel(_ label: [Unicode.Scalar]) -> Bool {
        guard let first = label.first else { return false }
        if label.count >= 4, label[2] == "-", label[3] == "-" { return false }
        if label.first == "-" || label.last == "-" { return false }
        // A label must not begin with a combining mark.
        switch first.properties.generalCategory {
        case .spacingMark, .nonspacingMark, .enclosingMark: return false
        default: break
        }
        let disallowed: Set<UInt32> = [0x0640, 0x07FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B]
        let exceptionsValid: Set<UInt32> = [0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007]
        var hasArabicIndic = false, hasExtendedArabicIndic = false
        for (i, c) in label.enumerated() {
            let v = c.value
            if disallowed.contains(v) { return false }
            if exceptionsValid.contains(v) { continue }
            if (0x0660...0x0669).contains(v) { hasArabicIndic = true }
            if (0x06F0...0x06F9).contains(v) { hasExtendedArabicIndic = true }
            let before: Unicode.Scalar? = i > 0 ? label[i - 1] : nil
            let after: Unicode.Scalar? = i + 1 < label.count ? label[i + 1] : nil
            switch v {
            case 0x00B7:  // MIDDLE DOT: between two 'l'
                guard before == "l", after == "l" else { return false }
                continue
            case 0x0375:  // GREEK KERAIA: followed by Greek
                guard let after, after.isGreek else { return false }
                continue
            case 0x05F3, 0x05F4:  // HEBREW GERESH / GERSHAYIM: preceded by Hebrew
                guard let before, before.isHebrew else { return false }
                continue
            case 0x30FB:  // KATAKANA MIDDLE DOT: some Hiragana, Katakana or Han in the label
                guard label.contains(where: { $0.value != 0x30FB && ($0.isHiragana || $0.isKatakana || $0.isHan) }) else { return false }
                continue
            case 0x200D:  // ZERO WIDTH JOINER: after a virama
                guard let before, before.properties.canonicalCombiningClass.rawValue == 9 else { return false }
                continue
            case 0x200C:  // ZERO WIDTH NON-JOINER: after a virama, or between joining letters
                if let before, before.properties.canonicalCombiningClass.rawValue == 9 { continue }
                guard let before, let after, before.isArabicJoining, after.isArabicJoining else { return false }
                continue
            default: break
            }
            if c.isASCII {
                guard (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c == "-" else { return false }
                continue
            }
            switch c.properties.generalCategory {
            case .lowercaseLetter, .otherLetter, .modifierLetter, .nonspacingMark, .spacingMark, .decimalNumber: break
            default: return false
            }
        }
        return !(hasArabicIndic && hasExtendedArabicIndic)
    }

    /// RFC 5321 mailbox: dot-atom or quoted local part; host name or address literal.
    static func isEmail(_ s: String, international: Bool) -> Bool {
        guard let at = s.lastIndex(of: "@") else { return false }
        let local = s[..<at]
        let domain = String(s[s.index(after: at)...])
        guard !local.isEmpty, !domain.isEmpty else { return false }
        if local.hasPrefix("\"") {
            guard local.count >= 2, local.hasSuffix("\"") else { return false }
            var escaped = false
            for c in local.dropFirst().dropLast().unicodeScalars {
                if escaped { escaped = false; continue }
                if c == "\\" { escaped = true; continue }
                if c == "\"" || (c.value < 32) { return false }
            }
            if escaped { return false }
        } else {
            let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~".unicodeScalars)
            for atom in local.split(separator: ".", omittingEmptySubsequences: false) {
                guard !atom.isEmpty, atom.unicodeScalars.allSatisfy({ atext.contains($0) || (international && $0.value >= 0x80) }) else { return false }
            }
        }
        if domain.hasPrefix("[") {
            guard domain.hasSuffix("]") else { return false }
            let literal = String(domain.dropFirst().dropLast())
            if literal.hasPrefix("IPv6:") { return isIPv6(String(literal.dropFirst(5))) }
            return isIPv4(literal)
        }
        return international ? isIDNHostname(domain) : isHostname(domain)
    }
}

extension Unicode.Scalar {
    // Block-based approximations of Unicode scripts (the standard library has no script
    // property); enough for IDNA's contextual rules.
    var isGreek: Bool { (0x0370...0x03FF).contains(value) || (0x1F00...0x1FFF).contains(value) }
    var isHebrew: Bool { (0x0590...0x05FF).contains(value) }
    var isHiragana: Bool { (0x3040...0x309F).contains(value) }
    var isKatakana: Bool { (0x30A0...0x30FF).contains(value) || (0x31F0...0x31FF).contains(value) }
    var isHan: Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x20000...0x2FFFF).contains(value)
            || (0x3005...0x3007).contains(value)
    }
}

extension Unicode.Scalar {
    /// Dual- or right-joining letters (Arabic block), for the ZWNJ rule.
    var isArabicJoining: Bool { (0x0620...0x064A).contains(value) || (0x066E...0x06D3).contains(value) }
}
