import Foundation
import JSONSchema
import Testing
@testable import Permits

/// How schema failures become findings: one finding per problem, at the right place.
@Suite struct SchemaFindingTests {
    func findings(_ kind: FormKind, _ instance: JSONValue) throws -> [String] {
        let validator = try ApplicationValidator(form: FormCatalog.definition(for: kind))
        return validator.validate(instance, settings: ValidationSettings(today: date("2025-06-01"), draft: true))
            .map { "\($0.rule) \($0.pointer)" }
    }

    @Test func aValueOfTheWrongTypeIsReportedOnceAsWrongType() throws {
        // null (or a number) for a choice fails both `type` and `enum`; the type is the cause.
        for value: JSONValue in [.null, 3, true] {
            let lost = object(["kind": "lost-card-request", "incident": object(["type": value])])
            #expect(try findings(.lostCardRequest, lost) == ["wrong-type /incident/type"], "\(value)")
        }
    }

    @Test func aStringOutsideTheChoicesIsNotAllowedValue() throws {
        let lost = object(["kind": "lost-card-request", "incident": object(["type": "burnt"])])
        #expect(try findings(.lostCardRequest, lost) == ["not-allowed-value /incident/type"])
    }
}
