import Site
import Permits

/// Which application kinds a rule is checked for, worked out from the form definitions
/// (Permits has no such list: a rule is named by checks, by field formats, or by the
/// schema mapping for every form).
enum RuleApplicability {
    /// The kinds in catalogue order; every kind for a schema rule no form names itself
    /// (`required-field`, `wrong-type`...: the schema mapping uses them for any form).
    static func kinds(of rule: Rule) -> [FormKind] {
        let named = FormCatalog.all.filter { names(rule.id, $0) }.map(\.kind)
        if named.isEmpty && rule.stage == .schema { return FormCatalog.all.map(\.kind) }
        return named
    }

    /// True when the form's checks or one of its fields name the rule.
    static func names(_ ruleID: String, _ form: FormDefinition) -> Bool {
        if form.allChecks.contains(where: { $0.rule == ruleID }) { return true }
        return form.fieldsWithPaths().contains { _, field in
            switch field.type {
            case .text(let format): format.rule == ruleID
            case .array(_, _, let minItemsRule): minItemsRule == ruleID
            default: false
            }
        }
    }
}
