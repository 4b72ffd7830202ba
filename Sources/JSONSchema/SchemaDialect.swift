import Foundation

/// What a schema must be before a tool that validates with it may trust the answers: a
/// schema written for an older draft (whose `items`, `dependencies`, `$ref`... mean other
/// things), or a schema the draft 2020-12 meta-schema rejects (`"type": "strin"` would make
/// every value fail), gives wrong answers silently. `eizin validate --schema` refuses both.
public enum SchemaDialect {
    public static let draft2020 = "https://json-schema.org/draft/2020-12/schema"

    /// One reason not to use a schema, at its place in the schema's file when known.
    public struct Problem: Sendable, Hashable {
        public var position: SourcePosition?
        public var message: String

        public init(position: SourcePosition?, message: String) {
            self.position = position
            self.message = message
        }

        /// `file:line:col: message`, as compilers print one.
        public func line(file: String) -> String { "\(file)\(position.map { ":\($0)" } ?? ""): \(message)" }
    }

    /// Empty when the schema may be used.
    public static func problems(_ document: JSONDocument) -> [Problem] {
        if case .object(let members) = document.value, case .string(let uri)? = members["$schema"] {
            let bare = uri.hasSuffix("#") ? String(uri.dropLast()) : uri
            if let draft = olderDraft(bare) {
                return [Problem(position: position(document, ["$schema"]),
                                message: "the schema declares \(draft) (\(uri)); eizin validates draft 2020-12 only, "
                                    + "where items, dependencies, $ref and others differ: set \"$schema\" to \"\(draft2020)\" once the schema follows 2020-12")]
            }
            // A custom meta-schema: its own rules apply, not 2020-12's.
            if bare != draft2020 { return [] }
        }
        // The meta-schema is layered (allOf of vocabularies, anyOf of forms), so one mistake
        // fails several keywords: say each place once, with its most specific failure.
        var chosen: [String: ValidationError] = [:]
        var order: [String] = []
        for error in CompiledSchema.metaSchema.validate(document.value).errors {
            let place = error.instanceLocation.description
            guard let previous = chosen[place] else {
                chosen[place] = error
                order.append(place)
                continue
            }
            if error.keywordLocation.tokens.count > previous.keywordLocation.tokens.count { chosen[place] = error }
        }
        return order.compactMap { chosen[$0] }.map { error in
            Problem(position: position(document, error.instanceLocation.tokens),
                    message: "invalid schema: \(error.message) [at \"\(error.instanceLocation)\"]")
        }
    }

    /// The name of an older draft whose meta-schema `uri` is, if it is one.
    static func olderDraft(_ uri: String) -> String? {
        let known = [
            "http://json-schema.org/draft-03/schema": "draft-03", "http://json-schema.org/draft-04/schema": "draft-04",
            "http://json-schema.org/draft-06/schema": "draft-06", "http://json-schema.org/draft-07/schema": "draft-07",
            "https://json-schema.org/draft/2019-09/schema": "draft 2019-09",
        ]
        let http = uri.replacingOccurrences(of: "https://json-schema.org/draft-0", with: "http://json-schema.org/draft-0")
        return known[http]
    }

    private static func position(_ document: JSONDocument, _ tokens: [String]) -> SourcePosition? {
        document.position(of: JSONPointer(tokens: tokens))
    }
}
