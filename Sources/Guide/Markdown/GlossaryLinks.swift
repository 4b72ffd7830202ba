import CCmarkGFM
import Foundation
import SiteLayout

/// The glossary terms of one language and the page that defines them.
public struct Glossary: Sendable, Equatable {
    /// The glossary page's slug ("sozluk"): its terms link to `sozluk.html#<id>`.
    public var slug: String
    public var terms: [GlossaryTerm]

    public init(slug: String, terms: [GlossaryTerm]) {
        self.slug = slug
        self.terms = terms
    }
}

/// Links the first use of each glossary term on a page to its entry:
/// `e-Devlet` → `<a class="term" href="sozluk.html#e-devlet">e-Devlet</a>`.
///
/// Runs after every other pass, on text nodes only, and never inside headings (replaced
/// by finished HTML by then), links, images, code, raw HTML such as `<abbr>` or
/// `<span lang>`, or portal labels (`[[...]]`, spans by now): a portal label quotes the
/// screen verbatim and a link inside a link or heading would be wrong.
/// A word matches as written in `terms:` or with its first letter capitalised (Turkish
/// rules: i → İ), between non-letters; `e-İzin'e` matches `e-İzin`. Longer words win.
enum GlossaryLinks {
    struct Candidate {
        var id: String
        var characters: [Character]
    }

    static func transform(_ root: CMarkNode, glossary: Glossary, source: SourceText) -> [LinkReference] {
        var candidates: [Candidate] = []
        for term in glossary.terms {
            for word in term.words {
                for form in Set([word, capitalised(word)]) { candidates.append(Candidate(id: term.id, characters: Array(form))) }
            }
        }
        // Longest first, then by id and text, so the result never depends on hashing.
        candidates.sort { ($0.characters.count, $1.id, String($1.characters)) > ($1.characters.count, $0.id, String($0.characters)) }
        var state = State(candidates: candidates, glossary: glossary, source: source)
        walk(root, state: &state)
        return state.references
    }

    struct State {
        var candidates: [Candidate]
        let glossary: Glossary
        let source: SourceText
        var linked: Set<String> = []
        var termCount: Int { Set(candidates.map(\.id)).count }
        var references: [LinkReference] = []
    }

    private static let skippedTypes: Set<UInt32> = [
        CMARK_NODE_HEADING.rawValue, CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue,
        CMARK_NODE_CODE.rawValue, CMARK_NODE_CODE_BLOCK.rawValue, CMARK_NODE_HTML_BLOCK.rawValue,
    ]

    private static func walk(_ node: CMarkNode, state: inout State) {
        // Raw inline HTML between siblings: text after an opening tag is inside it.
        var depth = 0
        for child in node.children {
            if child.type == CMARK_NODE_HTML_INLINE {
                let tag = child.literal
                if tag.hasPrefix("</") { depth = max(0, depth - 1) } else if !tag.hasPrefix("<br") && !tag.hasSuffix("/>") { depth += 1 }
                continue
            }
            if skippedTypes.contains(child.type.rawValue) { continue }
            if child.type == CMARK_NODE_TEXT {
                if depth == 0 { link(in: child, state: &state) }
            } else if depth == 0 {
                walk(child, state: &state)
            }
        }
    }

    private static func link(in node: CMarkNode, state: inout State) {
        let text = Array(node.literal)
        var start = 0
        var consumedScalars = 0
        var index = 0
        var changed = false
        let termCount = state.termCount
        while index < text.count, state.linked.count < termCount {
            guard index == 0 || !isWordCharacter(text[index - 1], hyphen: true),
                  let match = state.candidates.first(where: { !state.linked.contains($0.id) && matches($0.characters, in: text, at: index) })
            else { index += 1; continue }
            let end = index + match.characters.count
            let before = String(text[start..<index])
            if !before.isEmpty { node.insertBefore(.text(before)) }
            let offset = consumedScalars + before.unicodeScalars.count
            let href = PageAddress.link(to: state.glossary.slug, anchor: match.id)
            node.insertBefore(.htmlInline("<a class=\"term\" href=\"\(href)\">"))
            node.insertBefore(.text(String(text[index..<end])))
            node.insertBefore(.htmlInline("</a>"))
            state.references.append(LinkReference(
                kind: .link, original: "\(state.glossary.slug).md#\(match.id)", href: href,
                location: state.source.location(of: node, plus: offset), destination: .glossaryEntry))
            state.linked.insert(match.id)
            consumedScalars = offset + String(text[index..<end]).unicodeScalars.count
            start = end
            index = end
            changed = true
        }
        guard changed else { return }
        if start < text.count { node.literal = String(text[start...]) } else { node.remove() }
    }

    private static func matches(_ word: [Character], in text: [Character], at index: Int) -> Bool {
        let end = index + word.count
        guard end <= text.count, Array(text[index..<end]) == word else { return false }
        return end == text.count || !isWordCharacter(text[end], hyphen: false)
    }

    private static func isWordCharacter(_ character: Character, hyphen: Bool) -> Bool {
        character.isLetter || character.isNumber || (hyphen && character == "-")
    }

    /// "ön izin" → "Ön izin", "izin" → "İzin" (Turkish dotted capital).
    static func capitalised(_ word: String) -> String {
        guard let first = word.first else { return word }
        let upper: String
        switch first {
        case "i": upper = "İ"
        case "ı": upper = "I"
        default: upper = String(first).uppercased()
        }
        return upper + word.dropFirst()
    }
}
