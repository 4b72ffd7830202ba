import JSONSchema

/// Turns the schema validator's leaf errors into findings with the field's label, a
/// localised message and a guide link. The rule is the field's own (`sgk-number`,
/// `calendar-date`...) when it has one, else a generic schema rule.
struct SchemaErrorMapper {
    let form: FormDefinition
    let context: EvaluationContext
    var instance: JSONValue { context.instance }

    func findings(for error: ValidationError) -> [Finding] {
        let path = FieldPath(error.instanceLocation)
        let general = path.generalized(in: instance)
        let located = form.field(at: general)
        switch error.keyword {
        case "required":
            return missingMembers(error, at: general).map { name in
                let member = form.field(at: general.appending(name))
                return finding("required-field", at: path, member: name,
                               label: member?.field.label ?? .t(name, name),
                               guide: member?.guide ?? located?.guide, values: ["name": name])
            }
        case "additionalProperties", "unevaluatedProperties":
            // The validator may point at the unknown member itself or at its object.
            let memberPaths: [FieldPath] = located == nil
                ? [path]
                : unknownMembers(at: path, general: general).map { path.appending($0) }
            return memberPaths.map { memberPath in
                let name = memberPath.tokens.last ?? ""
                let parent = memberPath.parent.flatMap { form.field(at: $0.generalized(in: instance)) }
                return finding("unknown-field", at: memberPath, member: name,
                               label: .t(name, name), guide: parent?.guide, values: ["name": name])
            }
        default:
            break
        }
        // The validator gave up on the value (a pattern past the regex engine's limit): no
        // verdict on the value, so not the field's own rule, and not the applicant's error.
        if error.isUndecided {
            let label = located?.field.label ?? .t(path.description, path.description)
            return [finding("value-not-checked", at: path, label: label, guide: located?.guide,
                            localizedAllowed: located?.field.type.expectation ?? .same(error.message))]
        }
        guard let (field, guide) = located else {
            return [finding("invalid-format", at: path, label: .t(path.description, path.description), guide: nil,
                            values: ["allowed": error.message])]
        }
        let actual = path.resolve(in: instance).map { EvaluatedValue.json($0).description } ?? ""
        switch error.keyword {
        case "type":
            return [finding("wrong-type", at: path, label: field.label, guide: guide, localizedAllowed: field.type.typeName)]
        case "enum", "const":
            return [finding("not-allowed-value", at: path, label: field.label, guide: guide, localizedAllowed: field.type.expectation)]
        default:
            let ruleID = specificRule(field.type, keyword: error.keyword) ?? "invalid-format"
            var values: [String: LocalizedText] = ["actual": .same(actual)]
            values.merge(checkValues(ruleID, at: path, general: general), uniquingKeysWith: { $1 })
            return [finding(ruleID, at: path, label: field.label, guide: guide, localizedAllowed: field.type.expectation,
                            localized: values)]
        }
    }

    /// What the rule's own named check says about the value (`{reason}` for a date or an SGK
    /// number), so that a schema finding reads like the rule's.
    func checkValues(_ ruleID: String, at path: FieldPath, general: FieldPath) -> [String: LocalizedText] {
        guard let check = form.allChecks.first(where: { $0.rule == ruleID && $0.at == general }),
              case .check(let named, _, let arguments) = check.assert,
              let value = path.resolve(in: instance),
              let result = NamedCheckEvaluator(context: context).evaluate(named, value, arguments) else { return [:] }
        return result.values
    }

    /// The rule a field names for its own constraint failures.
    func specificRule(_ type: FieldType, keyword: String) -> String? {
        if case .array = type, keyword != "minItems" { return nil }
        return Self.ownRule(type)
    }

    /// The rule a field's constraint failures (pattern, length, format, minItems) are
    /// reported as, when it names one; else `invalid-format`.
    static func ownRule(_ type: FieldType) -> String? {
        switch type {
        case .date: return "calendar-date"
        case .text(let format): return format.rule
        case .array(_, _, let rule): return rule
        default: return nil
        }
    }

    /// The names a `required` failure is about: from the error's details, else worked out
    /// from the definition.
    func missingMembers(_ error: ValidationError, at general: FieldPath) -> [String] {
        switch error.details["missing"] {
        case .array(let items)?:
            let names = items.compactMap(\.stringValue)
            if !names.isEmpty { return names }
        case .string(let name)?:
            return [name]
        default:
            break
        }
        let path = FieldPath(error.instanceLocation)
        guard case .object(let members)? = form.field(at: general)?.field.type,
              let object = path.resolve(in: instance) else { return [] }
        return members.filter { member in
            guard object[member: member.name] == nil else { return false }
            switch member.presence {
            case .required: return true
            case .optional: return false
            case .requiredWhen(let conditions): return conditions.allSatisfy { object[member: $0.field] == $0.equals }
            }
        }.map(\.name)
    }

    /// Members of the object at `path` that its definition does not have.
    func unknownMembers(at path: FieldPath, general: FieldPath) -> [String] {
        guard case .object(let known)? = form.field(at: general)?.field.type,
              let members = path.resolve(in: instance)?.members else { return [] }
        let names = Set(known.map(\.name))
        return members.map(\.0).filter { !names.contains($0) }
    }

    private func finding(_ ruleID: String, at path: FieldPath, member: String? = nil, label: LocalizedText,
                         guide: GuideLink?, localizedAllowed: LocalizedText? = nil, values: [String: String] = [:],
                         localized: [String: LocalizedText] = [:]) -> Finding {
        let rule = RuleCatalog.require(ruleID)
        var message = rule.message.filled(values).filled(localized)
        if let allowed = localizedAllowed {
            message = LocalizedText(tr: message.tr.replacingOccurrences(of: "{allowed}", with: allowed.tr),
                                    en: message.en.replacingOccurrences(of: "{allowed}", with: allowed.en))
        }
        let link = rule.linksToField ? (guide ?? rule.guide) : rule.guide
        return Finding(rule: ruleID, severity: rule.severity, pointer: path, member: member, label: label,
                       message: message, guide: link)
    }
}
