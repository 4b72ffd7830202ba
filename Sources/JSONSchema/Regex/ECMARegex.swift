import Foundation
import ICURegex

/// The outcome of a search: a match, none, or no answer because the expression needed more
/// work on this text than the engine allows (catastrophic backtracking, `^(a+)+$` on
/// `aaaa…a!`). The third is never folded into either of the first two.
enum RegexSearch: Sendable, Equatable {
    case match
    case noMatch
    case tooComplex
}

/// An ECMA-262 regular expression (as JSON Schema's `pattern` requires), run on ICU through
/// its C API after `ECMARegexTranslator` rewrites the constructs whose meaning differs.
/// Compiled once per pattern and shared across threads (each search borrows a clone).
///
/// Work is bounded: a search may take `baseTimeLimit` × 10 000 + `stepsPerCharacter` × length steps of
/// ICU's match engine (ICU's time limit, which counts steps, not seconds, so the outcome
/// does not depend on the machine) and `stackLimit` bytes of backtracking stack. Beyond
/// either, ICU stops with `U_REGEX_TIME_OUT` / `U_REGEX_STACK_OVERFLOW` and the search
/// answers `.tooComplex`. (`NSRegularExpression` on Linux drops that error and says "no
/// match", which is why it is not used.)
struct ECMARegex: Sendable {
    let pattern: String
    private let engine: LazyICUPattern
    /// The same pattern as a direct matcher, when it is one of the simple kind.
    private let simple: SimplePattern?

    /// ICU's time-limit unit is 10 000 match steps: 100 units are a million steps (tens of
    /// milliseconds; an ordinary pattern on a form's value needs a few hundred); long texts
    /// get 100 more steps per UTF-16 unit, so the bound stays linear in the text.
    static let baseTimeLimit = 100
    static let stepsPerCharacter = 100
    /// ICU's default, stated: 8 MB of heap for the backtracking stack.
    static let stackLimit = 8 << 20

    init(_ pattern: String) throws(SchemaError) {
        self.pattern = pattern
        let translated: String
        do {
            translated = try ECMARegexTranslator.translate(pattern)
        } catch {
            throw SchemaError(message: "invalid regular expression /\(pattern)/: \(error.message)")
        }
        // ICU refuses an empty pattern; ECMA's // matches everywhere, as (?:) does.
        let source = translated.isEmpty ? "(?:)" : translated
        simple = SimplePattern(pattern)
        if simple == nil {
            // Compiling is what tells whether ICU takes the pattern.
            guard let engine = ICUPattern(source) else {
                throw SchemaError(message: "invalid regular expression /\(pattern)/ (not supported by the ICU engine)")
            }
            self.engine = LazyICUPattern(source, compiled: engine)
        } else {
            // Literals, classes and counts that ICU reads as ECMA does: compiled only if a
            // search through ICU is asked for (tests compare the two).
            self.engine = LazyICUPattern(source, compiled: nil)
        }
    }

    /// Unanchored search, as JSON Schema specifies.
    func search(_ string: String) -> RegexSearch {
        if let simple { return simple.matches(string) ? .match : .noMatch }
        return engineSearch(string)
    }

    /// The search through ICU, also for a simple pattern (tests compare the two).
    func engineSearch(_ string: String) -> RegexSearch {
        guard let engine = engine.compiled else { return .tooComplex }
        let text = Array(string.utf16)
        let ticks = Self.baseTimeLimit + min(text.count / (10_000 / Self.stepsPerCharacter), Int(Int32.max) - Self.baseTimeLimit)
        return engine.search(text, timeLimit: Int32(ticks), stackLimit: Int32(Self.stackLimit))
    }

    private static let cache = RegexCache()

    /// The compiled expression for `pattern`, compiled at most once per process.
    static func cached(_ pattern: String) throws(SchemaError) -> ECMARegex {
        if let hit = cache.get(pattern) { return hit }
        let regex = try ECMARegex(pattern)
        cache.put(pattern, regex)
        return regex
    }
}

/// One compiled ICU expression and a pool of clones: an ICU expression holds its match
/// state, so a search borrows a clone that no other thread uses meanwhile.
private final class ICUPattern: @unchecked Sendable {
    private let compiled: UnsafeMutableRawPointer
    private let lock = NSLock()
    private var idle: [UnsafeMutableRawPointer] = []

    init?(_ pattern: String) {
        let units = Array(pattern.utf16)
        var code: Int32 = 0
        var offset: Int32 = -1
        let regex = units.withUnsafeBufferPointer { eizin_regex_open($0.baseAddress, Int32($0.count), &code, &offset) }
        guard let regex else { return nil }
        compiled = regex
    }

    deinit {
        for clone in idle { eizin_regex_close(clone) }
        eizin_regex_close(compiled)
    }

    func search(_ text: [UInt16], timeLimit: Int32, stackLimit: Int32) -> RegexSearch {
        guard let regex = borrow() else { return .tooComplex }
        defer { giveBack(regex) }
        var code: Int32 = 0
        let outcome = text.withUnsafeBufferPointer {
            eizin_regex_find(regex, $0.baseAddress, Int32(clamping: $0.count), timeLimit, stackLimit, &code)
        }
        switch outcome {
        case Int32(EIZIN_REGEX_MATCH): return .match
        case Int32(EIZIN_REGEX_NO_MATCH): return .noMatch
        // A time-out, a stack overflow, or any other failure of the engine (out of memory):
        // no answer, rather than a wrong one.
        default: return .tooComplex
        }
    }

    private func borrow() -> UnsafeMutableRawPointer? {
        lock.lock()
        if let clone = idle.popLast() {
            lock.unlock()
            return clone
        }
        lock.unlock()
        var code: Int32 = 0
        return eizin_regex_clone(compiled, &code)
    }

    private func giveBack(_ clone: UnsafeMutableRawPointer) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < 16 { idle.append(clone) } else { eizin_regex_close(clone) }
    }
}

/// An ICU pattern compiled at most once, when first needed (see `ECMARegex.init`).
private final class LazyICUPattern: @unchecked Sendable {
    private let lock = NSLock()
    private let source: String
    private var made: ICUPattern??

    init(_ source: String, compiled: ICUPattern?) {
        self.source = source
        made = compiled.map { .some($0) }
    }

    var compiled: ICUPattern? {
        lock.withLock {
            if let made { return made }
            let pattern = ICUPattern(source)
            made = .some(pattern)
            return pattern
        }
    }
}

private final class RegexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: ECMARegex] = [:]

    func get(_ key: String) -> ECMARegex? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func put(_ key: String, _ value: ECMARegex) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count > 10_000 { entries.removeAll() }  // bound memory for untrusted schemas
        entries[key] = value
    }
}
