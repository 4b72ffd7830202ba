/// A `pattern` simple enough to match without the regex engine: an optional `^`, a sequence
/// of ASCII literals, classes (`[0-9]`, `[A-Za-z_-]`, `[^@ ]`) and `\d`/`\w`, each with an
/// optional quantifier (`{n}`, `{n,}`, `{n,m}`, `*`, `+`, `?`), and an optional `$`. Forms
/// use many of these (`^[0-9]{11}$`, `^[^@ ]+@[^@ ]+\.[a-z]{2,}$`); matching one is a pass
/// over the text per atom (a single walk when every count is fixed), with no compilation,
/// no UTF-16 copy and no step limit to need. Anything else (alternation, groups, `.`, lazy
/// quantifiers, other escapes) is left to ICU.
///
/// The answer is the same as ECMA-262's, working on UTF-8 bytes: a positive atom only
/// matches ASCII, so it never consumes part of a character. A negated class matches any
/// character outside its ASCII set, so it consumes every byte of a non-ASCII character; it
/// is accepted only with `*`, `+` (or `{0,}`, `{1,}`), where counting bytes instead of
/// characters changes nothing, and only when an atom that must match an ASCII character
/// stands between it and the next negated class, so no two of them can share the bytes of
/// one character. Whether *some* way of splitting the text between the atoms exists does
/// not depend on greedy or lazy order, so the set of reachable positions after each atom
/// decides it.
struct SimplePattern: Sendable, Equatable {
    struct Atom: Sendable, Equatable {
        /// Bit c of (low, high) is set when ASCII code c is in the set.
        var low: UInt64 = 0
        var high: UInt64 = 0
        var minimum: Int
        var maximum: Int
        /// A negated class: matches every byte that is not in the set, non-ASCII ones too.
        var negated = false

        func contains(_ byte: UInt8) -> Bool {
            let inSet = byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
            return inSet != negated
        }

        mutating func insert(_ byte: UInt8) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }

