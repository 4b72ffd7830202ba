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

extension StringProtocol {
    /// Whether `needle` occurs in the text, byte for byte (UTF-8). For ASCII needles in hot
    /// loops: Foundation's `contains` bridges the whole text to UTF-16 on every call.
    public func containsBytes(_ needle: String) -> Bool {
        var haystack = String(self)
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { part in
                guard !part.isEmpty else { return true }
                guard text.count >= part.count else { return false }
                // memchr(3) to each candidate first byte, then memcmp(3) for the rest.
                let last = text.count - part.count
                var index = 0
                while index <= last, let found = memchr(text.baseAddress! + index, Int32(part[0]), last - index + 1) {
                    index = UnsafeRawPointer(text.baseAddress!).distance(to: UnsafeRawPointer(found))
                    if memcmp(text.baseAddress! + index, part.baseAddress!, part.count) == 0 { return true }
                    index += 1
                }
                return false
            }
        }
    }
}
