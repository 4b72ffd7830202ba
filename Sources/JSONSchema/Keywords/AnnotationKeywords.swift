/// Meta-data, content and format-annotation keywords, plus unknown keywords: they produce
/// annotations (their own value) and assert nothing — except `format` when format
/// assertion is on (`ValidationOptions.formatAssertion` or the format-assertion vocabulary).
enum AnnotationKeywords {
    static let factories: [String: KeywordRegistry.Factory] = {
        var f: [String: KeywordRegistry.Factory] = [:]
        for name in ["title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
                     "contentEncoding", "contentMediaType", "contentSchema"] {
            f[name] = { _, v in AnnotationKeyword(value: v) }
        }
        f["format"] = { c, v in
            guard case .string(let name) = v else { throw c.error("format", "must be a string") }
            let asserts = c.options.formatAssertion || c.vocabularies.members.contains(.formatAssertion)
            return FormatKeyword(name: name, checker: asserts ? Formats.checker(for: name) : nil)
        }
        return f
    }()
}

struct AnnotationKeyword: KeywordValidator {
    let value: JSONValue
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        ev.annotate(value)
        return true
    }
}

struct FormatKeyword: KeywordValidator {
    let name: String
    /// nil: annotation only (or a format we do not know, which always passes).
    let checker: (@Sendable (String) -> Bool)?
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool {
        ev.annotate(.string(name))
        guard let checker, case .string(let s) = instance, !checker(s) else { return true }
        ev.fail("\(instance.brief) is not a valid \(name)", details: ["format": .string(name)])
        return false
    }
}
