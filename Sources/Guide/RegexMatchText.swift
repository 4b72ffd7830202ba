import Foundation

extension String {
    /// The bounds of an `NSRegularExpression` match range in this string, between Unicode
    /// scalars. Foundation's `Range(_:in:)` is nil when a bound falls inside a character
    /// ("]]" followed by U+200D is one character), which any author's text can hold; a range
    /// the regex returned always has these bounds. Nil for a group that took no part.
    public func scalarBounds(of range: NSRange) -> Range<String.Index>? {
        guard range.location != NSNotFound else { return nil }
        let units = utf16
        guard let lower = units.index(units.startIndex, offsetBy: range.location, limitedBy: units.endIndex),
              let upper = units.index(lower, offsetBy: range.length, limitedBy: units.endIndex) else { return nil }
        return lower..<upper
    }

    /// The text of a match range, cut between scalars (see `scalarBounds(of:)`); "" for a
    /// group that took no part.
    public func matchedText(_ range: NSRange) -> String {
        scalarBounds(of: range).map { scalars($0) } ?? ""
    }

    /// The text between two scalar bounds. `self[range]` would widen bounds inside a
    /// character to the character's start, repeating or dropping text.
    public func scalars(_ range: Range<String.Index>) -> String { String(unicodeScalars[range]) }
}
