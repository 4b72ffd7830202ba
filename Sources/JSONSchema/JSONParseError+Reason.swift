extension JSONParseError {
    /// Arrays and objects, named in messages.
    public enum Container: String, Sendable, Hashable {
        case array, object
    }

    /// What stood where something else was expected ("found …").
    public enum Token: Sendable, Hashable {
        case endOfInput
        case space
        /// A printable ASCII character other than a letter: `]`, `,`.
        case character(Character)
        /// A run of letters and digits (up to 20 bytes): `NaN`, `tru`.
        case word(String)
        /// An ASCII control character (below U+0020, or U+007F).
        case controlCharacter(UInt8)
        /// A well-formed non-ASCII character: `é`.
        case nonASCII(Unicode.Scalar)
        /// A byte that does not start well-formed UTF-8.
        case invalidByte(UInt8)
    }

    /// An escape that is not one of JSON's, as written.
    public enum Escape: Sendable, Hashable {
        /// The printable text of the escape: `\x`, `\u12G4`.
        case text(String)
        /// A backslash followed by something unprintable.
        case backslashFollowedBy(Token)
    }

    /// Every way the parser refuses a text.
    public enum Reason: Sendable, Hashable {
        /// The input has no bytes at all.
        case emptyInput
        case expectedValue(found: Token)
        /// A value is complete but more follows.
        case expectedEndOfInput(found: Token)
        /// A misspelt `true`, `false` or `null`.
        case expectedLiteral(String, found: Token)
        /// After an element or member, neither "," nor the closing bracket; `openedAt` is
        /// set when the input ended with the container still open.
        case missingSeparator(Container, found: Token, openedAt: SourcePosition?)
        case trailingComma(Container)
        case expectedMemberName(found: Token)
        case expectedColon(afterKey: String, found: Token)
        case duplicateKey(String, at: SourcePosition, firstAt: SourcePosition?)
        case tooDeep(limit: Int)
        case expectedDigitAfterMinus(found: Token)
        /// `digit` is the digit after the leading zero.
        case leadingZero(digit: Character)
        case expectedFractionDigit(found: Token)
        case expectedExponentDigit(found: Token)
        case tooManyDigits(count: Int, limit: Int)
        case exponentTooLarge
        case unclosedString
        /// `stringStart` has line 0 when only its byte offset is known.
        case lineBreakInString(stringStart: SourcePosition)
        case controlCharacterInString(UInt8)
        /// The malformed bytes, one or up to four.
        case invalidUTF8InString([UInt8])
        case unclosedEscape
        case loneLowSurrogate(UInt32)
        case loneHighSurrogate(UInt32)
        case highSurrogateWithoutLow(high: UInt32, next: UInt32)
        case invalidEscape(Escape)
        /// `\u` not followed by four hex digits.
        case invalidUnicodeEscape(Escape)
        case inputTooLarge(byteCount: Int)
        /// "UTF-16" or "UTF-32".
        case unsupportedEncoding(String)
        /// Made from English text alone (`JSONParseError(message:position:)`).
        case other(String)
    }
}

// MARK: - English

extension JSONParseError.Token {
    /// "end of input", "']'", "'NaN'", "control character U+0000", "'é' (U+00E9)",
    /// "byte 0xFF (not UTF-8)".
    public var englishDescription: String {
        switch self {
        case .endOfInput: "end of input"
        case .space: "a space"
        case .character(let c): "'\(c)'"
        case .word(let w): "'\(w)'"
        case .controlCharacter(let b): "control character \(JSONParseError.hexCodePoint(UInt32(b)))"
        case .nonASCII(let s): "'\(s)' (\(JSONParseError.hexCodePoint(s.value)))"
        case .invalidByte(let b): "byte \(JSONParseError.hexByte(b)) (not UTF-8)"
        }
    }
}

extension JSONParseError.Escape {
    /// "'\x'", or "'\' followed by control character U+0009".
    public var englishDescription: String {
        switch self {
        case .text(let t): "'\(t)'"
        case .backslashFollowedBy(let token): "'\\' followed by \(token.englishDescription)"
        }
    }
}

