import JSONSchema

/// Which form an application file is, from its `kind` member or its `$schema`.
public enum KindDetection {
    public enum Failure: Error, Sendable, Hashable {
        case notAnObject
        case noKind
        case unknownKind(String)
        case unknownSchema(String)
        /// `kind` and `$schema` name different forms.
        case conflict(FormKind, FormKind)

        /// The member the failure is about (`kind` or `$schema`), or the root.
        public var pointer: JSONPointer {
            switch self {
            case .notAnObject, .noKind: JSONPointer()
            case .unknownKind: JSONPointer(tokens: ["kind"])
            case .unknownSchema, .conflict: JSONPointer(tokens: ["$schema"])
            }
        }

        public func message(_ language: Language) -> String {
            let kinds = FormKind.allCases.map(\.rawValue).joined(separator: ", ")
            switch (self, language) {
            case (.notAnObject, .tr): return "başvuru dosyası bir JSON nesnesi olmalıdır"
            case (.notAnObject, .en): return "an application file must be a JSON object"
            case (.noKind, .tr): return "başvuru türü belirlenemedi: \"kind\" ya da \"$schema\" ekleyin veya --kind kullanın (\(kinds))"
            case (.noKind, .en): return "cannot tell the application kind: add \"kind\" or \"$schema\", or use --kind (\(kinds))"
            case (.unknownKind(let k), .tr): return "bilinmeyen başvuru türü \"\(k)\" (bilinenler: \(kinds))"
            case (.unknownKind(let k), .en): return "unknown application kind \"\(k)\" (known: \(kinds))"
            case (.unknownSchema(let s), .tr): return "bilinmeyen şema \"\(s)\"; \(FormKind.schemaBaseURI)<tür>.schema.json bekleniyor"
            case (.unknownSchema(let s), .en): return "unknown schema \"\(s)\"; expected \(FormKind.schemaBaseURI)<kind>.schema.json"
            case (.conflict(let a, let b), .tr): return "\"kind\" (\(a.rawValue)) ile \"$schema\" (\(b.rawValue)) farklı türler belirtiyor"
            case (.conflict(let a, let b), .en): return "\"kind\" (\(a.rawValue)) and \"$schema\" (\(b.rawValue)) name different kinds"
            }
        }
    }

    public static func detect(_ instance: JSONValue) -> Result<FormKind, Failure> {
        guard case .object = instance else { return .failure(.notAnObject) }
        var fromKind: FormKind?
        var fromSchema: FormKind?
        if let value = instance[member: "kind"] {
            guard let name = value.stringValue, let kind = FormKind(rawValue: name) else {
                return .failure(.unknownKind(value.stringValue ?? EvaluatedValue.json(value).description))
            }
            fromKind = kind
        }
        if let value = instance[member: "$schema"], let uri = value.stringValue {
            fromSchema = FormKind(schemaURI: uri)
            if fromSchema == nil && fromKind == nil { return .failure(.unknownSchema(uri)) }
        }
        if let a = fromKind, let b = fromSchema, a != b { return .failure(.conflict(a, b)) }
        guard let kind = fromKind ?? fromSchema else { return .failure(.noKind) }
        return .success(kind)
    }
}
