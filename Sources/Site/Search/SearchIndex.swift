import CLibXML2
import Guide
import ParallelWork

/// The search index of one language: every page cut into heading sections (the text before
/// the first heading is the page's own section, under its title; a callout with an id is a
/// section of its own), each with its words' stems, as made by `SearchText`.
///
/// Written as `assets/search-index-<lang>.js`, a script that assigns a global
/// (`EizinSearchIndex.<lang>`): a page opened from a folder (file://) may load a script but
/// not fetch a JSON file, so the index never comes by fetch. `assets/site.js` loads it on
/// the first use of the search box.
struct SearchIndex {
    struct Section: Equatable {
        var heading: String
        /// The heading's id; "" for the page's own section.
        var anchor: String
        var text: String
    }

    /// One page's part of the script, made once per page (and kept between rebuilds by
    /// `SiteMemo`): its row in `pages` and its rows in `sections`, each section row without
    /// the page's position, which comes first ("[12," + row).
    struct Rows: Sendable {
        var page: String
        var sections: [String]
    }

    /// What one page's rows are made from.
    struct RowsInput: Equatable, Sendable {
        var href: String
        var title: ExactText
        /// A page a plugin generated (the rule catalogue): its matches rank below the
        /// guide's own, which it only summarises.
        var generated: Bool
        var bodyHTML: ExactText
    }

    var language: String
    /// In page order.
    var rows: [Rows]

    /// `generated`: output paths of pages that plugins made. `memo`: rows kept from the
    /// build before, by page.
    init(language: String, pages: [SitePage], generated: Set<String> = [], memo: Memo<RowsInput, Rows>? = nil) {
        self.language = language
        // Pages in ranges on every core, each range with its own cache of word → stem (a
        // site repeats its words: stemming each once is most of the saving); kept in order.
        self.rows = Parallel.chunks(pages.count) { range -> [Rows] in
            var stems = StemCache(language: language)
            return range.map { index in
                let page = pages[index]
                let input = RowsInput(href: page.address.fileName, title: ExactText(page.title), generated: generated.contains(page.outputPath), bodyHTML: ExactText(page.bodyHTML))
                guard let memo else { return Self.rows(input, stems: &stems) }
                return memo.value(page.outputPath, input) { Self.rows(input, stems: &stems) }
            }
        }.flatMap { $0 }
    }

    var path: String { "assets/search-index-\(language).js" }

    /// The script: `(self.EizinSearchIndex = self.EizinSearchIndex || {}).tr = {...};`
    /// pages: [href, title, title stems, 1 if generated else 0]; sections: [page, heading, anchor, text, heading
    /// stems, body stems] (stems space-separated, each once, in first-seen order).
    func script() -> String {
        var out = "/* Search index of the \(language) pages, written by eizin build (Sources/Site/Search). */\n"
        out += "(self.EizinSearchIndex = self.EizinSearchIndex || {})[\(Self.json(language))] = {\"lang\":\(Self.json(language)),\"pages\":[\n"
        out += rows.map(\.page).joined(separator: ",\n")
        out += "\n],\"sections\":[\n"
        var first = true
        for (index, page) in rows.enumerated() {
            for section in page.sections {
                out += first ? "[" : ",\n["
                first = false
                out += String(index)
                out += section
            }
        }
        out += "\n]};\n"
        return out
    }

    /// One page's rows: its body cut into sections (libxml2), every text stemmed.
    static func rows(_ page: RowsInput, stems: inout StemCache) -> Rows {
        let title = page.title.text
        let pageRow = "[\(json(page.href)),\(json(title)),\(json(stems.unique(title))),\(page.generated ? 1 : 0)]"
        let sectionRows = sections(title: title, bodyHTML: page.bodyHTML.text).map { section in
            ",\(json(section.heading)),\(json(section.anchor)),\(json(section.text)),"
                + "\(json(stems.unique(section.heading))),\(json(stems.unique(section.text)))]"
        }
        return Rows(page: pageRow, sections: sectionRows)
    }

    /// `SearchText.stems` with each distinct word stemmed once.
    struct StemCache {
        let language: String
        let stop: Set<String>
        var stems: [String: String] = [:]

        init(language: String) {
            self.language = language
            stop = SearchText.stopWords[language] ?? SearchText.stopWords["en"]!
        }

        /// Space-separated stems, each once, in first-seen order.
        mutating func unique(_ text: String) -> String {
            let tokens = SearchText.tokens(text)
            var seen = Set<String>(minimumCapacity: tokens.count)
            var out: [String] = []
            out.reserveCapacity(tokens.count)
            for token in tokens where !stop.contains(token) {
                let stem: String
                if let known = stems[token] {
                    stem = known
                } else {
                    stem = SearchText.stem(token, language: language)
                    stems[token] = stem
                }
                if seen.insert(stem).inserted { out.append(stem) }
            }
            return out.joined(separator: " ")
        }
    }

