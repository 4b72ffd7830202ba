import Foundation

/// A parsed JSON text: the value, and where each value and member key stands in the source.
public struct JSONDocument: Sendable {
    public let value: JSONValue
    /// Kept apart from `JSONValue` so values stay plain and comparable; a pointer finds its
    /// entry by walking the value and the table side by side. Made from the source text
    /// when first asked for (see `JSONParser.parse(buffer:source:options:)`).
    private let source: LazyPositions

    var positions: PositionTable { source.table }

    /// A document without source positions (a value built in memory).
    public init(value: JSONValue) {
        self.init(value: value, positions: PositionTable())
    }

    init(value: JSONValue, positions: PositionTable) {
        self.value = value
        self.source = LazyPositions(table: positions)
    }

    init(value: JSONValue, source: LazyPositions) {
        self.value = value
        self.source = source
    }

    /// Position of the first character of the value at `pointer`.
    public func position(of pointer: JSONPointer) -> SourcePosition? {
        entryIndex(of: pointer).map { positions.entries[$0].value.sourcePosition }
    }

    /// Position of the opening quote of the member key named by the last token of `pointer`
    /// (nil for the root and for array elements).
    public func keyPosition(of pointer: JSONPointer) -> SourcePosition? {
        entryIndex(of: pointer).flatMap { positions.entries[$0].key?.sourcePosition }
    }

    /// The value at `pointer`, if any.
    public func value(at pointer: JSONPointer) -> JSONValue? { pointer.resolve(in: value) }

    /// Walks the value and the position list together. A member's index in its object's
    /// ordered dictionary is its rank among the object's live children in the table.
    private func entryIndex(of pointer: JSONPointer) -> Int? {
        guard !positions.entries.isEmpty else { return nil }
        var current = value
        var entry = 0
        for token in pointer.tokens {
            let childRank: Int
            switch current {
            case .object(let members):
                guard let index = members.index(forKey: token) else { return nil }
                childRank = index
                current = members.values[index]
            case .array(let elements):
                guard let index = JSONPointer.arrayIndex(token), index < elements.count else { return nil }
                childRank = index
                current = elements[index]
            default:
                return nil
            }
            entry = positions.child(of: entry, rank: childRank)
        }
        return entry
    }
}

/// A document's position table, made once from its source text by a parse that records
/// positions, on the first question about a position (from any thread).
final class LazyPositions: @unchecked Sendable {
    private let lock = NSLock()
    /// Until the table is made; released then.
    private var source: [UInt8]?
    private let start: Int
    private let options: JSONParseOptions
    private var made: PositionTable?

    init(source: [UInt8], start: Int, options: JSONParseOptions) {
        self.source = source
        self.start = start
        self.options = options
    }

    init(table: PositionTable) {
        self.start = 0
        self.options = JSONParseOptions()
        self.made = table
    }

    var table: PositionTable {
        lock.withLock {
            if let made { return made }
            // The text parsed once without error, so it parses again.
            let table = source?.withUnsafeBufferPointer { buffer in
                try? JSONParser.parseRecordingPositions(buffer, start: start, options: options).positions
            } ?? PositionTable()
            made = table
            source = nil
            return table
        }
    }
}
