import Yams

/// One entry of the glossary page's `terms:` front matter:
///
///     terms:
///       e-imza: [e-İmza, e-imza, elektronik imza]
///
/// The id is the `{#id}` of the term's heading on the glossary page; the words are matched
/// in the other pages' text (exactly, or with the first letter capitalised), and the first
/// match on each page links to the entry (`GlossaryLinks`).
public struct GlossaryTerm: Sendable, Equatable {
    public var id: String
    public var words: [String]
    public var location: SourceLocation

    public init(id: String, words: [String], location: SourceLocation) {
        self.id = id
        self.words = words
        self.location = location
    }

    static func parse(_ node: Node, fields: YAMLFields, into collector: inout DiagnosticCollector) -> [GlossaryTerm] {
        guard let mapping = node.mapping else {
            collector.report(fields.location(of: node), "'terms' maps each glossary id to the words that name it, e.g. `e-imza: [e-İmza, e-imza]`")
            return []
        }
        var terms: [GlossaryTerm] = []
        for (key, value) in mapping {
            let location = fields.location(of: key)
            guard let id = key.string, TurkishSlug.isValidID(id) else {
                collector.report(location, "glossary id '\(key.string ?? "?")' must be lowercase letters, digits and hyphens")
                continue
            }
            let words: [String]
            if let sequence = value.sequence {
                words = sequence.compactMap(\.string)
                if words.count != sequence.count { collector.report(fields.location(of: value), "the words of '\(id)' must be texts"); continue }
            } else if let word = value.string {
                words = [word]
            } else {
                collector.report(fields.location(of: value), "the words of '\(id)' must be a text or a list of texts")
                continue
            }
            let cleaned = words.map { $0.trimmingCharacters(in: .whitespaces) }
            if cleaned.isEmpty || cleaned.contains(where: { $0.isEmpty || $0.contains("[") || $0.contains("]") || $0.contains("\n") }) {
                collector.report(fields.location(of: value), "the words of '\(id)' must be non-empty texts on one line, without brackets")
                continue
            }
            terms.append(GlossaryTerm(id: id, words: cleaned, location: location))
        }
        return terms
    }
}
