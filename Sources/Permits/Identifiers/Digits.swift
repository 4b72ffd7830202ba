/// The ASCII digits of `text`, or nil if it holds anything else. (Swift's `isNumber` and
/// regex `\d` also accept Arabic-Indic and other digits, which no identifier uses.)
func asciiDigits(_ text: String) -> [Int]? {
    var digits: [Int] = []
    for byte in text.utf8 {
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        digits.append(Int(byte - 0x30))
    }
    return digits
}
