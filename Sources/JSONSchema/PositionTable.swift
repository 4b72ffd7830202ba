/// Where every value of a document (and its member key) starts, stored beside the value.
///
/// One entry per value in document order (a value, then its members or elements). Each entry
/// knows the size of its subtree, so a container's children are found by skipping whole
/// siblings; containers with many children also get a list of their children's entries, so
/// that finding element 90 000 of a long array does not walk 89 999 siblings.
struct PositionTable: Sendable {
    var entries: [PositionEntry] = []
    /// Entry indices of the live children of containers with at least `childListThreshold`
    /// children, keyed by the container's entry index.
    var childLists: [UInt32: [UInt32]] = [:]

    static let childListThreshold = 16

    /// The entry of the `rank`-th live child of the container at `parent` (superseded
    /// duplicate members do not count).
    func child(of parent: Int, rank: Int) -> Int {
        if let children = childLists[UInt32(parent)] { return Int(children[rank]) }
        var index = parent + 1
        var remaining = rank
        while true {
            if !entries[index].superseded {
                if remaining == 0 { return index }
                remaining -= 1
            }
            index += Int(entries[index].subtreeSize)
        }
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
    /// A member whose name appeared again later, with `duplicateKeys: .keepLast`: it stays in
    /// the table (removing it would shift every later entry) but no pointer reaches it.
    var superseded = false
    /// 1 + the number of entries of the value's descendants: the next sibling is that far on.
    var subtreeSize: UInt32 = 1
}
