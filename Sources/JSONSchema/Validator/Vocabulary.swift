/// The 2020-12 vocabularies and the keywords each defines. A schema whose meta-schema
/// leaves a vocabulary out (`$vocabulary`) gets that vocabulary's keywords treated as
/// unknown keywords: collected as annotations, never asserted.
enum Vocabulary: String, CaseIterable, Sendable {
    case core = "https://json-schema.org/draft/2020-12/vocab/core"
    case applicator = "https://json-schema.org/draft/2020-12/vocab/applicator"
    case unevaluated = "https://json-schema.org/draft/2020-12/vocab/unevaluated"
    case validation = "https://json-schema.org/draft/2020-12/vocab/validation"
    case metaData = "https://json-schema.org/draft/2020-12/vocab/meta-data"
    case formatAnnotation = "https://json-schema.org/draft/2020-12/vocab/format-annotation"
    case formatAssertion = "https://json-schema.org/draft/2020-12/vocab/format-assertion"
    case content = "https://json-schema.org/draft/2020-12/vocab/content"

    /// The vocabulary a keyword belongs to; nil for keywords no vocabulary defines.
    static func of(_ keyword: String) -> Vocabulary? { keywordVocabulary[keyword] }

    private static let keywordVocabulary: [String: Vocabulary] = {
        var map: [String: Vocabulary] = [:]
        for k in ["$id", "$schema", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs"] { map[k] = .core }
        for k in ["allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items",
                  "contains", "properties", "patternProperties", "additionalProperties", "propertyNames"] { map[k] = .applicator }
        // Draft 2019-09's `dependencies`, kept for compatibility (the spec suggests it).
        map["dependencies"] = .applicator
        for k in ["unevaluatedItems", "unevaluatedProperties"] { map[k] = .unevaluated }
        for k in ["type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
                  "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
                  "maxProperties", "minProperties", "required", "dependentRequired"] { map[k] = .validation }
        for k in ["title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples"] { map[k] = .metaData }
        map["format"] = .formatAnnotation
        for k in ["contentEncoding", "contentMediaType", "contentSchema"] { map[k] = .content }
        return map
    }()
}

/// The vocabularies in force for one schema resource.
struct VocabularySet: Sendable {
    var members: Set<Vocabulary>

    static let all = VocabularySet(members: Set(Vocabulary.allCases).subtracting([.formatAssertion]))

    func contains(_ v: Vocabulary) -> Bool {
        if v == .core { return true }
        // format-assertion implies the format keyword is active.
        if v == .formatAnnotation { return members.contains(.formatAnnotation) || members.contains(.formatAssertion) }
        return members.contains(v)
    }
}