        /// `\d` or `\w` (the letter after the backslash): inserts its ASCII set; false for others.
        mutating func insertShorthand(_ letter: UInt8) -> Bool {
            switch letter {
            case UInt8(ascii: "d"): for x in UInt8(ascii: "0")...UInt8(ascii: "9") { insert(x) }
            case UInt8(ascii: "w"): for x in 0..<UInt8(128) where SimplePattern.isWord(x) { insert(x) }
            default: return false
            }
            return true
        }
    }

    let atoms: [Atom]
    let anchoredStart: Bool
    let anchoredEnd: Bool
    /// Every atom matches a fixed number of characters: one walk decides an anchored match.
    let fixed: Bool

    /// Characters that stand for themselves outside a class.
    private static func isPlainLiteral(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            || Array(" _-@:/,#%&=~'\"<>!;`".utf8).contains(c)
    }

    /// Characters that stand for themselves inside a class (besides a range's `-`).
    private static func isClassLiteral(_ c: UInt8) -> Bool {
        isPlainLiteral(c) || Array(".+*?()|{}$".utf8).contains(c)
    }

    private static func isWord(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "_")
    }

    init?(_ pattern: String) {
        let p = Array(pattern.utf8)
        var i = 0
        var atoms: [Atom] = []
        anchoredStart = p.first == UInt8(ascii: "^")
        if anchoredStart { i = 1 }
        var end = p.count
        var anchoredEnd = false
        // A final `$` not escaped (`\$` is a literal).
        if end > i, p[end - 1] == UInt8(ascii: "$"), !(end >= 2 && p[end - 2] == UInt8(ascii: "\\")) {
            anchoredEnd = true
            end -= 1
        }
        self.anchoredEnd = anchoredEnd
        while i < end {
            var atom = Atom(minimum: 1, maximum: 1)
            let c = p[i]
            if c == UInt8(ascii: "[") {
                i += 1
                if i < end, p[i] == UInt8(ascii: "^") {
                    atom.negated = true
                    i += 1
                }
                guard i < end, p[i] != UInt8(ascii: "]") else { return nil }
                var closed = false
                while i < end {
                    let d = p[i]
                    if d == UInt8(ascii: "]") { closed = true; i += 1; break }
                    if d == UInt8(ascii: "\\") {
                        guard i + 1 < end else { return nil }
                        let e = p[i + 1]
                        if !atom.insertShorthand(e) {
                            guard e < 128, !Self.isWord(e) else { return nil }
                            atom.insert(e)   // \. \- \] \\ ...: the character itself
                        }
                        i += 2
                        continue
                    }
                    guard Self.isClassLiteral(d) || d == UInt8(ascii: "-") else { return nil }
                    // A range a-z between two plain characters; a `-` first or last is itself.
                    if i + 2 < end, p[i + 1] == UInt8(ascii: "-"), p[i + 2] != UInt8(ascii: "]") {
                        let to = p[i + 2]
                        guard d != UInt8(ascii: "-"), Self.isClassLiteral(to), d <= to else { return nil }
                        for x in d...to { atom.insert(x) }
                        i += 3
                    } else {
                        atom.insert(d)
                        i += 1
                    }
                }
                guard closed else { return nil }
            } else if c == UInt8(ascii: "\\") {
                guard i + 1 < end else { return nil }
                let e = p[i + 1]
                if !atom.insertShorthand(e) {
                    guard Array(".-/+*?()[]{}|^$\\".utf8).contains(e) else { return nil }
                    atom.insert(e)
                }
                i += 2
            } else if Self.isPlainLiteral(c) {
                atom.insert(c)
                i += 1
            } else {
                return nil
            }
            // Quantifier.
            if i < end {
                switch p[i] {
                case UInt8(ascii: "*"): atom.minimum = 0; atom.maximum = Int.max; i += 1
                case UInt8(ascii: "+"): atom.minimum = 1; atom.maximum = Int.max; i += 1
                case UInt8(ascii: "?"): atom.minimum = 0; atom.maximum = 1; i += 1
                case UInt8(ascii: "{"):
                    var j = i + 1
                    func number() -> Int? {
                        var value = 0
                        let start = j
                        while j < end, p[j] >= 0x30, p[j] <= 0x39, j - start < 6 { value = value * 10 + Int(p[j] - 0x30); j += 1 }
                        return j > start ? value : nil
                    }
                    guard let low = number() else { return nil }
                    var high = low
                    if j < end, p[j] == UInt8(ascii: ",") {
                        j += 1
                        if j < end, p[j] == UInt8(ascii: "}") { high = Int.max } else {
                            guard let value = number() else { return nil }
                            high = value
                        }
                    }
                    guard j < end, p[j] == UInt8(ascii: "}"), low <= high else { return nil }
                    atom.minimum = low
                    atom.maximum = high
                    i = j + 1
                default: break
                }
                // A lazy or possessive marker, or a second quantifier: not this matcher's.
                if i < end, [UInt8(ascii: "?"), UInt8(ascii: "+"), UInt8(ascii: "*"), UInt8(ascii: "{")].contains(p[i]) { return nil }
            }
            atoms.append(atom)
        }
        guard i == end, Self.negatedClassesAreSeparate(atoms) else { return nil }
        self.atoms = atoms
        fixed = atoms.allSatisfy { $0.minimum == $0.maximum && !$0.negated }
    }

    /// Negated classes only with an unbounded count of at most one (`*`, `+`), each kept
    /// from the next by an atom that must match at least one ASCII character (see above).
    private static func negatedClassesAreSeparate(_ atoms: [Atom]) -> Bool {
        var separated = true
        for atom in atoms {
            if atom.negated {
                guard atom.minimum <= 1, atom.maximum == Int.max, separated else { return false }
                separated = false
            } else if atom.minimum >= 1 {
                separated = true
            }
        }
        return true
    }

    /// Whether the pattern matches somewhere in `text` (everywhere, when anchored).
    func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches(bytes: $0) }
    }

    func matches(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if fixed && anchoredStart { return matchesFixed(bytes) }
        if bytes.count < 64 { return matchesShort(bytes) }
        let n = bytes.count
        // Three rows of n + 2 counters, on the stack for ordinary values.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (n + 2)) { storage in
            // reach[p] != 0: the atoms so far can end at position p.
            let reach = UnsafeMutableBufferPointer(rebasing: storage[0..<(n + 2)])
            let run = UnsafeMutableBufferPointer(rebasing: storage[(n + 2)..<(2 * n + 4)])
            let marks = UnsafeMutableBufferPointer(rebasing: storage[(2 * n + 4)...])
            reach.initialize(repeating: anchoredStart ? 0 : 1)
            reach[0] = 1
            for atom in atoms {
                // run[p]: how many characters from p on are in the atom's set.
                run[n] = 0
                var p = n - 1
                while p >= 0 {
                    run[p] = atom.contains(bytes[p]) ? run[p + 1] + 1 : 0
                    p -= 1
                }
                // Each reachable p reaches p+minimum ... p+min(maximum, run[p]): intervals,
                // added up as a difference array so the pass stays linear.
                marks.initialize(repeating: 0)
                var any = false
                for p in 0...n where reach[p] != 0 && run[p] >= atom.minimum {
                    let last = p + min(atom.maximum, run[p])
                    marks[p + atom.minimum] += 1
                    marks[last + 1] -= 1
                    any = true
                }
                guard any else { return false }
                var open = 0
                for p in 0...n {
                    open += marks[p]
                    reach[p] = open > 0 ? 1 : 0
                }
            }
            return anchoredEnd ? reach[n] != 0 : reach[0...n].contains { $0 != 0 }
        }
    }

    /// The same as the rows below, for a text of fewer than 64 bytes: bit p of a word
    /// stands for position p, so a step of every reachable position is one shift.
    private func matchesShort(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        let positions: UInt64 = n == 63 ? ~0 : (1 << UInt64(n + 1)) - 1
        var reach: UInt64 = anchoredStart ? 1 : positions
        for atom in atoms {
            // Bit p: the character at p is in the atom's set.
            var set: UInt64 = 0
            for p in 0..<n where atom.contains(bytes[p]) { set |= 1 << UInt64(p) }
            for _ in 0..<atom.minimum {
                reach = (reach & set) << 1
                if reach == 0 { return false }
            }
            var reached = reach
            var extra = atom.maximum == Int.max ? n : min(atom.maximum - atom.minimum, n)
            while extra > 0 {
                reach = (reach & set) << 1
                let more = reached | reach
                if more == reached { break }
                reached = more
                extra -= 1
            }
            reach = reached & positions
        }
        return anchoredEnd ? reach & (1 << UInt64(n)) != 0 : reach != 0
    }

    /// An anchored pattern of fixed counts (`^[0-9]{4}-[0-9]{2}$`): one way to match, walked.
    private func matchesFixed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = 0
        for atom in atoms {
            guard bytes.count - p >= atom.minimum else { return false }
            for _ in 0..<atom.minimum {
                guard atom.contains(bytes[p]) else { return false }
                p += 1
            }
        }
        return !anchoredEnd || p == bytes.count
    }
}
