/// The `format` checkers used when format assertion is on. Each is a pure function of the
/// string; formats not listed here are not asserted (the spec allows unknown formats).
enum Formats {
    typealias Checker = @Sendable (String) -> Bool

    static let checkers: [String: Checker] = [
        "date": DateTimeFormats.isDate,
        "time": DateTimeFormats.isTime,
        "date-time": DateTimeFormats.isDateTime,
        "duration": DateTimeFormats.isDuration,
        "email": { NetworkFormats.isEmail($0, international: false) },
        "idn-email": { NetworkFormats.isEmail($0, international: true) },
        "hostname": NetworkFormats.isHostname,
        "idn-hostname": NetworkFormats.isIDNHostname,
        "ipv4": NetworkFormats.isIPv4,
        "ipv6": NetworkFormats.isIPv6,
        "uri": { URIFormats.isURI($0, reference: false, international: false) },
        "uri-reference": { URIFormats.isURI($0, reference: true, international: false) },
        "iri": { URIFormats.isURI($0, reference: false, international: true) },
        "iri-reference": { URIFormats.isURI($0, reference: true, international: true) },
        "uri-template": URITemplateFormat.isValid,
        "uuid": isUUID,
        "json-pointer": { (try? JSONPointer(parsing: $0)) != nil },
        "relative-json-pointer": isRelativeJSONPointer,
        "regex": isRegex,
    ]

    static func checker(for name: String) -> Checker? { checkers[name] }

    /// ECMA-262 syntax. A pattern ICU cannot run only because of a variable-width
    /// lookbehind is still valid ECMA-262.
    static func isRegex(_ s: String) -> Bool {
        guard (try? ECMARegexTranslator.translate(s)) != nil else { return false }
        return (try? ECMARegex(s)) != nil || s.contains("(?<=") || s.contains("(?<!")
    }

    /// 8-4-4-4-12 hex digits (RFC 4122 string form), any version.
    static func isUUID(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 36 else { return false }
        for (i, b) in u.enumerated() {
            if [8, 13, 18, 23].contains(i) {
                if b != UInt8(ascii: "-") { return false }
            } else if hexValue(b) == nil {
                return false
            }
        }
        return true
    }

    /// Relative JSON Pointer: a non-negative integer (no leading zeros), then "#" or a pointer.
    static func isRelativeJSONPointer(_ s: String) -> Bool {
        let u = Array(s.utf8)
        var i = 0
        while i < u.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(u[i]) { i += 1 }
        guard i > 0, !(u[0] == UInt8(ascii: "0") && i > 1) else { return false }
        let rest = String(decoding: u[i...], as: UTF8.self)
        return rest == "#" || (try? JSONPointer(parsing: rest)) != nil
    }
}

/// The value of an ASCII hex digit.
func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
    default: return nil
    }
}
