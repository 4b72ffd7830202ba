import JSONSchema

/// One field of an application form: its JSON key, labels, the guide step that explains
/// it, its type and constraints, and when it is required.
public struct Field: Sendable, Hashable {
    /// Stable English camelCase JSON key.
    public let name: String
    public let label: LocalizedText
    public let help: LocalizedText?
    /// The guide step that explains the field; nil inherits the enclosing object's.
    public let guide: GuideLink?
    public let type: FieldType
    public let presence: Presence

    public init(_ name: String, _ label: LocalizedText, help: LocalizedText? = nil, guide: GuideLink? = nil,
                _ type: FieldType, _ presence: Presence = .required) {
        self.name = name
        self.label = label
        self.help = help
        self.guide = guide
        self.type = type
        self.presence = presence
    }
}

extension Field {
    /// The same field with another presence (a shared field that one form makes optional).
    func with(presence: Presence) -> Field {
        Field(name, label, help: help, guide: guide, type, presence)
    }
}

/// When a field must be present.
public enum Presence: Sendable, Hashable {
    case required
    case optional
    /// Required when every condition on a sibling field holds: an eligibility branch.
    case requiredWhen([Condition])
}

/// A sibling field having a given value (the branch discriminators).
public struct Condition: Sendable, Hashable {
    public let field: String
    public let equals: JSONValue
    public init(_ field: String, _ equals: JSONValue) {
        self.field = field
        self.equals = equals
    }
}

/// What a field holds.
public indirect enum FieldType: Sendable, Hashable {
    case object([Field])
    case array(of: FieldType, minItems: Int?, minItemsRule: String?)
    case text(TextFormat)
    /// A date, written YYYY-MM-DD (the site shows GG/AA/YYYY).
    case date
    case boolean
    /// A number greater than zero (an amount of money).
    case positiveNumber
    /// One of the portal's own options (a button, Evet/Hayır, a fixed list the guide shows).
    case choice([Choice])
    /// Free text with suggested values: a list the portal has but the guide does not show
    /// (education level, position...). Any non-empty text is accepted; a suggestion's value
    /// is shown with its label.
    case suggested([Choice])
    /// A path to a file, relative to the application file's folder.
    case file(FileKind)
    /// Exactly this string (the `kind` member).
    case constant(String)
}

/// Constraints of a text field. `rule` names the catalogue rule that explains a pattern
/// failure; a pattern needs one, and that rule must be an error (the schema carries only
/// what the portal would refuse: docs/rules.md). `hint` says what is expected.
public struct TextFormat: Sendable, Hashable {
    public var pattern: String?
    public var minLength: Int
    public var maxLength: Int?
    public var format: String?
    public var rule: String?
    public var hint: LocalizedText?

    public init(pattern: String? = nil, minLength: Int = 1, maxLength: Int? = nil, format: String? = nil,
                rule: String? = nil, hint: LocalizedText? = nil) {
        self.pattern = pattern
        self.minLength = minLength
        self.maxLength = maxLength
        self.format = format
        self.rule = rule
        self.hint = hint
    }

    /// Free text, at least one character.
    public static let plain = TextFormat(hint: LocalizedText(tr: "boş olmayan bir metin", en: "a non-empty text"))
}

/// One option of a choice field: its JSON value and its label as the portal shows it.
public struct Choice: Sendable, Hashable {
    public let value: String
    public let label: LocalizedText
    public init(_ value: String, _ label: LocalizedText) {
        self.value = value
        self.label = label
    }
}

/// Which rules a file field gets.
public enum FileKind: String, Sendable, Hashable {
    /// The biometric photo: JPEG, PNG or GIF.
    case photo
    /// An uploaded document: PDF, at most 2 MB.
    case document
}

extension LocalizedText {
    /// Shorthand for the form definitions.
    static func t(_ tr: String, _ en: String) -> LocalizedText { LocalizedText(tr: tr, en: en) }
}
