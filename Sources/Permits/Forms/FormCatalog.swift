/// Every application kind, and the guide anchors they and the rules use.
public enum FormCatalog {
    public static let all: [FormDefinition] = [
        WorkplaceRegistrationForm.definition,
        AcademicApplicationForm.definition,
        ExtensionApplicationForm.definition,
        AfterPermitForms.startOfWork,
        AfterPermitForms.lostCard,
        AfterPermitForms.termination,
        AfterPermitForms.documentUpload,
    ]

    public static func definition(for kind: FormKind) -> FormDefinition {
        all.first { $0.kind == kind }!
    }

    /// Every anchor of the guide's pages that any form, field or rule links to, sorted and
    /// without duplicates; the site build fails if one does not exist. (A rule that links to
    /// its own entry on the rules page is not among them: that page provides its entries.)
    public static var allGuideLinks: [GuideLink] { guideLinkUsers.map(\.link) }

    /// Each of `allGuideLinks` with who relies on it, in a stable order: rules (catalogue
    /// order), then forms and their fields (definition order), e.g. "rule
    /// passport-expiry-60-days", "form academic-application", "field academic-application
    /// /identity/passport". A missing anchor is reported naming them.
    public static let guideLinkUsers: [GuideLinkUse] = {
        var users: [GuideLink: [String]] = [:]
        func add(_ link: GuideLink, _ user: String) {
            if users[link]?.contains(user) != true { users[link, default: []].append(user) }
        }
        for rule in RuleCatalog.all where !rule.guide.isRuleEntry { add(rule.guide, "rule \(rule.id)") }
        for form in all {
            add(form.guide, "form \(form.kind.rawValue)")
            for (path, field) in form.fieldsWithPaths() {
                if let guide = field.guide { add(guide, "field \(form.kind.rawValue) \(path)") }
            }
        }
        return users.keys.sorted().map { GuideLinkUse(link: $0, users: users[$0]!) }
    }()

    /// The kinds a rule is checked for, in catalogue order, worked out once from the form
    /// definitions (a rule is named by checks, by field formats, or by the schema mapping):
    /// every kind for a schema rule no form names itself (`required-field`, `wrong-type`...).
    public static func kinds(checking rule: Rule) -> [FormKind] {
        kindsByRule[rule.id] ?? (rule.stage == .schema ? all.map(\.kind) : [])
    }

    private static let kindsByRule: [String: [FormKind]] = {
        var kinds: [String: [FormKind]] = [:]
        for form in all {
            var named = Set(form.allChecks.map(\.rule))
            for (_, field) in form.fieldsWithPaths() {
                switch field.type {
                case .text(let format): if let rule = format.rule { named.insert(rule) }
                case .array(_, _, let minItemsRule): if let rule = minItemsRule { named.insert(rule) }
                default: break
                }
            }
            for rule in named { kinds[rule, default: []].append(form.kind) }
        }
        return kinds
    }()
}

/// A guide anchor and who relies on it (`FormCatalog.guideLinkUsers`).
public struct GuideLinkUse: Sendable, Equatable {
    public let link: GuideLink
    public let users: [String]
}
