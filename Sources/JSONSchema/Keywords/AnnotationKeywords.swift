/// Meta-data, content and format-annotation keywords, plus unknown keywords: they produce
/// annotations (their own value) and assert nothing — except `format` when format
/// assertion is on (`ValidationOptions.formatAssertion` or the format-assertion vocabulary).
enum AnnotationKeywords {
    static let factories: [String: KeywordRegistry.Factory] =
        Dictionary(uniqueKeysWithValues: annotations.map { ($0, annotation) }).merging(["format": format]) { a, _ in a }

    private static let annotations = ["title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
                                      "contentEncoding", "contentMediaType", "contentSchema"]
    private static let annotation: KeywordRegistry.Factory = { _, v in AnnotationKeyword(value: v) }
    // Not written inside a closure that builds the dictionary: Swift 6.3's module emission
    // crashes on a typed-throws closure nested in another closure there.
    private static let format: KeywordRegistry.Factory = { c, v throws(SchemaError) in
        guard case .string(let name) = v else { throw c.error("format", "must be a string") }
        let asserts = c.options.formatAssertion || c.vocabularies.members.contains(.formatAssertion)
        return FormatKeyword(name: name, checker: asserts ? Formats.checker(for: name) : nil)
    }
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
