import Guide
import ParallelWork

extension Parallel {
    /// `Parallel.map`, with the items started largest first by `size`, the results still in
    /// index order. One page far larger than the rest (the print page holds every page)
    /// then runs beside the others instead of after them, at the end of the last range.
    static func mapLargestFirst<T>(_ count: Int, size: (Int) -> Int, _ body: (Int) -> T) -> [T] {
        let order = (0..<count).map { (index: $0, size: size($0)) }.sorted { ($0.size, $1.index) > ($1.size, $0.index) }.map(\.index)
        let results = map(count) { body(order[$0]) }
        var placed = [T?](repeating: nil, count: count)
        for (position, index) in order.enumerated() { placed[index] = results[position] }
        return placed.map { $0! }
    }
}
