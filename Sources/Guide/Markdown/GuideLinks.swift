/// Resolves the links between guide pages (`x.md#frag`, `../en/x.md`) against the loaded
/// content once every page is rendered (a page's anchors are known only then): the target
/// must be a page of content/, the fragment one of its headings or callouts. Each problem is
/// reported at the link's own position in the Markdown, naming the link as written.
enum GuideLinks {
    /// `sources`: every page read from content/ (a page whose Markdown has errors still
    /// exists); `pages`: the rendered ones, whose anchors links name. `contentFolder` as
    /// errors spell it ("content").
    static func check(_ pages: [Page], sources: [PageSource], contentFolder: String) -> [Diagnostic] {
        let sourcePaths = Dictionary(sources.map { ($0.outputPath, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
        // A page's anchors as a set only when a link names one of them.
        let rendered = Dictionary(pages.indices.map { (pages[$0].outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        var anchorSets: [String: Set<String>] = [:]
        let anchors = { (path: String) -> Set<String>? in
            if let known = anchorSets[path] { return known }
            guard let index = rendered[path] else { return nil }
            let ids = Set(pages[index].body.anchors.map(\.id))
            anchorSets[path] = ids
            return ids
        }
        var diagnostics: [Diagnostic] = []
        for page in pages {
            for link in page.body.links where link.destination == .guidePage {
                let problem = problem(with: link, in: page.outputPath, sourcePaths: sourcePaths, anchors: anchors, contentFolder: contentFolder)
                if let problem { diagnostics.append(Diagnostic(link.location, problem.message)) }
            }
        }
        return diagnostics
    }

    static func problem(with link: LinkReference, in page: String, sourcePaths: [String: String],
                        anchors: (String) -> Set<String>?, contentFolder: String) -> LinkProblem? {
        let url: SiteURL
        do {
            url = try SiteURL.resolve(link.href, from: page)
        } catch {
            return LinkProblem(error, link: link.original)
        }
        guard let target = sourcePaths[url.path] else {
            // "tr/giris.html" was written "giris.md": name the file that would be that page.
            return .missingPage(link: link.original, source: "\(contentFolder)/\(url.path.dropLast(".html".count)).md")
        }
        // A target that failed to render has its own errors; its anchors are unknown.
        guard let fragment = url.fragment, let ids = anchors(url.path), !ids.contains(fragment) else { return nil }
        return .missingAnchor(link: link.original, fragment: fragment, page: LinkProblem.pageName(source: target, path: url.path, linkedFrom: page), isMarkdown: true)
    }
}
