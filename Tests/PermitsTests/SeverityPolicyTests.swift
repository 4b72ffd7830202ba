import JSONSchema
import Testing
@testable import Permits

/// docs/rules.md, "Severity follows the source": an error only where the ministry's system
/// would refuse the value; the published schemas carry only error-level constraints.
@Suite struct SeverityPolicyTests {
    @Test func errorsRestOnWhatThePortalWouldRefuse() {
        for rule in RuleCatalog.all where rule.severity == .error {
            #expect(rule.source.basis.supportsErrors, "\(rule.id) is an error resting on \(rule.source.basis)")
        }
        for rule in RuleCatalog.all where !rule.source.basis.supportsErrors {
            #expect(rule.severity == .warning, "\(rule.id)")
        }
    }

    /// A pattern in a published schema makes other validators reject the value too, so it
    /// must stand for an error-level rule of its own.
    @Test func schemaPatternsAreErrorLevelRules() {
        for form in FormCatalog.all {
            for (path, field) in form.fieldsWithPaths() {
                guard case .text(let format) = field.type, format.pattern != nil else { continue }
                let rule = format.rule.flatMap(RuleCatalog.rule)
                #expect(rule?.severity == .error && rule?.source.basis.supportsErrors == true,
                        "\(form.kind.rawValue) \(path): pattern without an error-level rule")
            }
        }
    }

    /// Lists this project made up (education level, position...) are suggestions, never
    /// `enum`: only the portal's own options (buttons, Evet/Hayır) are closed.
    @Test func closedListsAreThePortalsOwn() throws {
        let academic = FormCatalog.definition(for: .academicApplication)
        for path in ["/general/education/level", "/general/languages/*/level", "/job/position", "/job/workType",
                     "/job/salary/currency", "/identity/personal/nationality", "/eligibility/nationality", "/identity/personal/sex"] {
            let field = try #require(academic.field(at: FieldPath(path))?.field, "\(path)")
            guard case .suggested = field.type else {
                Issue.record("\(path) is not free text with suggestions")
                continue
            }
        }
        let schema = SchemaEmitter.schema(for: academic)
        let level = FieldPath("/properties/general/properties/education/properties/level").resolve(in: schema)
        #expect(level?[member: "enum"] == nil)
        #expect(level?[member: "examples"] != nil)
    }

    @Test func fieldsThePortalDoesNotAskForAreNotRequired() throws {
        let academic = FormCatalog.definition(for: .academicApplication)
        #expect(academic.field(at: FieldPath("/eligibility/yokPrePermitStatus")) == nil)
        #expect(academic.field(at: FieldPath("/eligibility/exemptionReason")) == nil)
        let employer = try #require(academic.field(at: FieldPath("/employer"))?.field)
        #expect(employer.presence == .optional)
        // A tick box: left out means not ticked.
        #expect(academic.field(at: FieldPath("/job/premiumsPaidAbroad"))?.field.presence == .optional)
    }
}
