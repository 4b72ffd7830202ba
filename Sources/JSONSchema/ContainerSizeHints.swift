/// How much room to reserve in the next object or array the parser makes at a depth: the
/// count of the last non-empty one of its kind closed there. Containers at one depth
/// usually share a shape (an array of records), so reserving that count saves growing
/// their storage 1, 2, 4, 8, which was the largest part of parsing such arrays (callgrind).
struct ContainerSizeHints {
    /// Larger containers grow as before: every container at a depth reserves its hint, so
    /// one large sibling must not make them all hold room they do not use. An
    /// `OrderedDictionary` of up to 15 members has no hash table, so none is made early.
    static let maximum = 15

    private var objects: [Int] = []
    private var arrays: [Int] = []

    func objectCount(atDepth depth: Int) -> Int { depth < objects.count ? objects[depth] : 0 }
    func arrayCount(atDepth depth: Int) -> Int { depth < arrays.count ? arrays[depth] : 0 }

    mutating func closedObject(count: Int, atDepth depth: Int) { Self.record(count, atDepth: depth, in: &objects) }
    mutating func closedArray(count: Int, atDepth depth: Int) { Self.record(count, atDepth: depth, in: &arrays) }

    private static func record(_ count: Int, atDepth depth: Int, in hints: inout [Int]) {
        while hints.count <= depth { hints.append(0) }
        hints[depth] = min(count, maximum)
    }
}
