import Yams

/// The optional `journey:` and `feedback:` settings of site.yml (docs/authoring.md).
extension SiteConfiguration {
    /// How the generated journey page (`yolculuk.html`) reads the guide: which sections are
    /// steps of the application, and where the reader takes one of several ways.
    /// Everything else (titles, steps, anchors, order) comes from the pages themselves.
    public struct Journey: Sendable, Equatable {
        /// The slug of the journey's last section: the pages from order 1 up to its order
        /// are the journey (help and revision history after it are not).
        public var last: String
        /// Each choice lists its alternatives: whole sections (`yok-on-izin`) or `##`
        /// sections of one page (`kktc-muaf#yurt-icinde`), in reading order.
        public var choices: [[String]]
        public var location: SourceLocation
        /// Where each choice is written, for errors.
        public var choiceLocations: [SourceLocation]
    }

    /// Where readers report a mistake in the guide (the accessibility and feedback page).
    public struct Feedback: Sendable, Equatable {
        public var email: String?
        public var url: String?
    }

    static func parseJourney(_ node: Node, fields: YAMLFields, file: String, into collector: inout DiagnosticCollector) -> Journey? {
        guard let inner = collector.collect({ () throws -> YAMLFields in
            try YAMLFields.fields(of: node, file: file, lineOffset: 0, fallback: fields.location(of: node))
        }) else { return nil }
        collector.append(contentsOf: inner.unknownKeys(known: ["last", "choices"]))
        let last = inner.requiredString("last", into: &collector)
        var choices: [[String]] = []
        var locations: [SourceLocation] = []
        if let list = inner.value("choices") {
            if let sequence = list.sequence {
                for choice in sequence {
                    let alternatives = choice.sequence?.compactMap(\.string) ?? []
                    let valid = alternatives.allSatisfy { alternative in
                        let parts = alternative.split(separator: "#", omittingEmptySubsequences: false)
                        return parts.count <= 2 && parts.allSatisfy { TurkishSlug.isValidID(String($0)) }
                    }
                    if alternatives.count < 2 || alternatives.count != choice.sequence?.count || !valid {
                        collector.report(inner.location(of: choice), "a journey choice is a list of two or more alternatives: page slugs (`yok-on-izin`) or a page's `##` section (`kktc-muaf#yurt-icinde`)")
                    } else {
                        choices.append(alternatives)
                        locations.append(inner.location(of: choice))
                    }
                }
            } else {
                collector.report(inner.location(of: list), "'choices' must be a list of lists")
            }
        }
        guard let last else { return nil }
        return Journey(last: last, choices: choices, location: fields.location(of: node), choiceLocations: locations)
    }

    static func parseFeedback(_ node: Node, fields: YAMLFields, file: String, into collector: inout DiagnosticCollector) -> Feedback? {
        guard let inner = collector.collect({ () throws -> YAMLFields in
            try YAMLFields.fields(of: node, file: file, lineOffset: 0, fallback: fields.location(of: node))
        }) else { return nil }
        collector.append(contentsOf: inner.unknownKeys(known: ["email", "url"]))
        var feedback = Feedback()
        if let value = inner.value("email") {
            let text = value.string ?? ""
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.contains(where: { $0.isWhitespace || "<>\"'".contains($0) }) {
                feedback.email = text
            } else {
                collector.report(inner.location(of: value), "'email' must be an e-mail address such as kilavuz@example.org")
            }
        }
        if let value = inner.value("url") {
            let text = value.string ?? ""
            if (text.hasPrefix("https://") || text.hasPrefix("http://")), text.count > 8, !text.contains(where: { $0.isWhitespace || "<>\"'".contains($0) }) {
                feedback.url = text
            } else {
                collector.report(inner.location(of: value), "'url' must be an absolute http(s) address")
            }
        }
        return feedback
    }
}
