@testable import JSONSchema
import Testing

/// ECMA-262 patterns translated for ICU: each case is (pattern, text, should match).
@Suite struct RegexTests {
    @Test(arguments: [
        ("^\\d$", "7", true), ("^\\d$", "٧", false), ("^\\D$", "٧", true),
        ("^\\w$", "_", true), ("^\\w$", "ş", false), ("^\\W$", "ş", true),
        ("^\\s$", "\u{3000}", true), ("^\\s$", "\u{85}", false), ("^\\S$", "\u{85}", true),
        ("a$", "a\n", false), ("^.$", "\u{2028}", false), ("^.$", "\u{85}", true),
        ("^[\\d-]+$", "1-2", true), ("^[^\\d]$", "x", true), ("^[^\\d]$", "5", false),
        ("\\bizin\\b", "çalışma izni", false), ("\\bizin\\b", "bir izin", true),
        ("^\\u{1F600}$", "😀", true), ("^\\u{00000000000041}$", "A", true), ("^\\uD83D\\uDE00$", "😀", true), ("^\\x41$", "A", true),
        ("^\\cJ$", "\n", true), ("^\\v$", "\u{0B}", true), ("^[[]$", "[", true), ("^[a&&b]+$", "&", true),
        ("^[]$", "", false), ("^[^]$", "x", true), ("^(?<year>\\d{4})-\\k<year>$", "2024-2024", true),
        ("^\\p{Lu}\\p{Ll}+$", "İstanbul", true), ("(?<=a)b", "ab", true), ("^\\/$", "/", true),
    ])
    func translatedPatternMatches(pattern: String, text: String, expected: Bool) throws {
        let regex = try ECMARegex(pattern)
        #expect(regex.search(text) == (expected ? .match : .noMatch), "/\(pattern)/ on \(text.debugDescription)")
    }

    @Test(arguments: ["a++", "a*+", "a{2}+", "a??+", "\\a", "\\e", "\\z", "\\Z", "\\A", "\\Q", "(?i)x", "(?P<n>x)", "(?#c)", "[a", "x\\", "\\c1", "\\u12", "\\01", "(?<1a>x)",
                       // Found by fuzz-schema: an arithmetic overflow in the hex digits.
                       "\\u{FFFFFFFFFF}", "\\u{110000}", "\\u{0000000000000000000000041"])
    func nonECMASyntaxIsRejected(pattern: String) {
        #expect(throws: SchemaError.self) { try ECMARegex(pattern) }
    }
}
