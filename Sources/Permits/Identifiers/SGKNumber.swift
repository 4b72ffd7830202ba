/// The SGK workplace registration number (işyeri sicil numarası) as e-İzin asks for it:
/// 26 digits; a main employer's 23-digit number is completed with `000` (e-İzin FAQ 45).
/// No public algorithm for its check digits exists, so only length and digits are checked.
public enum SGKNumber {
    public static let length = 26
    public static let mainEmployerLength = 23

    public enum Finding: String, Sendable {
        case valid
        /// 23 digits: a main employer's number without the `000` subcontractor suffix.
        case missingSubcontractorSuffix
        case notTwentySixDigits
    }

    public static func check(_ text: String) -> Finding {
        guard let digits = asciiDigits(text) else { return .notTwentySixDigits }
        switch digits.count {
        case length: return .valid
        case mainEmployerLength: return .missingSubcontractorSuffix
        default: return .notTwentySixDigits
        }
    }

    /// A 23-digit main-employer number completed to 26 digits; other input unchanged.
    public static func completed(_ text: String) -> String {
        check(text) == .missingSubcontractorSuffix ? text + "000" : text
    }
}

/// The reference number from the nearest Turkish consulate, for a foreigner abroad
/// without a foreign identity number: 16 digits (e-İzin FAQ 10).
public enum ConsulateReference {
    public static let length = 16

    public static func isValid(_ text: String) -> Bool {
        asciiDigits(text)?.count == length
    }
}
