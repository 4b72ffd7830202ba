/// Source positions and the parts of error reasons.
extension JSONByteParser {
    /// The position of byte `offset`, which must not precede the last position asked for
    /// on the current line (positions are asked for in document order).
    mutating func packedPosition(at offset: Int) -> PackedPosition {
        var column = markColumn
        var i = markOffset
        while i < offset {
            // Count scalars: every byte but UTF-8 continuation bytes starts one.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        markOffset = offset
        markColumn = column
        return PackedPosition(offset: UInt32(offset), line: UInt32(line), column: UInt32(column))
    }

    @inline(never)
    mutating func error(_ reason: JSONParseError.Reason, at offset: Int) -> JSONParseError {
        JSONParseError(reason, at: packedPosition(at: max(offset, markOffset)).sourcePosition)
    }

    /// What stands at `offset`, for "found …": end of input, `]`, `NaN`, U+0000, `é`, or
    /// a byte that is not UTF-8.
    @inline(never)
    func found(at offset: Int) -> JSONParseError.Token {
        guard offset < bytes.count else { return .endOfInput }
        let byte = bytes[offset]
        if isLetter(byte) {
            // A whole word reads better than its first letter: found 'NaN', found 'tru'.
            var end = offset
            while end < bytes.count && end - offset < 20 && (isLetter(bytes[end]) || isDigit(bytes[end])) { end += 1 }
            return .word(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self))
        }
        if byte == 0x20 { return .space }
        if byte > 0x20 && byte < 0x7F { return .character(Character(Unicode.Scalar(byte))) }
        if byte < 0x80 { return .controlCharacter(byte) }
        if let length = validUTF8SequenceLength(at: offset) {
            let scalars = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self).unicodeScalars
            if let scalar = scalars.first { return .nonASCII(scalar) }
        }
        return .invalidByte(byte)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
}
