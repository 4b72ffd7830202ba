import CivilDates
import JSONSchema

/// One thing the validator reports about an application: which rule, where (JSON Pointer
/// and source position), the field's label and the message in both languages, and the
/// guide step that explains it.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    /// The value the finding is about; for a missing field, the object that lacks it.
    public var pointer: FieldPath
    /// For a missing or unknown field: its member name.
    public var member: String?
    public var label: LocalizedText
    public var message: LocalizedText
    public var guide: GuideLink
    /// Where `pointer` (or, for an unknown field, its key) stands in the file.
    public var position: SourcePosition?
    /// Set on a summary line, which is not a finding itself but stands for this many more
    /// findings of the same rule at the same field pattern (`pointer`, array indices as
    /// `*`), beyond the first `ApplicationValidator.shownPerPattern` listed; `message` then
    /// says "and 999,990 more like this". nil on an ordinary finding.
    public var more: Int?

    public init(rule: String, severity: Severity, pointer: FieldPath, member: String? = nil, label: LocalizedText,
                message: LocalizedText, guide: GuideLink, position: SourcePosition? = nil) {
        self.rule = rule
        self.severity = severity
        self.pointer = pointer
        self.member = member
        self.label = label
        self.message = message
        self.guide = guide
        self.position = position
    }

    /// The field the finding is about, as a reader names it: for a missing member its own
    /// pointer (`/photo`), where `pointer` is the object that lacks it (`""` at the top).
    public var fieldPointer: FieldPath {
        guard let member, pointer.tokens.last != member else { return pointer }
        return pointer.appending(member)
    }

    /// Identity for removing duplicates: the schema and a rule may both see one problem.
    var key: String { "\(rule)\u{0}\(pointer)\u{0}\(member ?? "")" }

    /// File order: by position, then pointer, then rule id.
    static func fileOrder(_ a: Finding, _ b: Finding) -> Bool {
        let pa = a.position?.offset ?? Int.max, pb = b.position?.offset ?? Int.max
        if pa != pb { return pa < pb }
        if a.pointer != b.pointer { return a.pointer < b.pointer }
        if a.rule != b.rule { return a.rule < b.rule }
        return (a.member ?? "") < (b.member ?? "")
    }
}

/// How to validate: the date that counts as today, and whether the file is a draft.
public struct ValidationSettings: Sendable {
    public var today: CivilDate
    /// A draft (Taslak Olarak Kaydet): missing fields and the declaration are not required,
    /// but what is present is checked.
    public var draft: Bool

    public init(today: CivilDate, draft: Bool = false) {
        self.today = today
        self.draft = draft
    }
}
