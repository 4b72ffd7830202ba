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

    @Test func wrongTypeSaysWhatWouldDo() throws {
        let validator = try ApplicationValidator(form: FormCatalog.definition(for: .lostCardRequest))
        let lost = object(["kind": "lost-card-request", "incident": object(["type": .null, "date": 20250101])])
        let messages = validator.validate(lost, settings: ValidationSettings(today: date("2025-06-01"), draft: true)).map(\.message)
        // Without a document, findings come in pointer order: /incident/date, /incident/type.
        #expect(messages.map(\.en) == [
            #"The value must be a date string written YYYY-MM-DD (e.g. "2025-09-01")."#,
            #"The value must be one of the strings "lost" (Lost), "stolen" (Stolen) or "destroyed" (Destroyed)."#,
        ])
        #expect(messages.map(\.tr) == [
            #"Değer YYYY-AA-GG biçiminde bir tarih metni (ör. "2025-09-01") olmalıdır."#,
            #"Değer "lost" (Kayıp), "stolen" (Çalınma) ya da "destroyed" (Tahrip) metinlerinden biri olmalıdır."#,
        ])
    }

    @Test func aStringOutsideTheChoicesIsNotAllowedValue() throws {
        let lost = object(["kind": "lost-card-request", "incident": object(["type": "burnt"])])
        #expect(try findings(.lostCardRequest, lost) == ["not-allowed-value /incident/type"])
    }
}
