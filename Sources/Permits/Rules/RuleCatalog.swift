/// Every rule the validator knows, in a stable order: first those the schema checks, then
/// the interpreter's. The site renders this as the rules page; `eizin rules` prints it.
public enum RuleCatalog {
    public static let all: [Rule] = SchemaRules.all + DateRules.all + IdentifierRules.all + FileRules.all + CompletenessRules.all

    private static let byID: [String: Rule] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func rule(_ id: String) -> Rule? { byID[id] }

    /// The rule with this id; a missing id is a programming error caught by the tests.
    static func require(_ id: String) -> Rule {
        guard let rule = byID[id] else { preconditionFailure("unknown rule id \(id)") }
        return rule
    }
}
