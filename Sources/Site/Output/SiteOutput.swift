import Guide

/// The finished site in memory: every file by its path relative to the site root.
/// Nothing touches the disk until the check step has passed.
public struct SiteOutput: Sendable {
    public struct File: Sendable {
        public var bytes: [UInt8]
        /// The page this file was made from (HTML pages only), to name sources in errors.
        public var page: SitePage?
        /// Bytes the layout wrote from data it checked itself (the sidebar's links to the
        /// language's pages): the link check reads the page with these left blank.
        public var layoutLinks: Range<Int>? = nil

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
    public var sortedPaths: [String] { files.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

    public var htmlPaths: [String] { sortedPaths.filter { $0.hasSuffix(".html") } }

    public func text(_ path: String) -> String? { files[path].map { String(decoding: $0.bytes, as: UTF8.self) } }
}
