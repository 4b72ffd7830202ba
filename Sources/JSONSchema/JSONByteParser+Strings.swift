/// Strings: escapes, surrogate pairs and UTF-8 validation.
extension JSONByteParser {
    /// Parses the string whose opening quote is at `index`; leaves `index` after the
    /// closing quote. Strings without escapes are made straight from the input bytes.
    @inline(never)
    mutating func parseString() throws(JSONParseError) -> String {
        let open = index
        index += 1
        var segmentStart = index
        var usesScratch = false
        while true {
            // Fast path: plain ASCII.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x22 || byte == 0x5C || byte < 0x20 || byte >= 0x80 { break }
                index += 1
            }
            guard index < bytes.count else {
                throw error(.unclosedString, at: open)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                if !usesScratch {
                    scratch.removeAll(keepingCapacity: true)
                    usesScratch = true
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                try parseEscape()
                segmentStart = index
            } else if byte < 0x20 {
                throw error(byte == 0x0A || byte == 0x0D
                    ? .lineBreakInString(stringStart: earlierPosition(open))
                    : .controlCharacterInString(byte),
                    at: index)
            } else {
                guard let length = validUTF8SequenceLength(at: index) else {
                    throw error(.invalidUTF8InString(badUTF8Bytes(at: index)), at: index)
                }
                index += length
            }
        }
        let text: String
        if usesScratch {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
            text = String(decoding: scratch, as: UTF8.self)
        } else {
            text = String(decoding: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]), as: UTF8.self)
        }
        index += 1
        return text
    }

    /// Parses the escape at `index` (a backslash) and appends what it stands for to `scratch`.
    private mutating func parseEscape() throws(JSONParseError) {
        let start = index
        guard index + 1 < bytes.count else {
            throw error(.unclosedEscape, at: start)
        }
        let letter = bytes[index + 1]
        index += 2
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(letter)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var value = try parseHex4(escapeStart: start)
            if (0xDC00...0xDFFF).contains(value) {
                throw error(.loneLowSurrogate(value), at: start)
            }
            if (0xD800...0xDBFF).contains(value) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error(.loneHighSurrogate(value), at: start)
                }
                let lowStart = index
                index += 2
                let low = try parseHex4(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error(.highSurrogateWithoutLow(high: value, next: low), at: start)
                }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            appendUTF8(value)
        default:
            throw error(.invalidEscape(escapeText(at: start)), at: start)
        }
    }

    /// Four hex digits at `index`, after "\u".
    private mutating func parseHex4(escapeStart: Int) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexValue(bytes[index]) else {
                throw error(.invalidUnicodeEscape(escapeText(at: escapeStart)), at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            scratch.append(UInt8(value))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | value >> 6))
            scratch.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | value >> 12))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | value >> 18))
            scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// The length of the well-formed UTF-8 sequence at `offset` (Unicode Table 3-7: no
    /// overlong forms, no encoded surrogates, nothing above U+10FFFF), or nil.
    func validUTF8SequenceLength(at offset: Int) -> Int? {
        let lead = bytes[offset]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else { return nil }
        for i in 2..<length where bytes[offset + i] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// The byte 0xE9, or the bytes 0xED 0xA0 0x80 of a sequence malformed as a whole.
    private func badUTF8Bytes(at offset: Int) -> [UInt8] {
        let end = min(bytes.count, offset + 4)
        var shown = [bytes[offset]]
        var i = offset + 1
        while i < end && bytes[i] & 0xC0 == 0x80 {
            shown.append(bytes[i])
            i += 1
        }
        return shown
    }

    /// The escape as written, for messages: "\x", "\u12G4".
    private func escapeText(at start: Int) -> JSONParseError.Escape {
        var end = min(bytes.count, start + 2)
        if end == start + 2 && bytes[start + 1] == UInt8(ascii: "u") {
            while end < min(bytes.count, start + 6) && bytes[end] >= 0x20 && bytes[end] < 0x7F && bytes[end] != 0x22 { end += 1 }
        }
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
              text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) else {
            return .backslashFollowedBy(found(at: start + 1))
        }
        return .text(text)
    }

    private func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// The position of an earlier offset on the current line or before, without moving
    /// the column mark (used only for error messages); line 0 when only the offset is known.
    private func earlierPosition(_ offset: Int) -> SourcePosition {
        guard offset >= markOffset else { return SourcePosition(line: 0, column: 0, offset: offset) }
        var column = markColumn
        for i in markOffset..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return SourcePosition(line: line, column: column, offset: offset)
    }
}
