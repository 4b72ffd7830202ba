import JSONSchema

/// The result of a named check, with what a message may say about it: `{actual}` (the
/// detected file type, the file's size...) and `{reason}` (what is wrong, in words).
public struct CheckResult: Sendable, Hashable {
    public var passed: Bool
    public var values: [String: LocalizedText]

    init(passed: Bool, actual: String? = nil) {
        self.passed = passed
        self.values = actual.map { ["actual": .same($0)] } ?? [:]
    }

    init(passed: Bool, localized: LocalizedText) {
        self.passed = passed
        self.values = ["actual": localized]
    }

    /// A failed check explained by `reason` when it fails; `{actual}` is the value itself.
    init(passed: Bool, value: String, reason: @autoclosure () -> LocalizedText?) {
        self.passed = passed
        self.values = ["actual": .same(value)]
        if !passed, let reason = reason() { values["reason"] = reason }
    }
}

/// The Swift implementation of `NamedCheck`. A value of the wrong JSON type is unknown
/// (nil): the schema reports it.
struct NamedCheckEvaluator {
    let context: EvaluationContext

    func evaluate(_ check: NamedCheck, _ value: JSONValue, _ arguments: [CheckArgument]) -> CheckResult? {
        guard case .string(let text) = value else { return nil }
        func argument(_ name: String) -> JSONValue? { arguments.first { $0.name == name }?.value }
        switch check {
        case .tcKimlik:
            return CheckResult(passed: IdentityNumber.hasValidChecksum(text))
        case .foreignIdentityPrefix:
            return CheckResult(passed: IdentityNumber.foreignPrefix(text) != .other, actual: String(text.prefix(2)))
        case .notTemporaryProtection:
            return CheckResult(passed: IdentityNumber.foreignPrefix(text) != .temporaryProtection)
        case .sgkNumber:
            return CheckResult(passed: SGKNumber.isValid(text), value: text, reason: SGKNumber.problem(text))
        case .consulateReference:
            return CheckResult(passed: ConsulateReference.isValid(text), value: text, reason: ConsulateReference.problem(text))
        case .phoneNumber:
            return CheckResult(passed: PhoneNumber.isPlausible(text), actual: text)
        case .nationalityCode:
            return CheckResult(passed: NationalityCode.isValid(text), actual: text)
        case .calendarDate:
            let problem = DateText.problem(text)
            return CheckResult(passed: problem == nil, value: text, reason: problem)
        case .fileInsideFolder, .fileExists, .fileNotEmpty, .fileType, .fileMaxBytes:
            guard let files = context.files else { return nil }
            let facts = files.inspect(text)
            switch (check, facts) {
            case (.fileInsideFolder, .outsideFolder): return CheckResult(passed: false, actual: text)
            case (.fileInsideFolder, _): return CheckResult(passed: true)
            case (.fileExists, .missing): return CheckResult(passed: false, actual: text)
            case (.fileExists, .notAFile(let what)):
                // "File not found: files (it is a folder, not a file; …)": what is there instead.
                let why = what.explanation
                return CheckResult(passed: false, localized: LocalizedText(tr: "\(text) (\(why.tr))", en: "\(text) (\(why.en))"))
            case (.fileExists, _): return CheckResult(passed: true)
            case (.fileNotEmpty, .file(let size, _)): return CheckResult(passed: size > 0)
            case (.fileType, .file(let size, let type)):
                guard size > 0 else { return nil }
                let allowed: [String]
                if case .array(let items)? = argument("types") { allowed = items.compactMap(\.stringValue) } else { allowed = [] }
                return CheckResult(passed: allowed.contains(type.rawValue), localized: type.localizedName)
            case (.fileMaxBytes, .file(let size, _)):
                guard let max = argument("max")?.intValue else { return nil }
                return CheckResult(passed: size <= max, actual: String(size))
            default:
                // The file is outside the folder or missing: another check reports that.
                return nil
            }
        }
    }
}
