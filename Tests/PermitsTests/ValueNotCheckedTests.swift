import JSONSchema
import Testing
@testable import Permits

/// A pattern that needs more work on a value than the regex engine allows gives no verdict:
/// the value is reported as not checked (a warning, eizin's limit), never as malformed.
@Suite struct ValueNotCheckedTests {
    /// A form with one text field whose pattern backtracks catastrophically on `aaa…a!`.
    let form = FormDefinition(
        kind: .lostCardRequest, title: .t("Deneme", "Test"), description: .t("Deneme", "Test"), guide: .completeWithESignature,
        fields: [Field("code", .t("Kod", "Code"), .text(TextFormat(pattern: "^(a+)+$", rule: "sgk-number", hint: .t("a harfleri", "letters a"))))],
        checks: [])

    func findings(_ code: String) throws -> [Finding] {
        let validator = try ApplicationValidator(form: form)
        return validator.validate(object(["code": .string(code)]), settings: ValidationSettings(today: date("2025-06-01")))
    }

    @Test func aRegexThatGivesUpIsItsOwnWarning() throws {
        let found = try findings(String(repeating: "a", count: 40) + "!")
        #expect(found.map(\.rule) == ["value-not-checked"])
        let finding = try #require(found.first)
        #expect(finding.severity == .warning)
        #expect(finding.pointer == FieldPath("/code"))
        #expect(finding.label.en == "Code")
        #expect(finding.message.en.hasPrefix("This value could not be checked: deciding whether it is in the expected form (letters a)"))
        #expect(finding.message.tr.hasPrefix("Bu değer denetlenemedi"))
    }

    @Test func aDecidedMismatchIsStillTheFieldsOwnRule() throws {
        #expect(try findings("ab").map(\.rule) == ["sgk-number"])
        #expect(try findings("aaaa").isEmpty)
    }

    @Test func theRuleIsAWarningOnTheCheckersLimit() throws {
        let rule = try #require(RuleCatalog.rule("value-not-checked"))
        #expect(rule.severity == .warning)
        #expect(rule.source.basis == .checkerLimit)
        #expect(!RuleSource.Basis.checkerLimit.supportsErrors)
    }
}
