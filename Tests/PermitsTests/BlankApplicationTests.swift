import JSONSchema
import Testing
@testable import Permits

/// The blank applications `eizin new` writes stay in step with the form definitions.
@Suite struct BlankApplicationTests {
    /// Every branch field (`requiredWhen`) is written by some path: a form that gains a
    /// branch must gain a path too, or `eizin new` could not offer it.
    @Test func everyBranchFieldIsOnSomePath() throws {
        for form in FormCatalog.all {
            let blanks: [JSONValue] = form.paths.isEmpty
                ? [try BlankApplication.make(form).get()]
                : try form.paths.map { try BlankApplication.make(form, path: $0.name).get() }
            for (path, field) in form.fieldsWithPaths() where !path.hasWildcard {
                guard case .requiredWhen = field.presence else { continue }
                #expect(blanks.contains { path.resolve(in: $0) != nil }, "\(form.kind.rawValue): no path writes \(path)")
            }
        }
    }

    /// Each path's discriminators name real fields, and the blank is a valid draft
    /// (no finding at all) whatever the path.
    @Test func everyPathIsAValidDraft() throws {
        for form in FormCatalog.all {
            let validator = try ApplicationValidator(form: form)
            for name in form.paths.isEmpty ? [nil] : form.paths.map(\.name) as [String?] {
                let blank = try BlankApplication.make(form, path: name).get()
                if let path = name.flatMap(form.path(named:)) {
                    for discriminator in path.choices.keys {
                        #expect(form.field(at: discriminator) != nil, "\(form.kind.rawValue) \(discriminator)")
                    }
                }
                let findings = validator.validate(blank, settings: ValidationSettings(today: date("2025-06-01"), draft: true))
                #expect(findings.isEmpty, "\(form.kind.rawValue) \(name ?? ""): \(findings.map(\.rule))")
            }
        }
    }

    @Test func aPathIsNeededExactlyWhenTheFormHasSeveral() {
        let academic = FormCatalog.definition(for: .academicApplication)
        #expect(throws: BlankApplication.Failure.self) { try BlankApplication.make(academic).get() }
        #expect(throws: BlankApplication.Failure.self) { try BlankApplication.make(academic, path: "nope").get() }
        #expect(throws: BlankApplication.Failure.self) { try BlankApplication.make(FormCatalog.definition(for: .lostCardRequest), path: "yok").get() }
    }
}