    /// A JSON string literal; also safe inside a script (no U+2028/U+2029 raw). Works on
    /// the UTF-8 bytes: every character it escapes is ASCII or one of those two.
    static func json(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        let hex = Array("0123456789abcdef".utf8)
        let bytes = Array(text.utf8)
        out.reserveCapacity(bytes.count + 2)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): out += Array("\\\"".utf8)
            case UInt8(ascii: "\\"): out += Array("\\\\".utf8)
            case UInt8(ascii: "\n"): out += Array("\\n".utf8)
            case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                out += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            case 0..<0x20:
                out += Array("\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default:
                out.append(byte)
            }
            index += 1
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Sections from the page body

    private static let parserInitialised: Void = xmlInitParser()
    static let blockElements: Set<String> = [
        "p", "li", "td", "th", "tr", "div", "br", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "aside",
        "ul", "ol", "table", "pre", "blockquote", "section", "dl", "details", "summary",
    ]

    /// Cuts a rendered body into sections: an `h2`–`h4` with an id starts one; an element
    /// with an id and a heading role of its own (a callout, `aside[id]`) is one while it
    /// lasts, named by its `aria-label`, and the text after it goes back to the section
    /// before. Permalinks ("#") and `aria-hidden` parts (a callout's visible title, which
    /// `aria-label` repeats) are left out.
    static func sections(title: String, bodyHTML: String) -> [Section] {
        _ = parserInitialised
        let html = Array("<!DOCTYPE html><html><body>\(bodyHTML)</body></html>".utf8)
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let document = html.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), "body.html", "UTF-8", options)
            }
        }
        var collector = Collector(sections: [Section(heading: title, anchor: "", text: "")])
        if let document {
            collector.visit(xmlDocGetRootElement(document))
            xmlFreeDoc(document)
        }
        return collector.sections.map { section in
            var section = section
            section.text = collapsingWhitespace(section.text)
            return section
        }
    }

    /// The words of `text` joined by single spaces, as `split(whereSeparator: \.isWhitespace)`
    /// splits them. Below U+0300 every character is one scalar (no combining marks; "\r\n"
    /// is two separators either way), so such text is split by scalars, without the
    /// grapheme breaking that splitting by characters costs; any other text takes that way.
    static func collapsingWhitespace(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x300...:
                return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            case 0x09...0x0D, 0x20, 0x85, 0xA0:
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                if scalar.isASCII { out.append(UInt8(scalar.value)) } else { out += String(scalar).utf8 }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private struct Collector {
        var sections: [Section]
        var current = 0

        mutating func visit(_ start: xmlNodePtr?) {
            var node = start
            while let n = node {
                switch n.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = n.pointee.content { sections[current].text += String(cString: content) }
                case XML_ELEMENT_NODE:
                    element(n)
                default:
                    break
                }
                node = n.pointee.next
            }
        }

        mutating func element(_ n: xmlNodePtr) {
            let name = String(cString: n.pointee.name).lowercased()
            if attribute(n, "aria-hidden") == "true" { return }
            // Not text a reader sees: a form page's data (<script type="application/json">,
            // 70 KB of schema and rules) and its array items' <template>s.
            if name == "script" || name == "style" || name == "template" { return }
            if name == "a", attribute(n, "class")?.split(separator: " ").contains("permalink") == true { return }
            let block = SearchIndex.blockElements.contains(name)
            if block { sections[current].text += " " }
            if ["h2", "h3", "h4"].contains(name), let id = attribute(n, "id") {
                sections.append(Section(heading: textContent(n), anchor: id, text: ""))
                current = sections.count - 1
                return
            }
            if name == "aside", let id = attribute(n, "id") {
                let before = current
                sections.append(Section(heading: attribute(n, "aria-label") ?? textContent(n), anchor: id, text: ""))
                current = sections.count - 1
                visit(n.pointee.children)
                current = before
                sections[current].text += " "
                return
            }
            visit(n.pointee.children)
            if block { sections[current].text += " " }
        }

        /// Read like HTMLFacts does: the parser keeps a decoded value as text children.
        func attribute(_ n: xmlNodePtr, _ name: String) -> String? {
            var property = n.pointee.properties
            while let p = property {
                if String(cString: p.pointee.name).lowercased() == name {
                    var value = ""
                    var piece = p.pointee.children
                    while let text = piece {
                        if let content = text.pointee.content { value += String(cString: content) }
                        piece = text.pointee.next
                    }
                    return value
                }
                property = p.pointee.next
            }
            return nil
        }

        func textContent(_ n: xmlNodePtr) -> String {
            var text = ""
            func walk(_ start: xmlNodePtr?) {
                var node = start
                while let current = node {
                    if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                        text += String(cString: content)
                    } else if current.pointee.type == XML_ELEMENT_NODE {
                        walk(current.pointee.children)
                    }
                    node = current.pointee.next
                }
            }
            walk(n.pointee.children)
            return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }
}
