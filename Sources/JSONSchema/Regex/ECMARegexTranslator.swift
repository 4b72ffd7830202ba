/// Rewrites an ECMA-262 pattern (read with the `u` flag's rules) into ICU syntax with the
/// same meaning. ICU differs from ECMA in: `\d \w \s \b` (Unicode-aware in ICU, ASCII or
/// ECMA-whitespace in ECMA), `.` (ICU also excludes U+0085), `$` (ICU also matches before a
/// final newline), `\v` (a class in ICU), `[` and `&` inside classes (set syntax in ICU),
/// `[]` / `[^]`, `\u{…}` and surrogate-pair escapes. Escapes that ECMA rejects in unicode
/// mode but ICU accepts (`\a`, `\e`, `\z`, `\Q`, `(?i)`, `(?P<…>)`) are rejected here.
enum ECMARegexTranslator {
    struct Failure: Error { let message: String }

    static let wordClass = "A-Za-z0-9_"
    /// ECMA WhiteSpace and LineTerminator code points.
    static let spaceClass = "\\t\\n\\x{0B}\\f\\r\\x{20}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"
    static let wordBoundary = "(?:(?<=[\(wordClass)])(?![\(wordClass)])|(?<![\(wordClass)])(?=[\(wordClass)]))"
    static let notWordBoundary = "(?:(?<=[\(wordClass)])(?=[\(wordClass)])|(?<![\(wordClass)])(?![\(wordClass)]))"

