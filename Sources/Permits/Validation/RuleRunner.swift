import JSONSchema

/// Runs a form's rule checks through the interpreter and words the failures.
///
/// A value that is already reported as malformed feeds no other rule: first the schema's
/// findings and the `calendar-date` checks mark their values unreadable, then every other
/// check runs with those values unknown. A check may still read a value that only its own
/// rule reported (the schema's `sgk-number` pattern and the `sgk-number` check), so that the
/// rule's better-worded finding replaces the schema's.
struct RuleRunner {
    let form: FormDefinition
    let context: EvaluationContext
    let settings: ValidationSettings

    /// The rule whose failures make a value unreadable for every other rule.
    static let valueRules: Set<String> = ["calendar-date"]

    func findings(after schemaFindings: [Finding] = []) -> [Finding] {
        let checks = form.allChecks.filter { check in
            !(settings.draft && RuleCatalog.require(check.rule).appliesToDrafts == false)
        }
        // Value findings point at the value itself (no member): the wrong type, an unusable
        // date, a pattern failure. A missing or unknown member says nothing about a value.
        var reported: [FieldPath: Set<String>] = [:]
        for finding in schemaFindings where finding.member == nil { reported[finding.pointer, default: []].insert(finding.rule) }
        let first = run(checks.filter { Self.valueRules.contains($0.rule) }, reported: reported)
        for finding in first { reported[finding.pointer, default: []].insert(finding.rule) }
        return first + run(checks.filter { !Self.valueRules.contains($0.rule) }, reported: reported)
    }

    private func run(_ checks: [RuleCheck], reported: [FieldPath: Set<String>]) -> [Finding] {
        var out: [Finding] = []
        for check in checks {
            let rule = RuleCatalog.require(check.rule)
            var context = self.context
            context.unreadable = Set(reported.compactMap { $0.value.subtracting([rule.id]).isEmpty ? nil : $0.key })
            let evaluator = RuleInterpreter(context)
            for at in check.at.expand(in: context.instance) {
                let when = check.when?.binding(check.at, to: at)
                let assertion = check.assert.binding(check.at, to: at)
                if let when, evaluator.evaluate(when)?.bool != true { continue }
                guard evaluator.evaluate(assertion)?.bool == false else { continue }
                let general = at.generalized(in: context.instance)
                let located = form.field(at: general)
                let label = located?.field.label ?? .t(at.description, at.description)
                let guide = rule.linksToField ? (located?.guide ?? rule.guide) : rule.guide
                out.append(Finding(rule: rule.id, severity: rule.severity, pointer: at, label: label,
                                   message: rule.message.filled(explain(assertion, evaluator)), guide: guide))
            }
        }
        return out
    }

    /// The values a failed assertion's message may quote: the first failing comparison's
    /// sides, or what a check found.
    func explain(_ expression: Expression, _ evaluator: RuleInterpreter) -> [String: LocalizedText] {
        switch expression {
        case .compare(_, let a, let b):
            // A constant is shown as the field it is compared with shows its values.
            let field = [a, b].lazy.compactMap(\.readField).first
            return ["left": describe(a, evaluator, as: a.readField ?? field),
                    "right": describe(b, evaluator, as: b.readField ?? field)]
        case .all(let items), .any(let items):
            for item in items where evaluator.evaluate(item)?.bool == false {
                let values = explain(item, evaluator)
                if !values.isEmpty { return values }
            }
            return [:]
        case .check(let check, let path, let arguments):
            guard let value = path.resolve(in: context.instance),
                  let result = NamedCheckEvaluator(context: context).evaluate(check, value, arguments) else { return [:] }
            var values = result.values
            if values["actual"] == nil { values["actual"] = .same(EvaluatedValue.json(value).description) }
            return values
        default:
            return [:]
        }
    }

    /// A value as the form shows it: a choice by its label, yes/no as Evet/Hayır.
    func describe(_ expression: Expression, _ evaluator: RuleInterpreter, as field: FieldPath?) -> LocalizedText {
        guard let value = evaluator.evaluate(expression) else { return .same("") }
        let type = field.flatMap { form.field(at: $0.generalized(in: context.instance))?.field.type }
        return type?.describe(value) ?? .same(value.description)
    }
}

extension Expression {
    /// The field this expression reads directly, if it is one.
    var readField: FieldPath? {
        if case .field(let path, _) = self { return path }
        return nil
    }
}

extension FieldType {
    /// A value of this field in the words of the form: a choice's label with its value, a
    /// yes/no as the portal's Evet/Hayır; anything else as it is.
    func describe(_ value: EvaluatedValue) -> LocalizedText {
        switch (self, value) {
        case (.boolean, .json(.bool(let b))):
            return b ? .t("Evet", "Yes") : .t("Hayır", "No")
        case (.choice(let choices), _), (.suggested(let choices), _):
            guard case .string(let s)? = value.jsonValue else { return .same(value.description) }
            guard let choice = choices.first(where: { $0.value == s }) else { return .same(s) }
            return LocalizedText(tr: choice.label.tr, en: choice.label.en)
        default:
            return .same(value.description)
        }
    }
}
