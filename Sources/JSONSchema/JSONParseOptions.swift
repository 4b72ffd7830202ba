/// How strict `JSONParser` is where RFC 8259 leaves the choice to the implementation.
public struct JSONParseOptions: Sendable, Hashable {
    /// What to do with an object that names the same member twice.
    public enum DuplicateKeys: Sendable, Hashable {
        /// An error naming both positions (the default: RFC 8259 says names SHOULD be
        /// unique, and parsers disagree on which value wins, so a filled form with a
        /// duplicate is a mistake worth reporting).
        case reject
        /// The last value wins, as in JavaScript's `JSON.parse`; the member moves to where its
        /// last occurrence stands, so its order and its source position are that occurrence's.
        case keepLast
    }

    /// The default nesting limit: arrays and objects nested deeper are an error.
    public static let defaultMaximumDepth = 512

    /// The default limit on a number's significant digits.
    public static let defaultMaximumSignificantDigits = 10_000

    /// Arrays and objects nested deeper than this are an error (never a stack overflow).
    public var maximumDepth: Int
    public var duplicateKeys: DuplicateKeys
    /// Numbers with more significant digits (leading and trailing zeros do not count) are an
    /// error: building an exact value from decimal digits takes time quadratic in their
    /// count, so one hostile number of a few megabytes would stall the parser for hours.
    /// (Python limits int-from-string conversion for the same reason, at 4 300 digits.)
    public var maximumSignificantDigits: Int

    public init(maximumDepth: Int = JSONParseOptions.defaultMaximumDepth, duplicateKeys: DuplicateKeys = .reject,
                maximumSignificantDigits: Int = JSONParseOptions.defaultMaximumSignificantDigits) {
        self.maximumDepth = maximumDepth
        self.duplicateKeys = duplicateKeys
        self.maximumSignificantDigits = maximumSignificantDigits
    }
}
