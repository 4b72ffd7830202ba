import Foundation

/// Escapes text for HTML element content and double-quoted attribute values: `& < > " '`
/// become entities, byte for byte (also where a combining mark follows, which a loop over
/// characters would leave raw). Text without any of them is returned as it is. The page
/// templates escape with this too (`Templates`).
public func escapeHTML(_ text: String) -> String {
    guard text.utf8.contains(where: isEscapedInHTML) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 32)
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "&"): out += "&amp;".utf8
        case UInt8(ascii: "<"): out += "&lt;".utf8
        case UInt8(ascii: ">"): out += "&gt;".utf8
        case UInt8(ascii: "\""): out += "&quot;".utf8
        case UInt8(ascii: "'"): out += "&#39;".utf8
        default: out.append(byte)
        }
    }
    return String(decoding: out, as: UTF8.self)
}

private func isEscapedInHTML(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
}
