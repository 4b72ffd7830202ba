/// The SGK workplace registration number (işyeri sicil numarası) as e-İzin asks for it:
/// 26 digits; a main employer's 23-digit number is completed with `000` (e-İzin FAQ 45).
/// No public algorithm for its check digits exists, so only length and digits are checked.
public enum SGKNumber {
    public static let length = 26
    static let mainEmployerLength = 23

    public static func isValid(_ text: String) -> Bool { asciiDigits(text)?.count == length }

    /// What is wrong, in words: the first character that is not a digit, or how many digits
    /// there are (with the `000` completion when there are 23).
    public static func problem(_ text: String) -> LocalizedText {
        if let wrong = DigitString.firstNonDigit(text) { return wrong }
        let count = text.utf8.count
        if count == mainEmployerLength {
            return .t("23 rakam var; ana işverenin 23 haneli numarasının sonuna 000 eklenir",
                      "it has 23 digits; a main employer's 23-digit number is completed with 000")
        }
        return .t("\(count) rakam var", "it has \(count) digits")
    }
}

/// The reference number from the nearest Turkish consulate, for a foreigner abroad
/// without a foreign identity number: 16 digits (e-İzin FAQ 10, medium confidence).
public enum ConsulateReference {
    public static let length = 16

    public static func isValid(_ text: String) -> Bool {
        asciiDigits(text)?.count == length
    }

    public static func problem(_ text: String) -> LocalizedText {
        DigitString.firstNonDigit(text) ?? .t("\(text.utf8.count) rakam var", "it has \(text.utf8.count) digits")
    }
}

/// Words for a string of digits that is not one.
enum DigitString {
    /// "5. karakter "O" rakam değil" for the first character that is not an ASCII digit
    /// (counted in characters as a reader counts them), or nil when all are digits.
    static func firstNonDigit(_ text: String) -> LocalizedText? {
        for (i, character) in text.enumerated() where !(character.isASCII && character.isWholeNumber) {
            let shown = character.isWhitespace ? (character == " " ? "boşluk" : "boşluk karakteri") : "\"\(character)\""
            let shownEn = character.isWhitespace ? "a space" : "\"\(character)\""
            return .t("\(i + 1). karakter (\(shown)) rakam değil", "character \(i + 1) (\(shownEn)) is not a digit")
        }
        return nil
    }
}