    static func translate(_ pattern: String) throws(Failure) -> String {
        let s = Array(pattern.unicodeScalars)
        var out = ""
        var i = 0
        var inClass = false
        // 0: after an atom; 1: after a quantifier; 2: after a lazy quantifier's "?". ICU
        // accepts possessive quantifiers ("a*+"), ECMA-262 has none: "nothing to repeat".
        var quantifierState = 0
        func hex(_ from: Int, _ count: Int) -> UInt32? {
            guard from + count <= s.count else { return nil }
            var v: UInt32 = 0
            for k in from..<from + count {
                guard s[k].isASCII, let d = UInt32(String(s[k]), radix: 16) else { return nil }
                v = v * 16 + d
                // Past the last code point: "\u{FFFFFFFFFF}" is malformed, not an overflow.
                guard v <= 0x10FFFF else { return nil }
            }
            return v
        }
        while i < s.count {
            let c = s[i]
            if !inClass {
                var isQuantifier = c == "*" || c == "+" || c == "?"
                if c == "{", let close = s[i...].firstIndex(of: "}"),
                   String(String.UnicodeScalarView(s[(i + 1)..<close])).wholeMatch(of: /[0-9]+(,[0-9]*)?/) != nil {
                    isQuantifier = true
                    if quantifierState != 0 { throw Failure(message: "nothing to repeat before '{'") }
                    out += String(String.UnicodeScalarView(s[i...close]))
                    i = close + 1
                    quantifierState = 1
                    continue
                }
                if isQuantifier {
                    if quantifierState == 1 && c == "?" {
                        quantifierState = 2
                    } else if quantifierState != 0 {
                        throw Failure(message: "nothing to repeat before '\(c)'")
                    } else {
                        quantifierState = 1
                    }
                } else {
                    quantifierState = 0
                }
            }
            if c == "\\" {
                guard i + 1 < s.count else { throw Failure(message: "a pattern cannot end with a backslash") }
                let e = s[i + 1]
                i += 2
                switch e {
                case "d": out += inClass ? "0-9" : "[0-9]"
                case "D": out += "[^0-9]"
                case "w": out += inClass ? wordClass : "[\(wordClass)]"
                case "W": out += "[^\(wordClass)]"
                case "s": out += inClass ? spaceClass : "[\(spaceClass)]"
                case "S": out += "[^\(spaceClass)]"
                case "b": out += inClass ? "\\x{08}" : wordBoundary
                case "B":
                    if inClass { throw Failure(message: "\\B is not allowed in a character class") }
                    out += notWordBoundary
                case "v": out += "\\x{0B}"
                case "f", "n", "r", "t": out += "\\" + String(e)
                case "0":
                    if i < s.count, s[i].properties.numericType != nil { throw Failure(message: "octal escapes are not allowed") }
                    out += "\\x{0}"
                case "1"..."9":
                    if inClass { throw Failure(message: "back-references are not allowed in a character class") }
                    var digits = String(e)
                    while i < s.count, ("0"..."9").contains(s[i]) { digits.unicodeScalars.append(s[i]); i += 1 }
                    out += "\\" + digits
                case "c":
                    guard i < s.count, s[i].isASCII, s[i].properties.isAlphabetic else { throw Failure(message: "\\c must be followed by a letter") }
                    out += String(format: "\\x{%X}", s[i].value % 32)
                    i += 1
                case "x":
                    guard let v = hex(i, 2) else { throw Failure(message: "\\x needs two hex digits") }
                    out += String(format: "\\x{%X}", v)
                    i += 2
                case "u":
                    if i < s.count, s[i] == "{" {
                        guard let close = s[i...].firstIndex(of: "}"), let v = hex(i + 1, close - i - 1), v <= 0x10FFFF, close - i - 1 > 0 else {
                            throw Failure(message: "malformed \\u{…} escape")
                        }
                        out += String(format: "\\x{%X}", v)
                        i = close + 1
                    } else {
                        guard var v = hex(i, 4) else { throw Failure(message: "\\u needs four hex digits") }
                        i += 4
                        // A surrogate pair written as two escapes is one code point.
                        if (0xD800...0xDBFF).contains(v), i + 5 < s.count, s[i] == "\\", s[i + 1] == "u",
                           let low = hex(i + 2, 4), (0xDC00...0xDFFF).contains(low) {
                            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        }
                        out += String(format: "\\x{%X}", v)
                    }
                case "p", "P":
                    guard i < s.count, s[i] == "{", let close = s[i...].firstIndex(of: "}") else {
                        throw Failure(message: "\\\(e) needs a {property}")
                    }
                    out += "\\" + String(e) + String(String.UnicodeScalarView(s[i...close]))
                    i = close + 1
                case "k":
                    guard i < s.count, s[i] == "<" else { throw Failure(message: "\\k needs a <name>") }
                    out += "\\k"
                case "-" where inClass:
                    out += "\\-"
                default:
                    // Identity escapes: only syntax characters (and '/') may be escaped.
                    guard "^$\\.*+?()[]{}|/".unicodeScalars.contains(e) else {
                        throw Failure(message: "'\\\(e)' is not a valid escape in ECMA-262")
                    }
                    out += "\\" + String(e)
                }
                continue
            }
            if inClass {
                switch c {
                case "]": inClass = false; out += "]"
                case "[", "&", "$", "~", "|": out += "\\" + String(c)
                default: out.unicodeScalars.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "[":
                i += 1
                var negated = false
                if i < s.count, s[i] == "^" { negated = true; i += 1 }
                if i < s.count, s[i] == "]" {
                    out += negated ? "[\\x{0}-\\x{10FFFF}]" : "(?!)"
                    i += 1
                } else {
                    out += negated ? "[^" : "["
                    inClass = true
                }
                continue
            case ".": out += "[^\\n\\r\\x{2028}\\x{2029}]"
            case "$": out += "\\z"  // ECMA: end of input only (ICU: also before a final newline)
            case "(":
                if i + 1 < s.count, s[i + 1] == "?" {
                    let next: Unicode.Scalar? = i + 2 < s.count ? s[i + 2] : nil
                    switch next {
                    case ":", "=", "!": break
                    case "<":
                        let after: Unicode.Scalar? = i + 3 < s.count ? s[i + 3] : nil
                        if after != "=" && after != "!" && !(after.map { $0.properties.isAlphabetic || $0 == "_" || $0 == "$" } ?? false) {
                            throw Failure(message: "malformed group name")
                        }
                    default: throw Failure(message: "'(?\(next.map(String.init) ?? "")' is not a valid group in ECMA-262")
                    }
                }
                out += "("
            default: out.unicodeScalars.append(c)
            }
            i += 1
        }
        if inClass { throw Failure(message: "unterminated character class") }
        return out
    }
}
