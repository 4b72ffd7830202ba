import JSONSchema

/// A named choice of branch: the values of a form's discriminators (the fields that other
/// fields' `requiredWhen` conditions look at) that select one way through the form, like
/// the academic application's eligibility path.
public struct FormPath: Sendable, Hashable {
    /// The name `eizin new --path` takes (`yok`, `exempt-in-turkey`).
    public let name: String
    public let description: LocalizedText
    /// Discriminator → its value on this path.
    public let choices: [FieldPath: JSONValue]

    public init(_ name: String, _ description: LocalizedText, _ choices: [String: JSONValue]) {
        self.name = name
        self.description = description
        self.choices = Dictionary(uniqueKeysWithValues: choices.map { (FieldPath($0.key), $0.value) })
    }
}

extension FormDefinition {
    /// The ways through the form, for kinds whose fields depend on a choice; empty when the
    /// form has one shape. `BlankApplication` needs one of them for such a kind.
    public var paths: [FormPath] {
        switch kind {
        case .academicApplication:
            return [
                FormPath("yok", .t("YÖK ön izni olan ya da onay aşamasında", "with a YÖK pre-permit, approved or pending"),
                         ["/eligibility/path": "yokPrePermit"]),
                FormPath("exempt-foreign-id", .t("KKTC uyruklu ya da muaf; yabancı kimlik numarası var",
                                                 "KKTC national or exempt; has a foreign identity number"),
                         ["/eligibility/path": "exempt", "/eligibility/hasForeignIdentityNumber": true]),
                FormPath("exempt-in-turkey", .t("KKTC uyruklu ya da muaf; yabancı kimlik numarası yok, yurt içinde",
                                                "KKTC national or exempt; no foreign identity number, in Turkey"),
                         ["/eligibility/path": "exempt", "/eligibility/hasForeignIdentityNumber": false, "/eligibility/location": "inTurkey"]),
                FormPath("exempt-abroad", .t("KKTC uyruklu ya da muaf; yabancı kimlik numarası yok, yurt dışında",
                                             "KKTC national or exempt; no foreign identity number, abroad"),
                         ["/eligibility/path": "exempt", "/eligibility/hasForeignIdentityNumber": false, "/eligibility/location": "abroad"]),
            ]
        case .startOfWorkNotification:
            return [
                FormPath("in-turkey", .t("başvuru yurt içinden yapıldı", "the application was made from inside Turkey"),
                         ["/appliedFrom": "inTurkey"]),
                FormPath("abroad", .t("başvuru yurt dışından yapıldı", "the application was made from abroad"),
                         ["/appliedFrom": "abroad"]),
            ]
        default:
            return []
        }
    }

    public func path(named name: String) -> FormPath? { paths.first { $0.name == name } }
}

/// A starting file for one kind (and path): every member the form has on that path, in the
/// form's order, present and empty, so that a JSON-aware editor shows what to fill in. Made
/// from the form definition, so it follows the form when the form changes.
///
/// Empty means `""` for every value to fill in — text, dates, choices, files, and also
/// numbers and yes/no questions (`false` or `0` would be an answer; `""` is plainly not
/// one); arrays of objects hold one empty element, other arrays none;
/// `declarationAccepted` is `false` (not yet accepted); the path's own discriminators carry
/// the path's values; `$schema` names the form's schema and `kind` the kind.
/// `eizin validate --draft` treats a `""` member as missing, so a blank file is a valid
/// draft; a final validation names every field still to fill.
public enum BlankApplication {
    public enum Failure: Error, Equatable {
        /// The kind has paths and none (or an unknown one) was given.
        case pathNeeded(FormKind, [String])
        /// The kind has one shape and a path was given.
        case noPaths(FormKind)

        /// The usage error, naming the `--path` given (if any).
        public func message(_ language: Language, given path: String?) -> String {
            let tr = language == .tr
            switch self {
            case .pathNeeded(let kind, let names):
                let given = path.map { tr ? "bilinmeyen yol \"\($0)\"; " : "unknown path \"\($0)\"; " } ?? ""
                return given + (tr ? "\(kind.rawValue) için --path gerekir: \(names.joined(separator: ", "))"
                                   : "\(kind.rawValue) needs --path: \(names.joined(separator: ", "))")
            case .noPaths(let kind):
                return tr ? "\(kind.rawValue) türünün tek biçimi var; --path verilmez" : "\(kind.rawValue) has one shape; --path does not apply"
            }
        }
    }

    public static func make(_ form: FormDefinition, path name: String? = nil) -> Result<JSONValue, Failure> {
        let names = form.paths.map(\.name)
        var choices: [FieldPath: JSONValue] = [:]
        if form.paths.isEmpty {
            if name != nil { return .failure(.noPaths(form.kind)) }
        } else {
            guard let name, let path = form.path(named: name) else { return .failure(.pathNeeded(form.kind, names)) }
            choices = path.choices
        }
        return .success(object(form.rootFields, at: FieldPath(tokens: []), form: form, choices: choices))
    }

    static func object(_ fields: [Field], at parent: FieldPath, form: FormDefinition, choices: [FieldPath: JSONValue]) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        for field in fields {
            let path = parent.appending(field.name)
            if case .requiredWhen(let conditions) = field.presence {
                // Only the branch the path selects: a field of another branch is an error
                // (`field-outside-branch`) when present.
                let selected = conditions.allSatisfy { choices[parent.appending($0.field)] == $0.equals }
                if !selected { continue }
            }
            if let chosen = choices[path] {
                pairs.append((field.name, chosen))
                continue
            }
            if field.name == "$schema", parent.tokens.isEmpty {
                pairs.append((field.name, .string(form.kind.schemaID)))
                continue
            }
            pairs.append((field.name, value(field, at: path, form: form, choices: choices)))
        }
        return .object(pairs)
    }

    static func value(_ field: Field, at path: FieldPath, form: FormDefinition, choices: [FieldPath: JSONValue]) -> JSONValue {
        switch field.type {
        case .object(let members):
            return object(members, at: path, form: form, choices: choices)
        case .array(let item, _, _):
            guard case .object(let members) = item else { return .array([]) }
            return .array([object(members, at: path.appending("*"), form: form, choices: choices)])
        case .text, .date, .choice, .suggested, .file, .positiveNumber:
            return .string("")
        case .constant(let text):
            return .string(text)
        case .boolean:
            return field.name == "declarationAccepted" ? .bool(false) : .string("")
        }
    }
}
