/// Errors met between values, built out of line so that the hot structural functions hold
/// no message-building code.
extension JSONByteParser {
    @inline(never)
    mutating func missingValue() -> JSONParseError {
        error(.expectedValue(found: found(at: index)), at: index)
    }

    /// After an element or member: neither "," nor the closing bracket.
    @inline(never)
    mutating func missingSeparator(inArray: Bool, container: Int) -> JSONParseError {
        let kind: JSONParseError.Container = inArray ? .array : .object
        let opened = index < bytes.count || !recordsPositions ? nil : positions.entries[container].value.sourcePosition
        return error(.missingSeparator(kind, found: found(at: index), openedAt: opened), at: index)
    }

    @inline(never)
    mutating func trailingComma(inArray: Bool) -> JSONParseError {
        error(.trailingComma(inArray ? .array : .object), at: index)
    }

    @inline(never)
    mutating func missingMemberName() -> JSONParseError {
        error(.expectedMemberName(found: found(at: index)), at: index)
    }

    @inline(never)
    mutating func missingColon(after key: String) -> JSONParseError {
        error(.expectedColon(afterKey: key, found: found(at: index)), at: index)
    }

    @inline(never)
    mutating func tooDeep() -> JSONParseError {
        error(.tooDeep(limit: options.maximumDepth), at: index)
    }
}
