import JSONSchema

/// One application kind, described once: the emitted schema, the rule list, the validator
/// and the site's form page all come from here.
public struct FormDefinition: Sendable {
    public let kind: FormKind
    public let title: LocalizedText
    public let description: LocalizedText
    /// The guide page section the whole form follows.
    public let guide: GuideLink
    /// The form's own members (`kind` and `$schema` are added by `rootFields`).
    public let fields: [Field]
    /// Cross-field rules and identifier checks written for this form.
    public let checks: [RuleCheck]

    public init(kind: FormKind, title: LocalizedText, description: LocalizedText, guide: GuideLink,
                fields: [Field], checks: [RuleCheck]) {
        self.kind = kind
        self.title = title
        self.description = description
        self.guide = guide
        self.fields = fields
        self.checks = checks
    }

    /// The members every application file may have first: `$schema` (naming the form's
    /// schema) and `kind`.
    public var rootFields: [Field] {
        [
            Field("$schema", .t("Şema", "Schema"),
                  help: .t("Bu dosyanın şemasının adresi; başvuru türünü belirtir.", "The URI of this file's schema; names the application kind."),
                  .text(TextFormat(hint: .t("bir URI", "a URI"))), .optional),
            Field("kind", .t("Başvuru türü", "Application kind"),
                  help: .t("Başvuru türünün kimliği.", "The application kind's id."),
                  .constant(kind.rawValue), .optional),
        ] + fields
    }

    /// The whole form as one object field, for walking.
    public var root: Field {
        Field("", title, help: description, guide: guide, .object(rootFields))
    }

    /// Every check: the written ones, then those every date and file field gets.
    public var allChecks: [RuleCheck] { checks + generatedChecks }

    /// Checks implied by field types: every date must be a real date; every file must stay
    /// in the folder, exist, not be empty, and have the right type and size.
    var generatedChecks: [RuleCheck] {
        var out: [RuleCheck] = []
        for (path, field) in fieldsWithPaths() {
            let p = path.description
            if case .requiredWhen(let conditions) = field.presence, let parent = path.parent {
                // Present although its branch is not chosen: the portal would never ask for it.
                let chosen = Expression.all(conditions.map { .compare(.eq, .field(parent.appending($0.field).description), .constant($0.equals)) })
                out.append(RuleCheck("field-outside-branch", at: p, when: .exists(path), assert: chosen))
            }
            switch field.type {
            case .date:
                out.append(RuleCheck("calendar-date", at: p, assert: .check(.calendarDate, p)))
            case .file(let kind):
                out.append(RuleCheck("file-inside-folder", at: p, assert: .check(.fileInsideFolder, p)))
                out.append(RuleCheck("file-exists", at: p, assert: .check(.fileExists, p)))
                out.append(RuleCheck("file-not-empty", at: p, assert: .check(.fileNotEmpty, p)))
                switch kind {
                case .photo:
                    out.append(RuleCheck("photo-file-type", at: p,
                                         assert: .check(.fileType, p, CheckArgument("types", .strings(["jpeg", "png", "gif"])))))
                case .document:
                    out.append(RuleCheck("document-file-type", at: p,
                                         assert: .check(.fileType, p, CheckArgument("types", .strings(["pdf"])))))
                    out.append(RuleCheck("document-file-size", at: p,
                                         assert: .check(.fileMaxBytes, p, CheckArgument("max", .int(FileRules.maxDocumentBytes)))))
                }
            default:
                break
            }
        }
        return out
    }

    /// Every field with its path (`*` for array elements), depth first in definition order.
    public func fieldsWithPaths() -> [(FieldPath, Field)] {
        var out: [(FieldPath, Field)] = []
        func walk(_ type: FieldType, _ path: FieldPath, _ field: Field) {
            switch type {
            case .object(let members):
                for member in members {
                    let p = path.appending(member.name)
                    out.append((p, member))
                    walk(member.type, p, member)
                }
            case .array(let item, _, _):
                let p = path.appending("*")
                let element = Field(field.name, field.label, help: field.help, guide: field.guide, item, .required)
                if case .object = item {} else { out.append((p, element)) }
                walk(item, p, element)
            default:
                break
            }
        }
        walk(root.type, FieldPath(tokens: []), root)
        return out
    }

    /// The field at a generalised path (array indices as `*`), with the guide link it
    /// inherits; the root for the empty path.
    public func field(at path: FieldPath) -> (field: Field, guide: GuideLink)? {
        var current = root
        var guide = guide
        for token in path.tokens {
            switch current.type {
            case .object(let members):
                guard let next = members.first(where: { $0.name == token }) else { return nil }
                current = next
            case .array(let item, _, _) where token == "*":
                current = Field(current.name, current.label, help: current.help, guide: current.guide, item, .required)
            default:
                return nil
            }
            if let g = current.guide { guide = g }
        }
        return (current, guide)
    }
}
