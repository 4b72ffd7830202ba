/// Phone numbers as people write them: `+90 532 123 45 67`, `0532 123 45 67`,
/// `(0312) 123-45-67`, `0090 312 …`. The guide gives no format, so this is only a
/// plausibility check (the `phone-number` warning).
public enum PhoneNumber {
    /// Spaces, dashes, dots, slashes and brackets are how people group digits.
    static let separators: Set<Character> = [" ", "-", ".", "/", "(", ")", "\u{00A0}"]

    public static func isPlausible(_ text: String) -> Bool {
        let compact = String(text.filter { !separators.contains($0) })
        if compact.hasPrefix("+") { return internationalDigits(compact.dropFirst()) }
        if compact.hasPrefix("00") { return internationalDigits(compact.dropFirst(2)) }
        guard let digits = asciiDigits(compact) else { return false }
        // A Turkish national number: 0 and ten digits, or the ten digits alone.
        if compact.hasPrefix("0") { return digits.count == 11 && digits[1] != 0 }
        return digits.count == 10
    }

    /// An E.164 number after its `+`: 7 to 15 digits, the country code not starting with 0.
    static func internationalDigits(_ text: Substring) -> Bool {
        guard let digits = asciiDigits(String(text)) else { return false }
        return (7...15).contains(digits.count) && digits[0] != 0
    }
}

/// A nationality as the forms write it: an ISO 3166-1 alpha-3 code in capitals, or `KKTC`
/// (the Turkish Republic of Northern Cyprus has no ISO code; `CYP` is the Republic of Cyprus).
public enum NationalityCode {
    public static let kktc = "KKTC"

    public static func isValid(_ text: String) -> Bool {
        if text == kktc { return true }
        return text.utf8.count == 3 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }
}
