/// Errors met between values, built out of line so that the hot structural functions hold
/// no message-building code.
extension JSONByteParser {
    @inline(never)
    mutating func missingValue() -> JSONParseError {
        error("expected a JSON value, found \(found(at: index))", at: index)
    }

    /// After an element or member: neither "," nor the closing bracket.
    @inline(never)
    mutating func missingSeparator(inArray: Bool, container: Int) -> JSONParseError {
        let expected = inArray ? "expected ',' or ']' after array element" : "expected ',' or '}' after object member"
        guard index < bytes.count else {
            let opened = positions.entries[container].value.sourcePosition
            return error("\(expected), found end of input (the \(inArray ? "array" : "object") opened at \(opened) is not closed)", at: index)
        }
        return error("\(expected), found \(found(at: index))", at: index)
    }

    @inline(never)
    mutating func trailingComma(inArray: Bool) -> JSONParseError {
        inArray
            ? error("expected a value after ',', found ']' (trailing commas are not allowed)", at: index)
            : error("expected a member name after ',', found '}' (trailing commas are not allowed)", at: index)
    }

    @inline(never)
    mutating func missingMemberName() -> JSONParseError {
        error("expected a member name in double quotes, found \(found(at: index))", at: index)
    }

    @inline(never)
    mutating func missingColon(after key: String) -> JSONParseError {
        error("expected ':' after member name \(quoted(key)), found \(found(at: index))", at: index)
    }

    @inline(never)
    mutating func tooDeep() -> JSONParseError {
        error("arrays and objects are nested more than \(options.maximumDepth) levels deep", at: index)
    }
}
