import CivilDates
import JSONSchema
import Testing
@testable import Permits

/// How the interpreter reads dates: each date of the application once, when its context is
/// made; strings compare as dates only in ordered comparisons.
@Suite struct InterpreterDateTests {
    let instance = object([
        "permit": object(["start": "2025-09-01", "end": "2026-08-31"]),
        "dates": .array(["2024-02-29", "2023-02-29", "01/09/2025"]),
        "name": "2025-09-01", "count": 3,
    ])

    @Test func theContextHoldsEveryRealDateOfTheInstanceByItsPath() {
        let context = EvaluationContext(instance: instance, today: date("2025-06-01"))
        #expect(context.dates == [
            FieldPath("/permit/start"): date("2025-09-01"), FieldPath("/permit/end"): date("2026-08-31"),
            FieldPath("/dates/0"): date("2024-02-29"), FieldPath("/name"): date("2025-09-01"),
        ])
    }

    @Test func aFieldThatIsADateIsReadAsTheParsedDate() {
        let interpreter = RuleInterpreter(EvaluationContext(instance: instance, today: date("2025-06-01")))
        #expect(interpreter.evaluate(.field(FieldPath("/permit/start"), default: nil)) == .dateText("2025-09-01", date("2025-09-01")))
        #expect(interpreter.evaluate(.field(FieldPath("/dates/1"), default: nil)) == .json("2023-02-29"))
        #expect(interpreter.evaluate(.addDays(.field(FieldPath("/permit/end"), default: nil), 1)) == .date(date("2026-09-01")))
        #expect(interpreter.evaluate(.addDays(.field(FieldPath("/dates/2"), default: nil), 1)) == nil, "not a date: unknown")
    }

    @Test func comparisonsAreAsBefore() {
        let interpreter = RuleInterpreter(EvaluationContext(instance: instance, today: date("2025-06-01")))
        func compare(_ op: Expression.Comparison, _ a: Expression, _ b: Expression) -> Bool? {
            interpreter.evaluate(.compare(op, a, b))?.bool
        }
        let start = Expression.field(FieldPath("/permit/start"), default: nil)
        let end = Expression.field(FieldPath("/permit/end"), default: nil)
        let notADate = Expression.field(FieldPath("/dates/2"), default: nil)
        #expect(compare(.lt, start, end) == true)
        #expect(compare(.lt, start, .constant("2025-10-01")) == true, "a constant reads as a date too")
        #expect(compare(.eq, start, .field(FieldPath("/name"), default: nil)) == true)
        // (In)equality of two strings is the strings', whether or not they are dates...
        #expect(compare(.eq, start, notADate) == false)
        #expect(compare(.ne, start, notADate) == true)
        // ...an ordered comparison with a string that is not a date is unknown...
        #expect(compare(.lt, start, notADate) == nil)
        // ...and so is any comparison of a computed date with one.
        #expect(compare(.eq, .today, notADate) == nil)
        #expect(compare(.gt, .today, start) == false)
    }
}
