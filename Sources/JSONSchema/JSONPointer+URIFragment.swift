extension JSONPointer {
    /// The pointer as a URI fragment with its "#": "#/$defs/a%25b" for the tokens
    /// ["$defs", "a%b"]. Characters a fragment may not hold (RFC 3986 §3.5), "%" and all
    /// non-ASCII characters are percent-encoded as UTF-8 with upper-case hex digits.
    public var uriFragment: String {
        var bytes: [UInt8] = [UInt8(ascii: "#")]
        for byte in description.utf8 {
            if Self.isAllowedInFragment(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0xF)]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses a URI fragment holding a pointer, with or without its leading "#":
    /// "#/$defs/a%25b" → ["$defs", "a%b"]. Throws on a bad percent escape, on escapes that
    /// do not decode to UTF-8, and on text that is not a pointer once decoded.
    public init(uriFragment fragment: String) throws(JSONPointerError) {
        var utf8 = Substring(fragment).utf8
        if utf8.first == UInt8(ascii: "#") { utf8 = utf8.dropFirst() }
        let decoded = try Self.percentDecode(utf8, fragment: fragment)
        try self.init(parsing: decoded)
    }

    /// Decodes "%XX" escapes; the bytes must form UTF-8.
    static func percentDecode(_ utf8: Substring.UTF8View, fragment: String) throws(JSONPointerError) -> String {
        guard utf8.contains(UInt8(ascii: "%")) else { return String(Substring(utf8)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard index != utf8.endIndex, let high = hexValue(utf8[index]),
                  utf8.index(after: index) != utf8.endIndex,
                  let low = hexValue(utf8[utf8.index(after: index)]) else {
                throw JSONPointerError(message: "URI fragment \"\(fragment)\" has '%' not followed by two hex digits")
            }
            bytes.append(high << 4 | low)
            index = utf8.index(index, offsetBy: 2)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw JSONPointerError(message: "URI fragment \"\(fragment)\" percent-encodes bytes that are not UTF-8")
        }
        return text
    }

    /// pchar / "/" / "?" minus "%": unreserved, sub-delims, ":", "@".
    private static func isAllowedInFragment(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=:@/?".utf8.contains(byte)
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