extension JSONParseError.Reason {
    /// The English message, as `JSONParseError.message` carries it.
    public var englishMessage: String {
        typealias E = JSONParseError
        switch self {
        case .emptyInput:
            return "the input is empty; expected a JSON value"
        case .expectedValue(let found):
            return "expected a JSON value, found \(found.englishDescription)"
        case .expectedEndOfInput(let found):
            return "expected end of input after the JSON value, found \(found.englishDescription)"
        case .expectedLiteral(let literal, let found):
            return "expected '\(literal)', found \(found.englishDescription)"
        case .missingSeparator(let container, let found, let opened):
            let expected = container == .array ? "expected ',' or ']' after array element" : "expected ',' or '}' after object member"
            guard let opened else { return "\(expected), found \(found.englishDescription)" }
            return "\(expected), found \(found.englishDescription) (the \(container.rawValue) opened at \(opened) is not closed)"
        case .trailingComma(.array):
            return "expected a value after ',', found ']' (trailing commas are not allowed)"
        case .trailingComma(.object):
            return "expected a member name after ',', found '}' (trailing commas are not allowed)"
        case .expectedMemberName(let found):
            return "expected a member name in double quotes, found \(found.englishDescription)"
        case .expectedColon(let key, let found):
            return "expected ':' after member name \(JSONWriter.quoted(key)), found \(found.englishDescription)"
        case .duplicateKey(let key, let at, let first):
            return "duplicate key \(JSONWriter.quoted(key)) at \(at), first defined at \(first.map(String.init(describing:)) ?? "?")"
        case .tooDeep(let limit):
            return "arrays and objects are nested more than \(limit) levels deep"
        case .expectedDigitAfterMinus(let found):
            return "expected a digit after '-', found \(found.englishDescription)"
        case .leadingZero(let digit):
            return "a number cannot have a leading zero (found '0\(digit)')"
        case .expectedFractionDigit(let found):
            return "expected a digit after '.' in a number, found \(found.englishDescription)"
        case .expectedExponentDigit(let found):
            return "expected a digit in the exponent of a number, found \(found.englishDescription)"
        case .tooManyDigits(let count, let limit):
            return "this number has \(count) significant digits; at most \(limit) are accepted"
        case .exponentTooLarge:
            return "the exponent of this number is too large (it must fit in a 64-bit integer)"
        case .unclosedString:
            return "the string starting here is not closed: end of input before its closing '\"'"
        case .lineBreakInString(let start):
            let at = start.line == 0 ? "byte \(start.offset)" : "\(start)"
            return "line break inside a string; write it as \\n (the string starts at \(at))"
        case .controlCharacterInString(let byte):
            return "\(E.Token.controlCharacter(byte).englishDescription) inside a string must be written as an escape such as \\u00\(E.hexByte(byte).dropFirst(2))"
        case .invalidUTF8InString(let bytes):
            return "invalid UTF-8 in a string (\(bytes.count == 1 ? "byte" : "bytes") \(bytes.map(E.hexByte).joined(separator: " "))); save the file as UTF-8"
        case .unclosedEscape:
            return "the string is not closed: end of input after '\\'"
        case .loneLowSurrogate(let value):
            return "lone low surrogate \\u\(E.hex4(value)) in a string: it must follow a high surrogate (\\uD800-\\uDBFF); unpaired surrogates are not characters"
        case .loneHighSurrogate(let value):
            return "lone high surrogate \\u\(E.hex4(value)) in a string: it must be followed by a low surrogate escape (\\uDC00-\\uDFFF); unpaired surrogates are not characters"
        case .highSurrogateWithoutLow(let high, let next):
            return "high surrogate \\u\(E.hex4(high)) is followed by \\u\(E.hex4(next)), not by a low surrogate (\\uDC00-\\uDFFF); unpaired surrogates are not characters"
        case .invalidEscape(let escape):
            return "invalid escape \(escape.englishDescription) in a string; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
        case .invalidUnicodeEscape(let escape):
            return "invalid escape \(escape.englishDescription) in a string: \\u must be followed by four hex digits"
        case .inputTooLarge(let count):
            return "the input is \(count) bytes; inputs of 4 GiB or more are not supported"
        case .unsupportedEncoding(let encoding):
            return "\(encoding) input; save the file as UTF-8"
        case .other(let message):
            return message
        }
    }
}

// MARK: - Notation shared by both languages

extension JSONParseError {
    /// "U+00E9".
    public static func hexCodePoint(_ value: UInt32) -> String { "U+" + hex4(value) }

    /// "0xFF".
    public static func hexByte(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" : "") + digits
    }

    /// At least four uppercase hex digits: "00E9", "1F600".
    public static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
