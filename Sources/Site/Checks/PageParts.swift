import Foundation
import Guide

/// A page read back with libxml2 in parts: the printable guide holds every page of its
/// language, so it is read section by section (`PrintPage.sectionStart`, at the start of a
/// line) and each section's facts are kept by its bytes. A rebuild after one page changed
/// then parses one section again, not the whole guide. Every other page is one part.
/// Line numbers stay the page's own: each part's are moved down by the lines before it.
extension LinkChecker {
    /// One part's facts with lines counted from its first line, and its number of newlines.
    struct PartFacts {
        var facts: HTMLFacts
        var newlines: Int
    }

    private static let partMarker = Array(("\n" + PrintPage.sectionStart).utf8)

    /// Byte offsets where the parts of `bytes` begin: 0, then the start of each line that
    /// begins with the marker.
    static func partStarts(in bytes: [UInt8]) -> [Int] {
        var starts = [0]
        let marker = partMarker
        bytes.withUnsafeBufferPointer { buffer in
            // Newline by newline (memchr), then the rest of the marker after it.
            var offset = 0
            while offset + marker.count <= buffer.count,
                  let found = memchr(buffer.baseAddress! + offset, Int32(marker[0]), buffer.count - offset) {
                let position = UnsafeRawPointer(buffer.baseAddress!).distance(to: UnsafeRawPointer(found))
                if position + marker.count <= buffer.count,
                   memcmp(buffer.baseAddress! + position, marker, marker.count) == 0 {
                    starts.append(position + 1)
                }
                offset = position + 1
            }
        }
        return starts
    }

    /// The page's facts, read part by part; `memo` keeps each part's by its bytes under
    /// "path#part-N" (the parts of a page that did not change are not parsed again).
    static func facts(of bytes: [UInt8], path: String, memo: Memo<ExactBytes, PartFacts>?) -> HTMLFacts {
        let starts = partStarts(in: bytes)
        guard starts.count > 1 else { return HTMLFacts(html: bytes) }
        var merged = HTMLFacts()
        var linesBefore = 0
        for (index, start) in starts.enumerated() {
            let part = Array(bytes[start..<(index + 1 < starts.count ? starts[index + 1] : bytes.count)])
            let read = { PartFacts(facts: HTMLFacts(html: part), newlines: part.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }) }
            let facts = memo?.value("\(path)#part-\(index)", ExactBytes(part), read) ?? read()
            merged.append(facts.facts, linesDown: linesBefore)
            linesBefore += facts.newlines
        }
        return merged
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
