/// RFC 5893 "Bidi rule" for internationalised host names, with bidirectional classes
/// approximated from Unicode blocks and general categories (Swift's standard library does
/// not expose the Bidi_Class property).
enum Bidi {
    enum Class { case l, r, an, en, es, cs, et, on, bn, nsm }

    static func bidiClass(_ c: Unicode.Scalar) -> Class {
        let v = c.value
        switch c.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return .nsm
        default: break
        }
        switch v {
        case 0x30...0x39, 0xB2, 0xB3, 0xB9, 0x06F0...0x06F9: return .en
        case 0x0660...0x0669, 0x066B, 0x066C, 0x06DD: return .an
        case 0x2B, 0x2D: return .es
        case 0x2C, 0x2E, 0x2F, 0x3A, 0xA0: return .cs
        case 0x23...0x25, 0xA2...0xA5: return .et
        case 0x200B...0x200D, 0xAD: return .bn
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return .r
        default: break
        }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .spacingMark: return .l
        default: return c.isASCII && c.properties.isAlphabetic ? .l : .on
        }
    }

    /// True unless the name is a "Bidi domain name" (some label holds right-to-left text)
    /// with a label breaking one of the six conditions.
    static func satisfiesRule(_ labels: [[Unicode.Scalar]]) -> Bool {
        let classes = labels.map { $0.map(bidiClass) }
        guard classes.contains(where: { $0.contains(.r) || $0.contains(.an) }) else { return true }
        for label in classes where !label.isEmpty {
            let trimmed = label.reversed().drop(while: { $0 == .nsm })
            guard let last = trimmed.first else { return false }
            switch label[0] {
            case .r:
                let allowed: Set<Class> = [.r, .an, .en, .es, .cs, .et, .on, .bn, .nsm]
                guard label.allSatisfy(allowed.contains), [.r, .en, .an].contains(last),
                      !(label.contains(.en) && label.contains(.an)) else { return false }
            case .l:
                let allowed: Set<Class> = [.l, .en, .es, .cs, .et, .on, .bn, .nsm]
                guard label.allSatisfy(allowed.contains), last == .l || last == .en else { return false }
            default:
                return false
            }
        }
        return true
    }
}
