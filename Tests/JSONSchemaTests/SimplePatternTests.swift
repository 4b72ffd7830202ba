@testable import JSONSchema
import Testing

/// `SimplePattern` answers the simple patterns without ICU: it must give ICU's answer.
@Suite struct SimplePatternTests {
    static let accepted = [
        "^[0-9]{26}$", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^\\d{11}$", "^[A-Z]{2}[0-9]{6,9}$", "[a-z]+", "^a*$",
        "^[A-Za-z_-]+$", "^[a-z0-9._-]*@", "x?y", "^\\w+$", "^[\\d.]+$", "^[0-9]{5,}$", "", "^", "$", "^$",
        "^[+]?[0-9 ]{7,15}$", "^ab?c{0,2}$", "^\\.\\/$", "^[-a]$", "^[a-]$", "abc", "^TR[0-9]{24}$",
        "^[^@ ]+@[^@ ]+\\.[a-z]{2,}$", "^[^@ ]+@", "[^a]+", "^[^0-9]*x[^y]+$", "^a[^b]{1,}$", "[^a-z]*$",
    ]
    static let refused = [
        "a|b", "(a)", "^.$", "\\s", "a+?", "a{2}?", "[a", "a{", "\\bx", "^\\p{L}$", "^[\\s]$",
        "^[\\b]$", "a\\", "^ğ$", "^[a-ğ]$", "\\D", "[]", "[^a]", "^[z-a]$", "a{3,2}",
        // Negated classes whose byte count could differ from their character count.
        "^[^a]{2,}$", "[^a]?", "^[^a]{1,3}$", "[^a]+[^b]+", "^[^a]+b?[^c]+$", "[^a]*[^b]*", "[^]",
    ]
    static let texts = [
        "", "a", "ab", "abc", "aac", "12345678901234567890123456", "1234567890123456789012345", "2024-07-31",
        "2024-7-31", "12345678901", "TR123456789012345678901234", "AB1234567", "AB12345", "A_b-c", "x.y@z",
        "ğü", "12ğ34", "a b", "+90 212 555 12 34", "abcc", "ac", ".-", "-", "y", "xy", "xxy", "12345", "123456", "1.2.3",
        "ab\n", "\nab", "😀", "a😀", "00000", "Aa", "aA",
        "user1@example.org", "a@b.co", "a@b.c", "a b@c.de", "é@ğ.com", "ğü@x", "😀@😀.tr", "@x.yz", "é", "éx😀",
        "xé", "bé", "aé", "a\n", "x😀", "0x0",
    ]

    @Test func acceptsTheSimpleKindOnly() {
        for pattern in Self.accepted { #expect(SimplePattern(pattern) != nil, "\(pattern) should be simple") }
        for pattern in Self.refused { #expect(SimplePattern(pattern) == nil, "\(pattern) is not simple") }
    }

    @Test func agreesWithTheRegexEngine() throws {
        for pattern in Self.accepted {
            let simple = try #require(SimplePattern(pattern))
            let regex = try ECMARegex(pattern)
            for text in Self.texts {
                let engine = regex.engineSearch(text)
                #expect(engine != .tooComplex)
                #expect(simple.matches(text) == (engine == .match), "/\(pattern)/ on \(text.debugDescription)")
            }
        }
    }
}
