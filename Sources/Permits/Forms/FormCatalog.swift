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
    public static var allGuideLinks: [GuideLink] {
        var links = Set(RuleCatalog.all.map(\.guide).filter { !$0.isRuleEntry })
        for form in all {
            links.insert(form.guide)
            for (_, field) in form.fieldsWithPaths() {
                if let g = field.guide { links.insert(g) }
            }
        }
        return links.sorted()
    }
}
