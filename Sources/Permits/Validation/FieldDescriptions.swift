/// What a field expects, in words, for the schema-level messages.
extension FieldType {
    /// A field that holds one value (not an object or a list).
    var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    var expectation: LocalizedText {
        switch self {
        case .object: return .t("bir nesne ({…})", "an object ({…})")
        case .array: return .t("bir liste ([…])", "a list ([…])")
        case .text(let format): return format.hint ?? .t("bir metin", "a string")
        case .date: return .t("YYYY-AA-GG biçiminde bir tarih (ör. 2025-09-01)", "a date written YYYY-MM-DD (e.g. 2025-09-01)")
        case .boolean: return .t("Evet (true) ya da Hayır (false)", "Yes (true) or No (false)")
        case .positiveNumber: return .t("sıfırdan büyük bir sayı", "a number greater than zero")
        case .suggested: return .t("boş olmayan bir metin", "a non-empty text")
        case .choice(let choices):
            return LocalizedText(
                tr: choices.map { "\"\($0.value)\" (\($0.label.tr))" }.joined(separator: ", "),
                en: choices.map { "\"\($0.value)\" (\($0.label.en))" }.joined(separator: ", "))
        case .file: return .t("bir dosya yolu (metin)", "a file path (string)")
        case .constant(let value): return .t("\"\(value)\"", "\"\(value)\"")
        }
    }

    /// The type, for `wrong-type`: with the choices or the date's form where they help, since
    /// a value of the wrong type gets no other finding.
    var typeName: LocalizedText {
        switch self {
        case .object: return .t("bir nesne ({…})", "an object ({…})")
        case .array: return .t("bir liste ([…])", "a list ([…])")
        case .date: return .t("YYYY-AA-GG biçiminde bir tarih metni (ör. \"2025-09-01\")", "a date string written YYYY-MM-DD (e.g. \"2025-09-01\")")
        case .choice(let choices):
            func list(_ language: Language, _ or: String) -> String {
                let items = choices.map { "\"\($0.value)\" (\($0.label[language]))" }
                return items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " \(or) " + items.last!
            }
            return .t("\(list(.tr, "ya da")) metinlerinden biri", "one of the strings \(list(.en, "or"))")
        case .file: return .t("bir dosya yolu (metin)", "a file path (a string)")
        case .text, .constant, .suggested: return .t("bir metin (\"…\")", "a string (\"…\")")
        case .boolean: return .t("Evet (true) ya da Hayır (false), tırnaksız", "Yes (true) or No (false), without quotes")
        case .positiveNumber: return .t("bir sayı", "a number")
        }
    }
}
