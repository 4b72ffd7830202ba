import Foundation
import Guide

/// A page read back with libxml2 in parts: the printable guide holds every page of its
/// language, so it is read section by section (`PrintPage.sectionStart`, at the start of a
/// line) and each section's facts are kept by its bytes. A rebuild after one page changed
/// then parses one section again, not the whole guide. Every other page is one part.
/// Line numbers stay the page's own: each part's are moved down by the lines before it.
extension LinkChecker {
    /// One part's facts with lines counted from its first line, its number of newlines,
    /// and what its links lead to (`ReadBack.targets`).
    struct PartFacts {
        var facts: HTMLFacts
        var newlines: Int
        var targets: [Link]
    }

    private static let partMarker = Array(("\n" + PrintPage.sectionStart).utf8)

    /// Byte offsets where the parts of `bytes` begin: 0, then the start of each line that
    /// begins with the marker.
    static func partStarts(in bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var from = 0
        while let found = bytes.firstIndex(ofBytes: partMarker, from: from) {
            starts.append(found + 1)
            from = found + 1
        }
        return starts
    }

    /// The page's facts, read part by part, and with `parts` (a rebuild's memo, which keeps
    /// each part's facts by its bytes under "path#part-N": the parts that did not change are
    /// not parsed again) what its links lead to, each once, in first-use order.
    static func read(_ bytes: [UInt8], path: String, parts memo: Memo<ExactBytes, PartFacts>?) -> (facts: HTMLFacts, targets: [Link]) {
        let starts = partStarts(in: bytes)
        guard starts.count > 1 else {
            let facts = HTMLFacts(html: bytes)
            return (facts, memo == nil ? [] : ReadBack.targets(of: facts, path: path))
        }
        var merged = HTMLFacts()
        var targets: [Link] = []
        var seen: Set<Link> = []
        var linesBefore = 0
        for (index, start) in starts.enumerated() {
            let part = Array(bytes[start..<(index + 1 < starts.count ? starts[index + 1] : bytes.count)])
            let read = { () -> PartFacts in
                let facts = HTMLFacts(html: part)
                return PartFacts(facts: facts, newlines: part.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 },
                                 targets: memo == nil ? [] : ReadBack.targets(of: facts, path: path))
            }
            let facts = memo?.value("\(path)#part-\(index)", ExactBytes(part), read) ?? read()
            merged.append(facts.facts, linesDown: linesBefore)
            linesBefore += facts.newlines
            for target in facts.targets where seen.insert(target).inserted { targets.append(target) }
        }
        return (merged, targets)
    }
}

extension HTMLFacts {
    /// No facts yet: the start of a page read in parts.
    init() {}

    /// Adds another part's facts after these, its lines moved down by `lines`.
    mutating func append(_ other: HTMLFacts, linesDown lines: Int) {
        ids += other.ids.map { ($0.id, $0.line + lines) }
        references += other.references.map { Reference(element: $0.element, attribute: $0.attribute, value: $0.value, line: $0.line + lines) }
        idReferences += other.idReferences.map { Reference(element: $0.element, attribute: $0.attribute, value: $0.value, line: $0.line + lines) }
    }
}
