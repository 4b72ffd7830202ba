import Foundation
import Guide

/// The finished site in memory: every file by its path relative to the site root.
/// Nothing touches the disk until the check step has passed.
public struct SiteOutput: Sendable {
    /// A class, not a struct: the check looks files up by path thousands of times (every
    /// link of the printable guide), and a reference is one retain where a copy of the page
    /// it carries is a dozen.
    public final class File: Sendable {
        public let bytes: [UInt8]
        /// The page this file was made from (HTML pages only), to name sources in errors.
        public let page: SitePage?
        /// Bytes the layout wrote from data it checked itself (the sidebar's links to the
        /// language's pages): the link check reads the page with these left blank.
        public let layoutLinks: Range<Int>?

        init(bytes: [UInt8], page: SitePage?, layoutLinks: Range<Int>?) {
            self.bytes = bytes
            self.page = page
            self.layoutLinks = layoutLinks
        }

        /// The bytes as the link check reads them: `layoutLinks` replaced by its newlines
        /// only, so every line number stays the page's own.
        public var checkedBytes: [UInt8] {
            guard let range = layoutLinks, range.upperBound <= bytes.count else { return bytes }
            var out = Array(bytes[..<range.lowerBound])
            out.reserveCapacity(bytes.count)
            for byte in bytes[range] where byte == UInt8(ascii: "\n") { out.append(byte) }
            out += bytes[range.upperBound...]
            return out
        }
    }

    public private(set) var files: [String: File] = [:]
    /// Content warnings that do not stop the build (see `BuildReport.notices`).
    public var notices: [String] = []

    public init() {}

    public mutating func add(_ path: String, bytes: [UInt8], page: SitePage? = nil, layoutLinks: Range<Int>? = nil) {
        files[path] = File(bytes: bytes, page: page, layoutLinks: layoutLinks)
    }

    public mutating func add(_ path: String, text: String, page: SitePage? = nil) {
        add(path, bytes: Array(text.utf8), page: page)
    }

    /// Paths in byte order: every loop over files uses this, so output is deterministic.
    public var sortedPaths: [String] { files.keys.sorted(by: Self.bytewise) }

    /// Whether `a` sorts before `b` byte for byte (memcmp of their UTF-8).
    static func bytewise(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }

    public var htmlPaths: [String] { sortedPaths.filter { $0.hasSuffix(".html") } }

    /// How many HTML pages there are (the build's summary), without sorting their paths.
    public var htmlCount: Int { files.keys.reduce(0) { $1.hasSuffix(".html") ? $0 + 1 : $0 } }

    public func text(_ path: String) -> String? { files[path].map { String(decoding: $0.bytes, as: UTF8.self) } }
}
