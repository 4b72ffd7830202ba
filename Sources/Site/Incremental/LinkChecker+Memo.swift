import Guide

/// The check of a rebuild (`SiteMemo`): a page is read back with libxml2 only when its bytes
/// changed (the printable guide only in its changed parts, `PageParts.swift`), and checked again only when it changed or a page it links to did (exists or
/// not, its ids, its source file's name, which errors quote). What a page links to is
/// found from its own links, when it is read back.
extension LinkChecker {
    /// One page as libxml2 read it, with what its check depends on in other pages.
    struct ReadBack {
        var facts: HTMLFacts
        var ids: Set<String>
        /// The files and anchors its links and resources resolve to, each once, in first-use
        /// order; links inside the page itself (`#id`, thousands on the print page) are left
        /// out, since the page's own ids come with its bytes, which the check compares anyway.
        var targets: [Link]

        init(facts: HTMLFacts, targets: [Link]) {
            self.facts = facts
            ids = Set(facts.ids.map(\.id))
            self.targets = targets
        }

        /// What `facts`' links and resources resolve to, each once, in first-use order.
        static func targets(of facts: HTMLFacts, path: String) -> [Link] {
            var seen: Set<Link> = []
            return facts.references.compactMap { reference in
                guard !reference.value.hasPrefix("#"), let url = try? SiteURL.resolve(reference.value, from: path) else { return nil }
                let link = Link(path: url.path, fragment: url.path.hasSuffix(".html") ? url.fragment : nil)
                return seen.insert(link).inserted ? link : nil
            }
        }
    }

    /// A file of the site, and an anchor in it when the link names one.
    struct Link: Hashable {
        var path: String
        var fragment: String?
    }

    /// A page's bytes as the check reads them (`SiteOutput.File.checkedBytes`).
    struct PageBytes: Equatable {
        var bytes: ExactBytes
        var layoutLinks: Range<Int>?
    }

    /// Everything `check(_:_:idSets:cache:)` reads for one page.
    struct CheckInput: Equatable {
        var page: PageBytes
        /// The page's Markdown links and source file, which errors quote.
        var links: [LinkReference]?
        var source: String?
        var targets: [Target]
    }

    /// What the check reads of a file that is linked to: whether it exists, and for a link
    /// to an anchor whether the page has it and the page's source file (named in the error).
    struct Target: Equatable {
        var exists: Bool
        var hasAnchor: Bool?
        var source: String?
    }

    func readBack(_ path: String) -> ReadBack {
        let file = output.files[path]!
        // Targets only when a memo keeps them: a build from scratch checks every page anyway.
        guard let memo else { return ReadBack(facts: Self.read(file.checkedBytes, path: path, parts: nil).facts, targets: []) }
        return memo.readBack.value(path, PageBytes(bytes: ExactBytes(file.bytes), layoutLinks: file.layoutLinks)) {
            let read = Self.read(file.checkedBytes, path: path, parts: memo.readBackParts)
            return ReadBack(facts: read.facts, targets: read.targets)
        }
    }

    func check(_ path: String, _ page: ReadBack, idSets: [String: Set<String>], cache: inout ProblemCache) -> [Finding] {
        guard let memo else { return check(path, page.facts, idSets: idSets, cache: &cache) }
        let file = output.files[path]!
        let input = CheckInput(
            page: PageBytes(bytes: ExactBytes(file.bytes), layoutLinks: file.layoutLinks), links: file.page?.links, source: file.page?.source,
            targets: page.targets.map { link in
                let linked = output.files[link.path]
                guard let fragment = link.fragment else { return Target(exists: linked != nil) }
                return Target(exists: linked != nil, hasAnchor: idSets[link.path]?.contains(fragment) == true, source: linked?.page?.source)
            })
        return memo.checked.value(path, input) { check(path, page.facts, idSets: idSets, cache: &cache) }
    }
}
