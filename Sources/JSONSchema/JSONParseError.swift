/// Why a text is not JSON, and where: `description` reads "1:12: expected ',' or '}' after
/// object member, found ']'".
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Plain English: what was expected and what was found.
    public var message: String
    /// Where the problem is (line and column in Unicode scalars, 1-based; byte offset).
    public var position: SourcePosition

    public init(message: String, position: SourcePosition) {
        self.message = message
        self.position = position
    }

    public var description: String { "\(position): \(message)" }
}
