/// Strict RFC 8259 JSON over UTF-8 bytes, keeping every value's and key's source position.
///
/// Behaviours where the RFC lets parsers choose (see docs/json.md):
/// - a UTF-8 byte order mark at the start is skipped (RFC 8259 §8.1 allows ignoring it);
/// - UTF-16 and UTF-32 input is an error asking for UTF-8;
/// - invalid UTF-8, and escapes of lone surrogates (`"\uD800"`), are errors: a Swift
///   `String` cannot hold them;
/// - numbers are exact decimals of any size; an exponent beyond `Int` is an error;
/// - duplicate member names are an error by default (`JSONParseOptions.duplicateKeys`);
/// - nesting deeper than `JSONParseOptions.maximumDepth` (512) is an error;
/// - inputs of 4 GiB or more are an error (positions are stored in 32 bits).
public enum JSONParser {
    /// The largest input accepted, in bytes.
    static let maximumInputSize = Int(UInt32.max) - 1

    /// Strict RFC 8259 over UTF-8 bytes.
    public static func parse(_ bytes: [UInt8], options: JSONParseOptions = .init()) throws(JSONParseError) -> JSONDocument {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) in try parse(buffer: buffer, source: bytes, options: options) }
        }
        return try result.get()
    }

    /// Parses the UTF-8 form of `text`.
    public static func parse(_ text: String, options: JSONParseOptions = .init()) throws(JSONParseError) -> JSONDocument {
        try parse(Array(text.utf8), options: options)
    }

    /// Parses bytes in place (the document keeps a copy, for its source positions).
    public static func parse(buffer: UnsafeBufferPointer<UInt8>, options: JSONParseOptions = .init()) throws(JSONParseError) -> JSONDocument {
        try parse(buffer: buffer, source: nil, options: options)
    }

    /// Builds the value only. Source positions take more memory than the value and a third
    /// of the parsing time, and most documents never need one (a valid instance), so the
    /// document keeps the bytes (`source`, or a copy of `buffer`) and finds positions when
    /// first asked (`JSONDocument.positions`). A syntax error is found again by a parse that
    /// records positions, so that it can say where the container it is in was opened.
    static func parse(buffer: UnsafeBufferPointer<UInt8>, source: [UInt8]?, options: JSONParseOptions) throws(JSONParseError) -> JSONDocument {
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        guard buffer.count <= maximumInputSize else {
            throw JSONParseError(.inputTooLarge(byteCount: buffer.count), at: start)
        }
        if let encoding = unsupportedEncoding(of: buffer) {
            throw JSONParseError(.unsupportedEncoding(encoding), at: start)
        }
        let hasByteOrderMark = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
        let first = hasByteOrderMark ? 3 : 0
        var parser = JSONByteParser(bytes: buffer, start: first, options: options, recordsPositions: false)
        do {
            let value = try parser.parseDocument()
            return JSONDocument(value: value, source: LazyPositions(source: source ?? Array(buffer), start: first, options: options))
        } catch {
            return try parseRecordingPositions(buffer, start: first, options: options)
        }
    }

    /// The value and every position (the error, if the text has one).
    static func parseRecordingPositions(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, options: JSONParseOptions) throws(JSONParseError) -> JSONDocument {
        var parser = JSONByteParser(bytes: buffer, start: start, options: options, recordsPositions: true)
        let value = try parser.parseDocument()
        return JSONDocument(value: value, positions: parser.positions)
    }

    /// "UTF-16" or "UTF-32" when the bytes are evidently in one of them: a byte order mark,
    /// or the NUL bytes an ASCII first character leaves in those encodings. Requires an
    /// even length for the BOM-less forms, so that `[` followed by a stray NUL byte still
    /// gets the ordinary "unexpected NUL" error.
    static func unsupportedEncoding(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let count = bytes.count
        if count >= 4 {
            let (b0, b1, b2, b3) = (bytes[0], bytes[1], bytes[2], bytes[3])
            if b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF { return "UTF-32" }
            if b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 { return "UTF-32" }
            if count % 4 == 0 && ((b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) || (b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0)) {
                return "UTF-32"
            }
        }
        if count >= 2 {
            let (b0, b1) = (bytes[0], bytes[1])
            if (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) { return "UTF-16" }
            if count % 2 == 0 && ((b0 == 0 && b1 != 0) || (b0 != 0 && b1 == 0)) { return "UTF-16" }
        }
        return nil
    }
}
