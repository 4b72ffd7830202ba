/// The site's scripts as they are copied into the site: the same code, without the
/// indentation, blank lines and whole-line comments of the bundled sources (the file's
/// first comment, which says what it is, stays). The form pages' scripts then fit their
/// budget (40 KB of JavaScript per form page, docs/site.md) while the sources keep their
/// comments. Nothing inside a line is touched, and line breaks between code stay, so
/// automatic semicolon insertion sees what it saw. This is only safe when no string,
/// template literal or comment shares a line with code it could be confused with, so a
/// file where a template literal (odd count of backticks) or a string (a trailing `\`)
/// spans lines, or a block comment ends before the end of its line, is left as it is.
enum ScriptCompaction {
    static func compact(_ source: String) -> String {
        var kept: [Substring] = []
        var inBlock = false
        var keepingHeader = false
        var seenAnything = false
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasSuffix("\\") || line.filter({ $0 == "`" }).count % 2 == 1 { return source }
            if inBlock {
                if keepingHeader { kept.append(raw) }
                if line.contains("*/") {
                    guard line.hasSuffix("*/") else { return source }
                    inBlock = false
                    keepingHeader = false
                }
                continue
            }
            if line.isEmpty || line.hasPrefix("//") { continue }
            let first = !seenAnything
            seenAnything = true
            if line.hasPrefix("/*") {
                let closes = line.dropFirst(2).contains("*/")
                if closes && !line.hasSuffix("*/") { return source }
                if first { kept.append(line) }
                inBlock = !closes
                keepingHeader = first && !closes
                continue
            }
            kept.append(line)
        }
        return inBlock ? source : kept.joined(separator: "\n") + "\n"
    }
}
