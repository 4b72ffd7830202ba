import Foundation

/// URL fragment slugs that read well for Turkish: "Çalışma İzni" → "calisma-izni",
/// "Iğdır" → "igdir". Never uses `lowercased()`, which turns "İ" into "i̇" (i + U+0307)
/// and would leave a stray combining dot or drop the letter.
public enum TurkishSlug {
    /// Turkish letters mapped by hand: dotted and dotless i both become ASCII "i".
    private static let letters: [Character: String] = [
        "ç": "c", "Ç": "c", "ğ": "g", "Ğ": "g", "ı": "i", "I": "i", "İ": "i", "i": "i",
        "ö": "o", "Ö": "o", "ş": "s", "Ş": "s", "ü": "u", "Ü": "u",
    ]

    /// Lowercase ASCII letters and digits joined by single hyphens; empty if the text
    /// has none (the caller chooses a fallback).
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        func emit(_ piece: String) {
            if pendingHyphen && !out.isEmpty { out += "-" }
            pendingHyphen = false
            out += piece
        }
        for character in text {
            if let mapped = letters[character] {
                emit(mapped)
                continue
            }
            // Other accented Latin letters (â, î, û, é): keep the base letter.
            let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { $0.isASCII }
            var piece = ""
            for scalar in base {
                switch scalar.value {
                case 0x61...0x7A, 0x30...0x39: piece.unicodeScalars.append(scalar)
                case 0x41...0x5A: piece.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
                default: break
                }
            }
            if piece.isEmpty {
                pendingHyphen = true
            } else {
                emit(piece)
            }
        }
        return out
    }

    /// True for ids written by authors (`{#adim-10-2}`) and for file-name slugs: lowercase
    /// ASCII letters and digits in hyphen-separated groups.
    public static func isValidID(_ id: String) -> Bool {
        let groups = id.split(separator: "-", omittingEmptySubsequences: false)
        return !id.isEmpty && groups.allSatisfy { group in
            !group.isEmpty && group.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }
}
