/// T.C. Kimlik No and Yabancı Kimlik No: 11 digits, the first not 0, two check digits
/// (python-stdnum `stdnum/tr/tckimlik.py`). Foreign numbers use the same algorithm and
/// begin with 99 (98 is reported for temporary-protection numbers).
public enum IdentityNumber {
    /// True when `text` is 11 ASCII digits, does not start with 0, and both check digits
    /// agree.
    public static func hasValidChecksum(_ text: String) -> Bool {
        guard let d = asciiDigits(text), d.count == 11, d[0] != 0 else { return false }
        let odd = d[0] + d[2] + d[4] + d[6] + d[8]
        let even = d[1] + d[3] + d[5] + d[7]
        let tenth = ((odd * 7 - even) % 10 + 10) % 10
        let eleventh = d[0..<10].reduce(0, +) % 10
        return d[9] == tenth && d[10] == eleventh
    }

    /// What the first two digits say about a foreign identity number.
    public enum ForeignPrefix: String, Sendable {
        /// 99: an ordinary foreign identity number.
        case foreigner
        /// 98: reported for temporary-protection numbers.
        case temporaryProtection
        /// Anything else: not a foreign identity number.
        case other
    }

    public static func foreignPrefix(_ text: String) -> ForeignPrefix {
        if text.hasPrefix("99") { return .foreigner }
        if text.hasPrefix("98") { return .temporaryProtection }
        return .other
    }
}
