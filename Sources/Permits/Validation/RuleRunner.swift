import JSONSchema

/// Runs a form's rule checks through the interpreter and words the failures.
struct RuleRunner {
    let form: FormDefinition
    let context: EvaluationContext
    let settings: ValidationSettings

    func findings() -> [Finding] {
        let evaluator = Evaluator(context)
        var out: [Finding] = []
        for check in form.allChecks {
            let rule = RuleCatalog.require(check.rule)
            if settings.draft && !rule.appliesToDrafts { continue }
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
    func explain(_ expression: Expression, _ evaluator: Evaluator) -> [String: LocalizedText] {
        switch expression {
        case .compare(_, let a, let b):
            return ["left": .same(evaluator.evaluate(a)?.description ?? ""), "right": .same(evaluator.evaluate(b)?.description ?? "")]
        case .all(let items), .any(let items):
            for item in items where evaluator.evaluate(item)?.bool == false {
                let values = explain(item, evaluator)
                if !values.isEmpty { return values }
            }
            return [:]
        case .check(let check, let path, let arguments):
            guard let value = path.resolve(in: context.instance),
                  let result = NamedCheckEvaluator(context: context).evaluate(check, value, arguments) else { return [:] }
            return ["actual": result.actual ?? .same(EvaluatedValue.json(value).description)]
        default:
            return [:]
        }
    }
}
