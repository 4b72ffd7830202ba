/// A parsed JSON text: the value, and where each value and member key stands in the source.
public struct JSONDocument: Sendable {
    public let value: JSONValue
    /// One entry per value, in document order (a value, then its members or elements).
    /// Kept apart from `JSONValue` so values stay plain and comparable; a pointer finds its
    /// entry by walking the value and this list side by side.
    let positions: [PositionEntry]

    /// A document without source positions (a value built in memory).
    public init(value: JSONValue) {
        self.value = value
        self.positions = []
    }

    init(value: JSONValue, positions: [PositionEntry]) {
        self.value = value
        self.positions = positions
    }

    /// Position of the first character of the value at `pointer`.
    public func position(of pointer: JSONPointer) -> SourcePosition? {
        entryIndex(of: pointer).map { positions[$0].value.sourcePosition }
    }

    /// Position of the opening quote of the member key named by the last token of `pointer`
    /// (nil for the root and for array elements).
    public func keyPosition(of pointer: JSONPointer) -> SourcePosition? {
        entryIndex(of: pointer).flatMap { positions[$0].key?.sourcePosition }
    }

    /// The value at `pointer`, if any.
    public func value(at pointer: JSONPointer) -> JSONValue? { pointer.resolve(in: value) }

    /// Walks the value and the position list together. A member's index in its object's
    /// ordered dictionary is its rank among the object's children in the list.
    private func entryIndex(of pointer: JSONPointer) -> Int? {
        guard !positions.isEmpty else { return nil }
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

/// A source position in 12 bytes; inputs are limited to 4 GiB so every field fits.
struct PackedPosition: Sendable, Hashable {
    var offset: UInt32
    var line: UInt32
    var column: UInt32

    var sourcePosition: SourcePosition {
        SourcePosition(line: Int(line), column: Int(column), offset: Int(offset))
    }
}

/// Where one value (and its member key, if it is an object member) starts.
struct PositionEntry: Sendable {
    var value: PackedPosition
    var key: PackedPosition?
    /// 1 + the number of entries of the value's descendants: the next sibling is that far on.
    var subtreeSize: UInt32 = 1
}

extension [PositionEntry] {
    /// The index of the `rank`-th child of the container at `parent`.
    func child(of parent: Int, rank: Int) -> Int {
        var index = parent + 1
        for _ in 0..<rank { index += Int(self[index].subtreeSize) }
        return index
    }
}
