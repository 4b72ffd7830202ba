import Foundation

/// Escapes text for HTML element content and double-quoted attribute values.
public func escapeHTML(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(character)
        }
    }
    return out
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
                let first = part[0]
                var index = 0
                while index <= text.count - part.count {
                    if text[index] == first && memcmp(text.baseAddress! + index, part.baseAddress!, part.count) == 0 { return true }
                    index += 1
                }
                return false
            }
        }
    }
}
