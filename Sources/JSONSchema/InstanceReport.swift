/// One instance's validation as a tool reports it to people: its failures in file
/// order, the failures past `ValidationOptions.maxErrors` as counted groups where their
/// first one stands; and, for the standard output formats, the JSON document of one or
/// several files. `eizin validate --schema` prints these.
public enum InstanceReport {
    /// One line of a file's report.
    public enum Entry: Sendable, Hashable {
        /// A listed failure.
        case error(ValidationError)
        /// Failures of one keyword that were only counted (`ValidationResult.omitted`).
        case more(OmittedErrors)
        /// More failures than were listed, none of them counted (they were inside
        /// alternatives: `ValidationResult.truncated` with `omittedCount` 0).
        case moreUncounted
    }

    /// An entry and where it points in the instance's text (nil: no position known).
    public struct Line: Sendable, Hashable {
        public var entry: Entry
        public var position: SourcePosition?

        public init(entry: Entry, position: SourcePosition?) {
            self.entry = entry
            self.position = position
        }
    }

    /// The entries of `result`, in file order like a compiler's messages (the validator
    /// reports in schema order); a failure about a member's name points at the name. Ties
    /// and entries without a position keep the validator's order, a counted group after the
    /// listed failures at its place.
    public static func lines(_ result: ValidationResult, in document: JSONDocument) -> [Line] {
        var lines = result.errors.map { Line(entry: .error($0), position: $0.sourcePosition(in: document)) }
        lines += result.omitted.map { Line(entry: .more($0), position: $0.sample.sourcePosition(in: document)) }
        let ordered = lines.enumerated().sorted { a, b in
            (a.element.position?.offset ?? -1, a.offset) < (b.element.position?.offset ?? -1, b.offset)
        }.map(\.element)
        if result.truncated && result.omitted.isEmpty { return ordered + [Line(entry: .moreUncounted, position: nil)] }
        return ordered
    }

    /// What `--output` prints for `files` (each file's name and its output unit): one file
    /// named as such gives its unit; otherwise (several files, or a folder, however many
    /// files it holds) a list of `{"file", "output"}`, so that the shape does not depend on a
    /// folder's contents.
    public static func outputDocument(_ files: [(file: String, output: JSONValue)], oneFileNamed: Bool) -> JSONValue? {
        if oneFileNamed { return files.first?.output }
        return .array(files.map { .object(["file": .string($0.file), "output": $0.output]) })
    }
}
