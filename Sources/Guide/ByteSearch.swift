import Foundation

/// Finding a run of bytes in bytes, for the hot loops of the build (a page's sidebar, the
/// sections of the print page, a tag in a body): memchr(3) to each place the first byte
/// is, then memcmp(3) for the rest. Foundation's `contains` and `range(of:)` bridge the
/// text to UTF-16 on every call; a loop over elements is several times slower.
public enum ByteSearch {
    /// Where `needle` first starts in `haystack` at or after `start`; `start` itself for an
    /// empty needle; nil when it does not occur.
    public static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard start >= 0, start <= haystack.count else { return nil }
        guard let first = needle.first else { return start }
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return nil }
        let last = haystack.count - needle.count
        var index = start
        while index <= last, let found = memchr(base + index, Int32(first), last - index + 1) {
            index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if memcmp(base + index, needle.baseAddress!, needle.count) == 0 { return index }
            index += 1
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    /// Where `needle` first starts at or after `start` (`ByteSearch`).
    public func firstIndex(ofBytes needle: [UInt8], from start: Int = 0) -> Int? {
        withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { ByteSearch.firstIndex(of: $0, in: haystack, from: start) }
        }
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the text, byte for byte (UTF-8): `ByteSearch` on the text.
    public func containsBytes(_ needle: String) -> Bool {
        var haystack = String(self)
        var needle = needle
        return haystack.withUTF8 { text in needle.withUTF8 { ByteSearch.firstIndex(of: $0, in: text) != nil } }
    }
}
