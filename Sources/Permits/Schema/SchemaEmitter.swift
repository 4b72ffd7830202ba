import CivilDates
import JSONSchema

/// Turns a form definition into a JSON Schema draft 2020-12 document.
///
/// Titles and descriptions are English (JSON Schema has one of each). What a form page needs
/// besides travels as annotations, which validators ignore: `x-label` and `x-help` (tr/en),
/// `x-guide` (page#anchor), `x-options` (each choice's value and tr/en label), `x-suggestions`
/// (the same for a free-text field's suggested values, also given as `examples`) and `x-file`
/// (`photo` or `document`), `x-rule` (the rule a constraint failure is reported as) and
/// `x-hint` (what is expected, tr/en). Eligibility branches become `allOf` of `if`/`then` on the discriminators, so a
/// missing branch field is reported as that field, never as "valid under none of oneOf".
public enum SchemaEmitter {
    public static let metaSchema = "https://json-schema.org/draft/2020-12/schema"

    public static func schema(for form: FormDefinition) -> JSONValue {
        guard case .object(let pairs) = objectSchema(form.root, members: form.rootFields, inheritedGuide: form.guide) else {
            preconditionFailure("a form's root is an object")
        }
        var out: [(String, JSONValue)] = [
            ("$schema", .string(metaSchema)),
            ("$id", .string(form.kind.schemaID)),
        ]
        out += pairs.map { ($0.key, $0.value) }
        return .object(out)
    }

    static func fieldSchema(_ field: Field, inheritedGuide: GuideLink) -> JSONValue {
        let guide = field.guide ?? inheritedGuide
        switch field.type {
        case .object(let members):
            return objectSchema(field, members: members, inheritedGuide: guide)
        case .array(let item, let minItems, _):
            let element = Field(field.name, field.label, help: nil, guide: guide, item, .required)
            var pairs = annotations(field, guide: guide) + [("type", .string("array")), ("items", itemSchema(element, guide: guide))]
            if let minItems { pairs.append(("minItems", .int(minItems))) }
            return .object(pairs)
        default:
            return .object(annotations(field, guide: guide) + constraints(field.type))
        }
    }

    /// Array items carry only their constraints: the array's annotations say what they are.
    static func itemSchema(_ element: Field, guide: GuideLink) -> JSONValue {
        if case .object(let members) = element.type {
            return objectSchema(nil, members: members, inheritedGuide: guide)
        }
        return .object(constraints(element.type))
    }

    static func objectSchema(_ field: Field?, members: [Field], inheritedGuide: GuideLink) -> JSONValue {
        var pairs: [(String, JSONValue)] = field.map { annotations($0, guide: inheritedGuide) } ?? []
        pairs.append(("type", .string("object")))
        pairs.append(("properties", .object(members.map { ($0.name, fieldSchema($0, inheritedGuide: inheritedGuide)) })))
        let required = members.filter { $0.presence == .required }.map(\.name)
        if !required.isEmpty { pairs.append(("required", .strings(required))) }
        pairs.append(("additionalProperties", .bool(false)))
        let branches = conditionalRequirements(members)
        if !branches.isEmpty { pairs.append(("allOf", .array(branches))) }
        return .object(pairs)
    }

    /// One `if`/`then` per distinct condition set, in definition order.
    static func conditionalRequirements(_ members: [Field]) -> [JSONValue] {
        var groups: [([Condition], [String])] = []
        for member in members {
            guard case .requiredWhen(let conditions) = member.presence else { continue }
            if let i = groups.firstIndex(where: { $0.0 == conditions }) {
                groups[i].1.append(member.name)
            } else {
                groups.append((conditions, [member.name]))
            }
        }
        return groups.map { conditions, names in
            .object([
                ("if", .object([
                    ("properties", .object(conditions.map { ($0.field, .object([("const", $0.equals)])) })),
                    ("required", .strings(conditions.map(\.field))),
                ])),
                ("then", .object([("required", .strings(names))])),
            ])
        }
    }

    static func annotations(_ field: Field, guide: GuideLink) -> [(String, JSONValue)] {
        var description = field.help?.en ?? ""
        switch field.type {
        case .choice(let choices):
            let options = choices.map { "\($0.value) = \($0.label.en)" }.joined(separator: "; ")
            description += (description.isEmpty ? "" : " ") + "Options: \(options)."
        case .suggested(let choices):
            let options = choices.map { "\($0.value) = \($0.label.en)" }.joined(separator: "; ")
            description += (description.isEmpty ? "" : " ") + "Any text; suggestions: \(options)."
        default:
            break
        }
        description += (description.isEmpty ? "" : " ") + "Guide: \(guide)."
        var pairs: [(String, JSONValue)] = [
            ("title", .string(field.label.en)),
            ("description", .string(description)),
            ("x-label", field.label.json),
        ]
        if let help = field.help { pairs.append(("x-help", help.json)) }
        pairs.append(("x-guide", .string(guide.description)))
        // What a constraint failure is reported as, and what to write instead, so that the
        // browser words a schema finding as `eizin validate` does.
        if let rule = SchemaErrorMapper.ownRule(field.type) { pairs.append(("x-rule", .string(rule))) }
        if field.type.isScalar { pairs.append(("x-hint", field.type.expectation.json)) }
        switch field.type {
        case .choice(let choices):
            pairs.append(("x-options", .array(choices.map { .object([("value", .string($0.value)), ("label", $0.label.json)]) })))
        case .suggested(let choices):
            // Suggestions only: `examples` lets JSON editors offer them; nothing restricts the value.
            pairs.append(("examples", .strings(choices.map(\.value))))
            pairs.append(("x-suggestions", .array(choices.map { .object([("value", .string($0.value)), ("label", $0.label.json)]) })))
        case .file(let kind):
            pairs.append(("x-file", .string(kind.rawValue)))
        default:
            break
        }
        return pairs
    }

    static func constraints(_ type: FieldType) -> [(String, JSONValue)] {
        switch type {
        case .object, .array:
            preconditionFailure("handled by the caller")
        case .text(let format):
            var pairs: [(String, JSONValue)] = [("type", .string("string")), ("minLength", .int(format.minLength))]
            if let max = format.maxLength { pairs.append(("maxLength", .int(max))) }
            if let pattern = format.pattern { pairs.append(("pattern", .string(pattern))) }
            if let f = format.format { pairs.append(("format", .string(f))) }
            return pairs
        case .date:
            return [("type", .string("string")), ("format", .string("date")), ("pattern", .string(CivilDate.isoPattern))]
        case .boolean:
            return [("type", .string("boolean"))]
        case .positiveNumber:
            return [("type", .string("number")), ("exclusiveMinimum", .int(0))]
        case .choice(let choices):
            return [("type", .string("string")), ("enum", .strings(choices.map(\.value)))]
        case .suggested:
            return [("type", .string("string")), ("minLength", .int(1))]
        case .file:
            return [("type", .string("string")), ("minLength", .int(1))]
        case .constant(let value):
            return [("const", .string(value))]
        }
    }
}
