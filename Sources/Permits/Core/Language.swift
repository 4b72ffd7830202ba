/// The two languages of the guide, its forms and the validator's messages.
public enum Language: String, Sendable, CaseIterable, Codable {
    case tr, en

    /// The language named by the POSIX locale environment: the first non-empty of LC_ALL,
    /// LC_MESSAGES and LANG decides (POSIX precedence); a value starting with "tr" means
    /// Turkish, anything else (or nothing) English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("tr") ? .tr : .en
            }
        }
        return .en
    }
}

/// A text in Turkish and English.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var tr: String
    public var en: String

    public init(tr: String, en: String) {
        self.tr = tr
        self.en = en
    }

    public subscript(_ language: Language) -> String {
        switch language {
        case .tr: tr
        case .en: en
        }
    }

    /// The same text in both languages (a number, a date, a code).
    public static func same(_ text: String) -> LocalizedText { LocalizedText(tr: text, en: text) }

    /// Replaces `{name}` placeholders with localised values.
    public func filled(_ values: [String: LocalizedText]) -> LocalizedText {
        var out = self
        for (key, value) in values {
            out.tr = out.tr.replacingOccurrences(of: "{\(key)}", with: value.tr)
            out.en = out.en.replacingOccurrences(of: "{\(key)}", with: value.en)
        }
        return out
    }

    /// Replaces `{name}` placeholders in both languages.
    public func filled(_ values: [String: String]) -> LocalizedText {
        func fill(_ s: String) -> String {
            var out = s
            for (key, value) in values { out = out.replacingOccurrences(of: "{\(key)}", with: value) }
            return out
        }
        return LocalizedText(tr: fill(tr), en: fill(en))
    }
}
