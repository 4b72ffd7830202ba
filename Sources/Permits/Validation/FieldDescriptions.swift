/// What a field expects, in words, for the schema-level messages.
extension FieldType {
    var expectation: LocalizedText {
        switch self {
        case .object: return .t("bir nesne ({…})", "an object ({…})")
        case .array: return .t("bir liste ([…])", "a list ([…])")
        case .text(let format): return format.hint ?? .t("bir metin", "a string")
        case .date: return .t("YYYY-AA-GG biçiminde bir tarih (ör. 2025-09-01)", "a date written YYYY-MM-DD (e.g. 2025-09-01)")
        case .boolean: return .t("true ya da false", "true or false")
        case .positiveNumber: return .t("sıfırdan büyük bir sayı", "a number greater than zero")
        case .choice(let choices):
            return LocalizedText(
                tr: choices.map { "\"\($0.value)\" (\($0.label.tr))" }.joined(separator: ", "),
                en: choices.map { "\"\($0.value)\" (\($0.label.en))" }.joined(separator: ", "))
        case .file: return .t("bir dosya yolu (metin)", "a file path (string)")
        case .constant(let value): return .t("\"\(value)\"", "\"\(value)\"")
        }
    }

    /// The type alone, for `wrong-type`.
    var typeName: LocalizedText {
        switch self {
        case .object: return .t("bir nesne ({…})", "an object ({…})")
        case .array: return .t("bir liste ([…])", "a list ([…])")
        case .text, .date, .file, .choice, .constant: return .t("bir metin (\"…\")", "a string (\"…\")")
        case .boolean: return .t("true ya da false", "true or false")
        case .positiveNumber: return .t("bir sayı", "a number")
        }
    }
}
