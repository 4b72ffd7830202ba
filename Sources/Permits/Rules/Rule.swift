import Foundation
import JSONSchema

/// How much a finding matters. An error only where the ministry's system would refuse the
/// value (the guide, the calendar, a checksum, the portal's stated input format, or a file
/// that cannot be read as the form); everything else is a warning whose message says why
/// (docs/rules.md, "Severity follows the source").
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    case error, warning
}

/// Where a rule is checked: by the emitted JSON Schema (a keyword failure mapped to this
/// rule) or by the rule interpreter after the schema.
public enum RuleStage: String, Sendable, Hashable, Codable {
    case schema, rules
}

/// One entry of the rule catalogue: what the site's rules page lists, and what every
/// finding names.
public struct Rule: Sendable, Hashable, Identifiable {
    /// Stable kebab-case id, e.g. `passport-expiry-60-days`. Never reused or renamed.
    public let id: String
    public let severity: Severity
    public let stage: RuleStage
    /// Where the rule comes from (the guide's section, the law, the FAQ item...) and on
    /// what basis, which decides the severity it may have.
    public let source: RuleSource
    public let title: LocalizedText
    /// The finding's message; may use `{left}`, `{right}` (the compared values),
    /// `{actual}` (what a check found), `{name}` (a member name) and `{allowed}`.
    public let message: LocalizedText
    public let guide: GuideLink
    /// False for rules about completeness, which a draft (Taslak Olarak Kaydet) need not meet.
    public let appliesToDrafts: Bool
    /// For rules that apply to many fields (dates, files, required fields): a finding links
    /// to its field's own guide step, and `guide` is only the catalogue's general pointer.
    public let linksToField: Bool

    public init(id: String, severity: Severity, stage: RuleStage = .rules, source: RuleSource,
                title: LocalizedText, message: LocalizedText, guide: GuideLink, appliesToDrafts: Bool = true,
                linksToField: Bool = false) {
        self.id = id
        self.severity = severity
        self.stage = stage
        self.source = source
        self.title = title
        self.message = message
        self.guide = guide
        self.appliesToDrafts = appliesToDrafts
        self.linksToField = linksToField
    }

    /// The message as the catalogue shows it, with each placeholder as "…".
    public var catalogueMessage: LocalizedText {
        func blank(_ text: String) -> String {
            text.replacingOccurrences(of: #"\{[a-z]+\}"#, with: "…", options: .regularExpression)
        }
        return LocalizedText(tr: blank(message.tr), en: blank(message.en))
    }

    /// The catalogue entry as JSON (for the site's rules page and the browser).
    public var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("severity", .string(severity.rawValue)),
            ("stage", .string(stage.rawValue)),
            ("appliesToDrafts", .bool(appliesToDrafts)),
            ("linksToField", .bool(linksToField)),
            ("title", title.json),
            ("message", message.json),
            ("source", source.text.json),
            ("basis", .string(source.basis.rawValue)),
            ("guide", guide.json),
        ])
    }
}

/// One use of a rule in a form: where its finding points, when it applies, and what must
/// hold. A `*` in `at` repeats the check for every element of that array.
public struct RuleCheck: Sendable, Hashable {
    public let rule: String
    public let at: FieldPath
    public let when: Expression?
    public let assert: Expression

    public init(_ rule: String, at: String, when: Expression? = nil, assert: Expression) {
        self.rule = rule
        self.at = FieldPath(at)
        self.when = when
        self.assert = assert
    }

    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("rule", .string(rule)), ("at", .string(at.description))]
        if let when { pairs.append(("when", when.json)) }
        pairs.append(("assert", assert.json))
        return .object(pairs)
    }
}
