import JSONSchema
import Testing
@testable import Permits

/// Every date rule at its boundaries, through the forms' own checks (not copies of them).
@Suite struct DateRuleBoundaryTests {
    /// The rule ids the interpreter reports for `instance` in `kind`.
    func ruleFindings(_ kind: FormKind, _ instance: JSONValue, today: String = "2025-06-01") -> [String] {
        let context = EvaluationContext(instance: instance, today: date(today))
        return RuleRunner(form: FormCatalog.definition(for: kind), context: context,
                          settings: ValidationSettings(today: date(today))).findings().map(\.rule)
    }

    func academic(end: String, expiry: String, start: String = "2025-09-01") -> JSONValue {
        object(["identity": object(["passport": object(["issueDate": "2020-01-01", "expiryDate": .string(expiry)])]),
                "permit": object(["start": .string(start), "end": .string(end)]),
                "declarationAccepted": true])
    }

    @Test func passportExpiryMinus60Days() {
        // Expiry 2026-10-30: 60 days before is 2026-08-31.
        #expect(!ruleFindings(.academicApplication, academic(end: "2026-08-30", expiry: "2026-10-30")).contains("passport-expiry-60-days"), "61 days")
        #expect(!ruleFindings(.academicApplication, academic(end: "2026-08-31", expiry: "2026-10-30")).contains("passport-expiry-60-days"), "60 days")
        #expect(ruleFindings(.academicApplication, academic(end: "2026-09-01", expiry: "2026-10-30")).contains("passport-expiry-60-days"), "59 days")
    }

    @Test func passportExpiryAcrossLeapFebruary() {
        // 2024-03-30 − 60 days = 2024-01-30 (29 February counts); in 2023 it is 2023-01-29.
        #expect(!ruleFindings(.academicApplication, academic(end: "2024-01-30", expiry: "2024-03-30", start: "2023-09-01")).contains("passport-expiry-60-days"))
        #expect(ruleFindings(.academicApplication, academic(end: "2024-01-31", expiry: "2024-03-30", start: "2023-09-01")).contains("passport-expiry-60-days"))
        #expect(ruleFindings(.academicApplication, academic(end: "2023-01-30", expiry: "2023-03-30", start: "2022-09-01")).contains("passport-expiry-60-days"))
    }

    func extensionApplication(applied: String?, end: String = "2025-07-15") -> JSONValue {
        var pairs: [(String, JSONValue)] = [("currentPermit", object(["start": "2024-09-01", "end": .string(end)]))]
        if let applied { pairs.append(("applicationDate", .string(applied))) }
        pairs.append(("requestedEndDate", "2026-07-15"))
        return .object(pairs)
    }

    @Test func extensionWindow() {
        // End 2025-07-15: the window is 2025-05-16 ... 2025-07-15, both days included.
        let cases: [(String, [String])] = [
            ("2025-05-15", ["extension-too-early"]),
            ("2025-05-16", []),
            ("2025-06-30", []),
            ("2025-07-15", []),
            ("2025-07-16", ["extension-too-late"]),
        ]
        for (applied, expected) in cases {
            let found = ruleFindings(.extensionApplication, extensionApplication(applied: applied)).filter { $0.hasPrefix("extension-too") }
            #expect(found == expected, "applied \(applied)")
        }
    }

    @Test func extensionWindowDefaultsToToday() {
        #expect(ruleFindings(.extensionApplication, extensionApplication(applied: nil), today: "2025-07-15").filter { $0.hasPrefix("extension-too") }.isEmpty)
        #expect(ruleFindings(.extensionApplication, extensionApplication(applied: nil), today: "2025-07-16").contains("extension-too-late"))
        #expect(ruleFindings(.extensionApplication, extensionApplication(applied: nil), today: "2025-05-15").contains("extension-too-early"))
    }

    @Test func extensionWindowOverLeapDay() {
        // End 2024-04-29: 60 days before is 2024-02-29.
        #expect(ruleFindings(.extensionApplication, extensionApplication(applied: "2024-02-28", end: "2024-04-29")).contains("extension-too-early"))
        #expect(!ruleFindings(.extensionApplication, extensionApplication(applied: "2024-02-29", end: "2024-04-29")).contains("extension-too-early"))
    }

