/// Why a text is not JSON, and where: `description` reads "1:12: expected ',' or '}' after
/// object member, found ']'".
///
/// `reason` says the same thing as data, so that a program can word it in another language
/// (the validator's Turkish messages) without parsing the English.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, with the tokens and positions involved.
    public var reason: Reason
    /// Plain English: what was expected and what was found.
    public var message: String
    /// Where the problem is (line and column in Unicode scalars, 1-based; byte offset).
    public var position: SourcePosition

    public init(_ reason: Reason, at position: SourcePosition) {
        self.reason = reason
        self.message = reason.englishMessage
        self.position = position
    }

    /// An error known only by its English text (reason `.other`).
    public init(message: String, position: SourcePosition) {
        self.reason = .other(message)
        self.message = message
        self.position = position
    }

    public var description: String { "\(position): \(message)" }
}
