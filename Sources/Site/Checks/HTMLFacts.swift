import CLibXML2

/// What the checks need to know about one HTML page, read back with libxml2's HTML parser:
/// its ids, the URLs it references and the ids its ARIA attributes point to.
struct HTMLFacts {
    struct Reference {
        var element: String
        var attribute: String
        var value: String
        var line: Int
    }

    var ids: [(id: String, line: Int)] = []
    var references: [Reference] = []
    var idReferences: [Reference] = []

    static let urlAttributes: [String: Set<String>] = [
        "href": ["a", "area", "link"],
        "src": ["img", "script", "iframe", "source", "audio", "video", "track", "embed"],
    ]
    /// The element name recorded for `<link rel="alternate">`: checked like a link, not a resource.
    static let alternateLink = "link rel=alternate"
    static let idListAttributes: Set<String> = ["aria-labelledby", "aria-describedby", "aria-controls", "for"]

    /// libxml2 2.9 initialises its global tables lazily and not thread-safely; the library
    /// asks multi-threaded programs to call xmlInitParser() once first (a static `let` runs once).
    private static let parserInitialised: Void = xmlInitParser()

    init(html: [UInt8]) {
        guard !html.isEmpty else { return }
        _ = Self.parserInitialised
        // XML_PARSE_BIG_LINES: past line 65,535 libxml2 keeps a text node's line in its psvi
        // field; without it xmlGetLineNo searches the rest of the document for every later
        // element (quadratic: most of a 10,000-page build's check went to the print page).
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let document = html.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), "page.html", "UTF-8", options)
            }
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        visit(xmlDocGetRootElement(document), document: document)
    }

    private mutating func visit(_ start: xmlNodePtr?, document: xmlDocPtr) {
        var node = start
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                // Only elements with attributes matter; names and values become Swift strings
                // only for the attributes the checks read (a big site has millions of others).
                if current.pointee.properties != nil { read(current) }
                visit(current.pointee.children, document: document)
            }
            node = current.pointee.next
        }
    }

    private mutating func read(_ current: xmlNodePtr) {
        // libxml2's HTML parser lower-cases element and attribute names; ASCII lower-casing
        // here too keeps that promise without Unicode case mapping.
        let element = Self.asciiLowercased(current.pointee.name)
        let stored = Int(current.pointee.line)
        let line = stored < 65535 ? stored : Int(xmlGetLineNo(current))
        let firstReference = references.count
        var rel = ""
        var attribute = current.pointee.properties
        while let attr = attribute {
            attribute = attr.pointee.next
            let name = Self.asciiLowercased(attr.pointee.name)
            let isURL = Self.urlAttributes[name]?.contains(element) == true
            guard name == "id" || name == "rel" || isURL || Self.idListAttributes.contains(name) else { continue }
            // The HTML parser stores a decoded attribute value as text children.
            var value = ""
            var text = attr.pointee.children
            while let piece = text {
                if let content = piece.pointee.content { value += String(cString: content) }
                text = piece.pointee.next
            }
            if name == "rel" { rel = value.lowercased() }
            if name == "id" {
                ids.append((value, line))
            } else if isURL {
                references.append(Reference(element: element, attribute: name, value: value, line: line))
            } else if Self.idListAttributes.contains(name) {
                idReferences.append(Reference(element: element, attribute: name, value: value, line: line))
            }
        }
        // <link rel="alternate"> names a page (hreflang, absolute with base_url); it loads nothing.
        if element == "link", rel.split(separator: " ").contains(where: { $0 == "alternate" || $0 == "canonical" }) {
            for index in firstReference..<references.count { references[index].element = Self.alternateLink }
        }
    }

    private static func asciiLowercased(_ name: UnsafePointer<xmlChar>) -> String {
        var bytes = UnsafePointer(name)
        var needsLowering = false
        while bytes.pointee != 0 {
            if bytes.pointee >= 0x41 && bytes.pointee <= 0x5A { needsLowering = true }
            bytes += 1
        }
        let text = String(cString: name)
        return needsLowering ? text.lowercased() : text
    }
}
