/// The Markdown source by line, to turn cmark's byte columns into character columns.
struct SourceText {
    let file: String
    private let lines: [ArraySlice<UInt8>]

    /// Lines split at each "\n" byte, as cmark counts them (the loader has made line ends LF).
    init(_ text: String, file: String) {
        self.file = file
        lines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }

    /// The location of a byte column on a line (both 1-based, as cmark reports them).
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard line >= 1, line <= lines.count, byteColumn >= 1 else {
            return SourceLocation(file: file, line: line > 0 ? line : nil)
        }
        let prefix = lines[line - 1].prefix(byteColumn - 1)
        // Count UTF-8 lead bytes: continuation bytes look like 10xxxxxx.
        let characters = prefix.filter { $0 & 0b1100_0000 != 0b1000_0000 }.count
        return SourceLocation(file: file, line: line, column: characters + 1)
    }

    func location(of node: CMarkNode) -> SourceLocation {
        var current: CMarkNode? = node
        // Soft breaks and some inlines carry no position: use the nearest ancestor's.
        while let candidate = current, candidate.startLine == 0 { current = candidate.parent }
        guard let known = current else { return SourceLocation(file: file) }
        return location(line: known.startLine, byteColumn: known.startColumn)
    }

    /// `location` moved right by `characters` on the same line (for a match inside a text node).
    func location(of node: CMarkNode, plus characters: Int) -> SourceLocation {
        var base = location(of: node)
        if let column = base.column { base.column = column + characters }
        return base
    }
}
