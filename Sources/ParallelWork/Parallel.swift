import Dispatch
import Foundation

/// Work spread over every core, results in input order, so output stays byte-identical and
/// deterministic whatever the scheduling. Used by the build (render, layout, check, search
/// index) and by the validator for many files.
public enum Parallel {
    /// Cores to use: `EIZIN_JOBS` when set (1 turns parallelism off), else every active core.
    static let cores: Int = {
        if let text = ProcessInfo.processInfo.environment["EIZIN_JOBS"], let jobs = Int(text), jobs > 0 { return jobs }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// `body(i)` for every `i` in `0..<count`, on all cores; the results in index order.
    public static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        chunks(count) { range in range.map(body) }.flatMap { $0 }
    }

    /// `body(range)` for consecutive ranges covering `0..<count` (a few per core, so a slow
    /// one does not hold the others), results in range order. A range is one worker's: it may
    /// keep a cache for its own calls without locks.
    public static func chunks<T>(_ count: Int, perCore: Int = 4, _ body: (Range<Int>) -> T) -> [T] {
        guard count > 0 else { return [] }
        let pieces = min(count, cores <= 1 ? 1 : cores * perCore)
        if pieces == 1 { return [body(0..<count)] }
        return withoutActuallyEscaping(body) { body in
            let work = UncheckedSendable(body)
            var results = [T?](repeating: nil, count: pieces)
            results.withUnsafeMutableBufferPointer { buffer in
                let out = UncheckedSendable(buffer)
                DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                    let range = (count * piece / pieces)..<(count * (piece + 1) / pieces)
                    // Each piece writes only its own slot.
                    out.value[piece] = work.value(range)
                }
            }
            return results.map { $0! }
        }
    }
}

/// A value handed to worker threads that only read it (or write disjoint parts of it).
struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
