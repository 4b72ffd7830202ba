import Guide

/// The check of a rebuild (`SiteMemo`): a page is read back with libxml2 only when its bytes
/// changed (the printable guide only in its changed sections, `PageParts.swift`), and
/// checked again only when it changed or a file it links to did (exists or not, its ids,
/// its source file's name, which errors quote). What a page links to is found from its own
/// links when it is read back; what changed, once per build for the whole site.
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

    /// What `check(_:_:idSets:cache:)` reads of the page itself. What it reads of the files
    /// the page links to is compared for the whole site at once (`TargetState`).
    struct CheckInput: Equatable {
        var page: PageBytes
        /// The page's Markdown links and source file, which errors quote.
        var links: [LinkReference]?
        var source: String?
    }

    /// What a check reads of the files a page links to, for every file: whether it exists,
    /// a page's ids and its source file (which an error names).
    struct TargetState {
        var files: Set<String>
        var ids: [String: Set<String>]
        var sources: [String: String]

        /// The files for which any of that differs from `before`. A page's ids come from its
        /// read-back, kept when its bytes did not change: the same set, compared at once.
        func changed(since before: TargetState) -> Set<String> {
            var changed = files.symmetricDifference(before.files)
            for (path, ids) in ids where before.ids[path] != ids { changed.insert(path) }
            for (path, source) in sources where before.sources[path] != source { changed.insert(path) }
            return changed
        }
    }

    /// The files whose state changed since the last check with this memo (nil: all of them,
    /// as on the first build), and the new state remembered for the next one.
    func changedTargets(idSets: [String: Set<String>]) -> Set<String>? {
        guard let memo else { return nil }
        var sources: [String: String] = [:]
        sources.reserveCapacity(idSets.count)
        for path in idSets.keys { sources[path] = output.files[path]?.page?.source }
        let state = TargetState(files: Set(output.files.keys), ids: idSets, sources: sources)
        return memo.swapTargetState(state).map { state.changed(since: $0) }
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

    /// `changed`: the files whose state changed since the last build (`changedTargets`); a
    /// page linking to one of them is checked again even when its own bytes did not change.
    func check(_ path: String, _ page: ReadBack, idSets: [String: Set<String>], changed: Set<String>?, cache: inout ProblemCache) -> [Finding] {
        guard let memo else { return check(path, page.facts, idSets: idSets, cache: &cache) }
        let file = output.files[path]!
        let input = CheckInput(page: PageBytes(bytes: ExactBytes(file.bytes), layoutLinks: file.layoutLinks), links: file.page?.links, source: file.page?.source)
        let stale = changed.map { changed in !changed.isEmpty && page.targets.contains { changed.contains($0.path) } } ?? true
        return memo.checked.value(path, input, recomputing: stale) { check(path, page.facts, idSets: idSets, cache: &cache) }
    }
}
