/// One page's body made part of the printable guide, in four passes over its UTF-8 bytes,
/// each the leftmost, non-overlapping replacement of one pattern (the regular expressions
/// in PrintPageTests say the same and are the reference): permalinks left out, headings
/// one level down, ids prefixed, links following the ids. The body is the renderer's own
/// HTML (attribute values quoted, text escaped), so a quoted attribute can only be an
/// attribute. Byte scanners, not `NSRegularExpression`: every page of the site goes
/// through here on every build.
extension PrintPage {
    static func demote(_ html: String, prefix: String, base: String?) -> String {
        var bytes = Array(html.utf8)
        bytes = replacing(in: bytes, at: isTagStart, permalink)
        bytes = replacing(in: bytes, at: isTagStart, headingTag)
        let prefixBytes = Array("\(prefix)--".utf8)
        bytes = replacing(in: bytes, at: mayBeRegexSpace) { bytes, start in idAttribute(bytes, start, prefix: prefixBytes) }
        let baseBytes = base.map { Array($0.utf8) }
        bytes = replacing(in: bytes, at: mayBeRegexSpace) { bytes, start in hrefAttribute(bytes, start, prefix: prefixBytes, base: baseBytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A match of a pattern at `start`: where it ends and what replaces it.
    typealias Match = (end: Int, replacement: [UInt8])

    /// `bytes` with every match replaced, scanning from the left; after a match the scan
    /// goes on where it ended. `match` is tried only where `canStart` holds for the byte.
    static func replacing(in bytes: [UInt8], at canStart: (UInt8) -> Bool, _ match: ([UInt8], Int) -> Match?) -> [UInt8] {
        var out: [UInt8] = []
        var copied = 0, index = 0
        while index < bytes.count {
            guard canStart(bytes[index]), let found = match(bytes, index) else {
                index += 1
                continue
            }
            if out.isEmpty { out.reserveCapacity(bytes.count + bytes.count / 8) }
            out += bytes[copied..<index]
            out += found.replacement
            index = found.end
            copied = index
        }
        guard copied > 0 else { return bytes }
        out += bytes[copied...]
        return out
    }

    private static func isTagStart(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "<") }

    /// ASCII white space, or the first byte of a longer scalar, which `regexSpaceEnd` decodes.
    private static func mayBeRegexSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte >= 0xC0
    }

    /// `<a class="permalink" href="#[^"]*" aria-label="[^"]*">#</a>`, left out.
    static func permalink(_ bytes: [UInt8], _ start: Int) -> Match? {
        var index = start
        guard literal(permalinkParts[0], in: bytes, at: &index), quoted(bytes, at: &index) != nil,
              literal(permalinkParts[1], in: bytes, at: &index), quoted(bytes, at: &index) != nil,
              literal(permalinkParts[2], in: bytes, at: &index) else { return nil }
        return (index, [])
    }

    private static let permalinkParts = [##"<a class="permalink" href="#"##, #" aria-label=""#, #">#</a>"#].map { Array($0.utf8) }

    /// `<(/?)h([1-5])\b`: the heading one level down.
    static func headingTag(_ bytes: [UInt8], _ start: Int) -> Match? {
        guard bytes[start] == UInt8(ascii: "<") else { return nil }
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "h"),
              (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(bytes[index + 1]),
              !startsWithWordCharacter(bytes, at: index + 2) else { return nil }
        return (index + 2, Array(bytes[start...index]) + [bytes[index + 1] + 1])
    }

    static let idAttributeNames = ["id", "aria-labelledby", "aria-describedby", "for"].map { Array("\($0)=\"".utf8) }

    /// `\s(id|aria-labelledby|aria-describedby|for)="([^"]*)"`: each space-separated id
    /// prefixed.
    static func idAttribute(_ bytes: [UInt8], _ start: Int, prefix: [UInt8]) -> Match? {
        guard let afterSpace = regexSpaceEnd(bytes, at: start) else { return nil }
        for name in idAttributeNames {
            var index = afterSpace
            guard literal(name, in: bytes, at: &index) else { continue }
            guard let value = quoted(bytes, at: &index) else { return nil }
            var replacement = [UInt8(ascii: " ")] + name
            for (position, id) in value.split(separator: UInt8(ascii: " ")).enumerated() {
                if position > 0 { replacement.append(UInt8(ascii: " ")) }
                replacement += prefix
                replacement += id
            }
            replacement.append(UInt8(ascii: "\""))
            return (index, replacement)
        }
        return nil
    }

    private static let hrefName = Array("href=\"".utf8)

    /// `\shref="([^"]*)"`: an in-page link follows the prefixed ids; a relative link is
    /// made absolute with `base` when there is one.
    static func hrefAttribute(_ bytes: [UInt8], _ start: Int, prefix: [UInt8], base: [UInt8]?) -> Match? {
        guard var index = regexSpaceEnd(bytes, at: start), literal(hrefName, in: bytes, at: &index) else { return nil }
        guard let href = quoted(bytes, at: &index) else { return nil }
        var replacement = [UInt8(ascii: " ")] + hrefName
        if href.first == UInt8(ascii: "#") {
            replacement += [UInt8(ascii: "#")] + prefix + href.dropFirst()
        } else {
            let isRelative = !href.contains(UInt8(ascii: ":")) && href.first != UInt8(ascii: "/")
            if let base, isRelative { replacement += base }
            replacement += href
        }
        replacement.append(UInt8(ascii: "\""))
        return (index, replacement)
    }

    // MARK: pattern pieces

    /// Moves past `expected` when the bytes at `index` are it.
    private static func literal(_ expected: [UInt8], in bytes: [UInt8], at index: inout Int) -> Bool {
        guard bytes.count - index >= expected.count else { return false }
        for offset in expected.indices where bytes[index + offset] != expected[offset] { return false }
        index += expected.count
        return true
    }

    /// `([^"]*)"`: the bytes up to the next quote, moving past that quote; nil without one.
    private static func quoted(_ bytes: [UInt8], at index: inout Int) -> ArraySlice<UInt8>? {
        guard let quote = bytes[index...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        defer { index = quote + 1 }
        return bytes[index..<quote]
    }

    /// Where the scalar at `index` ends when it is ICU's `\s` (`[\t\n\f\r\p{Z}]`).
    private static func regexSpaceEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        switch byte {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return index + 1
        case 0x00..<0x80: return nil
        default:
            guard let (scalar, length) = scalar(in: bytes, at: index) else { return nil }
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return index + length
            default: return nil
            }
        }
    }

    /// Whether ICU's `\w` (`[\p{Alphabetic}\p{Mark}\p{Decimal_Number}\p{Connector_Punctuation}\u200c\u200d]`)
    /// begins at `index`: then `\b` does not hold before it.
    private static func startsWithWordCharacter(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count, let (scalar, _) = scalar(in: bytes, at: index) else { return false }
        if scalar == "\u{200C}" || scalar == "\u{200D}" { return true }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return properties.isAlphabetic
        }
    }

    /// The scalar whose UTF-8 starts at `index`, and its length in bytes.
    private static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, UTF8.width(scalar))
    }
}
