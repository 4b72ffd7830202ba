/// Serialises values deterministically (2-space indent, members in stored order, numbers
/// in their shortest exact form). Used for emitted schemas and JSON reports.
///
/// Pretty output puts each element and member on its own line, writes `"key": value`,
/// keeps empty containers as `[]` and `{}`, and ends with a newline. Compact output has no
/// whitespace at all. Strings escape only `"`, `\` and control characters (`\n`, `\t`, …
/// or `\u001f`); "/" and non-ASCII text are written as they are, in UTF-8.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        String(decoding: encode(value, pretty: pretty), as: UTF8.self)
    }

    /// The UTF-8 bytes of `write(value, pretty:)`.
    public static func encode(_ value: JSONValue, pretty: Bool = true) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        append(value, pretty: pretty, indent: 0, to: &output)
        if pretty { output.append(0x0A) }
        return output
    }

    /// `text` as a JSON string literal, quotes included.
    public static func quoted(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 2)
        appendString(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func append(_ value: JSONValue, pretty: Bool, indent: Int, to output: inout [UInt8]) {
        switch value {
        case .null: output += "null".utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .number(let number): number.appendJSONText(to: &output)
        case .string(let text): appendString(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else { return output += "[]".utf8 }
            output.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { appendNewline(indent: indent + 1, to: &output) }
                append(element, pretty: pretty, indent: indent + 1, to: &output)
            }
            if pretty { appendNewline(indent: indent, to: &output) }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return output += "{}".utf8 }
            output.append(UInt8(ascii: "{"))
            for (offset, member) in members.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                if pretty { appendNewline(indent: indent + 1, to: &output) }
                appendString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                append(member.value, pretty: pretty, indent: indent + 1, to: &output)
            }
            if pretty { appendNewline(indent: indent, to: &output) }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func appendNewline(indent: Int, to output: inout [UInt8]) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    private static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Copy runs of bytes that need no escape in one go.
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendEscape(byte, to: &output)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        case 0x09: output.append(UInt8(ascii: "t"))
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        default:
            output.append(UInt8(ascii: "u"))
            output.append(UInt8(ascii: "0"))
            output.append(UInt8(ascii: "0"))
            output.append(hexDigit(byte >> 4))
            output.append(hexDigit(byte & 0xF))
        }
    }

    /// Lower-case, as JavaScript's `JSON.stringify` writes `\u001f`.
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
