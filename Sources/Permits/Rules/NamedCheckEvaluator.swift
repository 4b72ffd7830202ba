import JSONSchema

/// The result of a named check, with what a message may say about it.
public struct CheckResult: Sendable, Hashable {
    public var passed: Bool
    /// E.g. the detected file type or the file's size, for `{actual}` in messages.
    public var actual: LocalizedText?

    init(passed: Bool, actual: String? = nil) {
        self.passed = passed
        self.actual = actual.map(LocalizedText.same)
    }

    init(passed: Bool, localized: LocalizedText) {
        self.passed = passed
        self.actual = localized
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
            return CheckResult(passed: SGKNumber.check(text) == .valid, actual: String(text.unicodeScalars.count))
        case .consulateReference:
            return CheckResult(passed: ConsulateReference.isValid(text), actual: String(text.unicodeScalars.count))
        case .calendarDate:
            return CheckResult(passed: CivilDate(iso: text) != nil, actual: text)
        case .fileInsideFolder, .fileExists, .fileNotEmpty, .fileType, .fileMaxBytes:
            guard let files = context.files else { return nil }
            let facts = files.inspect(text)
            switch (check, facts) {
            case (.fileInsideFolder, .outsideFolder): return CheckResult(passed: false, actual: text)
            case (.fileInsideFolder, _): return CheckResult(passed: true)
            case (.fileExists, .missing): return CheckResult(passed: false, actual: text)
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