    @Test func permitStartBeforeEnd() {
        #expect(ruleFindings(.academicApplication, academic(end: "2025-09-01", expiry: "2030-01-01")).contains("permit-start-before-end"), "same day")
        #expect(!ruleFindings(.academicApplication, academic(end: "2025-09-02", expiry: "2030-01-01")).contains("permit-start-before-end"))
    }

    @Test func firstPermitAtMostOneYear() {
        #expect(!ruleFindings(.academicApplication, academic(end: "2026-08-31", expiry: "2030-01-01")).contains("first-permit-max-1-year"))
        #expect(ruleFindings(.academicApplication, academic(end: "2026-09-01", expiry: "2030-01-01")).contains("first-permit-max-1-year"))
        // From 29 February the year ends on 28 February (its anniversary is 1 March), 366
        // days like every year holding a 29 February; it used to be flagged a day early.
        #expect(!ruleFindings(.academicApplication, academic(end: "2025-02-28", expiry: "2030-01-01", start: "2024-02-29")).contains("first-permit-max-1-year"))
        #expect(ruleFindings(.academicApplication, academic(end: "2025-03-01", expiry: "2030-01-01", start: "2024-02-29")).contains("first-permit-max-1-year"))
        // The day before and after 29 February are unchanged.
        #expect(!ruleFindings(.academicApplication, academic(end: "2025-02-27", expiry: "2030-01-01", start: "2024-02-28")).contains("first-permit-max-1-year"))
        #expect(ruleFindings(.academicApplication, academic(end: "2025-02-28", expiry: "2030-01-01", start: "2024-02-28")).contains("first-permit-max-1-year"))
        #expect(!ruleFindings(.academicApplication, academic(end: "2024-02-29", expiry: "2030-01-01", start: "2023-03-01")).contains("first-permit-max-1-year"))
        #expect(ruleFindings(.academicApplication, academic(end: "2024-03-01", expiry: "2030-01-01", start: "2023-03-01")).contains("first-permit-max-1-year"))
    }

    @Test func birthDateInThePast() {
        func findings(_ birth: String) -> [String] {
            ruleFindings(.academicApplication, object(["identity": object(["personal": object(["birthDate": .string(birth)])])]))
        }
        #expect(!findings("2025-05-31").contains("birth-date-past"))
        #expect(findings("2025-06-01").contains("birth-date-past"), "today is not the past")
        #expect(findings("2023-02-29").filter { $0 != "declaration-accepted" } == ["calendar-date"], "an impossible date is reported once, as calendar-date")
    }

    @Test func terminationBeforeThePermitsEnd() {
        func findings(_ requested: String) -> [String] {
            ruleFindings(.terminationRequest, object(["permit": object(["start": "2024-09-01", "end": "2025-08-31"]),
                                                       "requestedEndDate": .string(requested)]))
        }
        #expect(findings("2025-08-30").isEmpty)
        #expect(findings("2025-08-31") == ["termination-before-permit-end"])
        #expect(findings("2024-09-01").isEmpty)
        #expect(findings("2024-08-31") == ["termination-after-permit-start"])
    }

    @Test func lostCardEventNotInTheFuture() {
        func findings(_ day: String) -> [String] {
            ruleFindings(.lostCardRequest, object(["incident": object(["type": "lost", "date": .string(day)])]))
        }
        #expect(findings("2025-06-01").isEmpty)
        #expect(findings("2025-06-02") == ["event-date-not-future"])
    }

    @Test func startOfWorkWithinAMonth() {
        func findings(_ start: String) -> [String] {
            ruleFindings(.startOfWorkNotification, object(["permit": object(["start": "2025-01-31", "end": "2026-01-30"]),
                                                           "appliedFrom": "inTurkey", "startDate": .string(start),
                                                           "notificationDate": .string(start)]), today: start)
        }
        // 2025-01-31 + 1 month = 2025-02-28.
        #expect(findings("2025-02-28").isEmpty)
        #expect(findings("2025-03-01") == ["start-of-work-within-1-month"])
    }

    @Test func notificationWithin15Days() {
        func findings(_ notified: String) -> [String] {
            ruleFindings(.startOfWorkNotification, object(["permit": object(["start": "2025-09-01", "end": "2026-08-31"]),
                                                           "appliedFrom": "inTurkey", "startDate": "2025-09-02",
                                                           "notificationDate": .string(notified)]))
        }
        #expect(findings("2025-09-17").isEmpty)
        #expect(findings("2025-09-18") == ["notification-within-15-days"])
    }
}
