import OrderedCollections

/// The recursive-descent parser behind `JSONParser`, reading bytes in place.
///
/// Recursion is bounded by `options.maximumDepth`, so hostile nesting is an error, not a
/// stack overflow. With `recordsPositions`, positions are recorded in `positions` in
/// document order as values start; without, the parser builds only the value (an error
/// found then is found again by a parse that records them, see `JSONParser`).
struct JSONByteParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let options: JSONParseOptions
    let recordsPositions: Bool
    var index: Int
    var depth = 0
    var positions = PositionTable()
    /// Entry indices of the children of the containers being parsed, innermost last.
    var childStack: [UInt32] = []
    /// Reused buffer for strings that contain escapes.
    var scratch: [UInt8] = []
    var sizeHints = ContainerSizeHints()

    // Column tracking without rescanning lines: `markOffset` is a byte offset on `line`
    // whose column is `markColumn`. Positions are asked for in increasing order, so counting
    // scalars from the mark and moving it keeps the total work linear.
    var line = 1
    var markOffset: Int
    var markColumn = 1

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, options: JSONParseOptions, recordsPositions: Bool) {
        self.bytes = bytes
        self.options = options
        self.recordsPositions = recordsPositions
        self.index = start
        self.markOffset = start
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else {
            throw error(bytes.isEmpty ? .emptyInput : .expectedValue(found: .endOfInput), at: index)
        }
        let value = try parseValue(key: nil)
        skipWhitespace()
        guard index == bytes.count else {
            throw error(.expectedEndOfInput(found: found(at: index)), at: index)
        }
        return value
    }

    mutating func parseValue(key: PackedPosition?) throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw missingValue() }
        let entry = positions.entries.count
        if recordsPositions { positions.entries.append(PositionEntry(value: packedPosition(at: index), key: key)) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(entry: entry)
        case UInt8(ascii: "["): return try parseArray(entry: entry)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try parseLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try parseLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try parseLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw missingValue()
        }
    }

    private mutating func parseArray(entry: Int) throws(JSONParseError) -> JSONValue {
        try enterContainer()
        index += 1
        var elements: [JSONValue] = []
        let firstChild = childStack.count
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
        } else {
            elements.reserveCapacity(sizeHints.arrayCount(atDepth: depth))
            while true {
                if recordsPositions { childStack.append(UInt32(positions.entries.count)) }
                elements.append(try parseValue(key: nil))
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "]") else {
                    throw missingSeparator(inArray: true, container: entry)
                }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    break
                }
                index += 1
                skipWhitespace()
                if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                    throw trailingComma(inArray: true)
                }
            }
            sizeHints.closedArray(count: elements.count, atDepth: depth)
        }
        closeContainer(entry: entry, firstChild: firstChild)
        return .array(elements)
    }

    private mutating func parseObject(entry: Int) throws(JSONParseError) -> JSONValue {
        try enterContainer()
        index += 1
        var members = OrderedDictionary<String, JSONValue>()
        let firstChild = childStack.count
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            members.reserveCapacity(sizeHints.objectCount(atDepth: depth))
            while true {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw missingMemberName()
                }
                let keyPosition = recordsPositions ? packedPosition(at: index) : nil
                let key = try parseString()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    throw missingColon(after: key)
                }
                index += 1
                skipWhitespace()
                if recordsPositions { childStack.append(UInt32(positions.entries.count)) }
                let value = try parseValue(key: keyPosition)
                // The subscript takes the value over (`consume`); `updateValue` would copy it,
                // a call and a retain per member. An unchanged count means a repeated name.
                let countBefore = members.count
                members[key] = consume value
                if members.count == countBefore, let existingIndex = members.index(forKey: key) {
                    try handleDuplicate(key, at: keyPosition, existingIndex: existingIndex, object: entry, members: &members)
                }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "}") else {
                    throw missingSeparator(inArray: false, container: entry)
                }
                if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    break
                }
                index += 1
                skipWhitespace()
                if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                    throw trailingComma(inArray: false)
                }
            }
            sizeHints.closedObject(count: members.count, atDepth: depth)
        }
        closeContainer(entry: entry, firstChild: firstChild)
        return .object(members)
    }

    /// `members` already holds the new value at the first occurrence's index.
    @inline(never)
    private mutating func handleDuplicate(
        _ key: String, at keyPosition: PackedPosition?, existingIndex: Int, object: Int,
        members: inout OrderedDictionary<String, JSONValue>
    ) throws(JSONParseError) {
        let first = recordsPositions ? positions.child(of: object, rank: existingIndex) : nil
        switch options.duplicateKeys {
        case .reject:
            // Without positions, this error is only a signal: the parse that records them
            // throws the one with both positions.
            let firstKey = first.flatMap { positions.entries[$0].key?.sourcePosition }
            let duplicate = keyPosition?.sourcePosition ?? SourcePosition(line: line, column: 0, offset: index)
            throw JSONParseError(.duplicateKey(key, at: duplicate, firstAt: firstKey), at: duplicate)
        case .keepLast:
            // The member moves to the end, where its live entry is, so that member order and
            // the order of live entries still agree.
            let value = members.remove(at: existingIndex).value
            members[key] = value
            if let first { positions.entries[first].superseded = true }
        }
    }

    /// Records the container's subtree size and, for a large one, its list of live children.
    @inline(never)
    private mutating func closeContainer(entry: Int, firstChild: Int) {
        depth -= 1
        guard recordsPositions else { return }
        positions.entries[entry].subtreeSize = UInt32(positions.entries.count - entry)
        if childStack.count - firstChild >= PositionTable.childListThreshold {
            positions.childLists[UInt32(entry)] = childStack[firstChild...].filter { !positions.entries[Int($0)].superseded }
        }
        childStack.removeSubrange(firstChild...)
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > options.maximumDepth { throw tooDeep() }
    }

    @inline(never)
    private mutating func parseLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        let matches = index + count <= bytes.count && literal.withUTF8Buffer { expected in
            var i = 0
            while i < count && bytes[index + i] == expected[i] { i += 1 }
            return i == count
        }
        guard matches else {
            // "found 'tru'" reads best as a misspelt literal; other words as no value at all.
            var wordEnd = index
            while wordEnd < bytes.count && isLetter(bytes[wordEnd]) { wordEnd += 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[index..<wordEnd])
            let misspelt = literal.withUTF8Buffer { literalBytes in
                word.starts(with: literalBytes) || literalBytes.starts(with: word)
            }
            let found = found(at: index)
            throw error(misspelt ? .expectedLiteral("\(literal)", found: found) : .expectedValue(found: found), at: index)
        }
        index += count
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09:
                index += 1
            case 0x0A:
                index += 1
                startLine()
            case 0x0D:
                index += 1
                // CR LF is one line break, counted at the LF; a lone CR is a line break too.
                if index >= bytes.count || bytes[index] != 0x0A { startLine() }
            default:
                return
            }
        }
    }

    private mutating func startLine() {
        line += 1
        markOffset = index
        markColumn = 1
    }
}
