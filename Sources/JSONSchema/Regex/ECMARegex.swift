import Foundation

/// An ECMA-262 regular expression (as JSON Schema's `pattern` requires), run on ICU through
/// `NSRegularExpression` after `ECMARegexTranslator` rewrites the constructs whose meaning
/// differs. Compiled once per pattern and shared; `NSRegularExpression` is immutable and
/// documented as safe to use from several threads.
struct ECMARegex: @unchecked Sendable {
    let pattern: String
    private let regex: NSRegularExpression

    init(_ pattern: String) throws(SchemaError) {
        self.pattern = pattern
        let translated: String
        do {
            translated = try ECMARegexTranslator.translate(pattern)
        } catch {
            throw SchemaError(message: "invalid regular expression /\(pattern)/: \(error.message)")
        }
        do {
            // ICU refuses an empty pattern; ECMA's // matches everywhere, as (?:) does.
            regex = try NSRegularExpression(pattern: translated.isEmpty ? "(?:)" : translated, options: [])
        } catch {
            throw SchemaError(message: "invalid regular expression /\(pattern)/ (not supported by the ICU engine)")
        }
    }

    /// Unanchored search, as JSON Schema specifies.
    func matches(_ string: String) -> Bool {
        let ns = string as NSString
        return regex.firstMatch(in: string, options: [], range: NSRange(location: 0, length: ns.length)) != nil
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
