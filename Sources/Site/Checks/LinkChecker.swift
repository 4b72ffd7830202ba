import Foundation
import Guide
import ParallelWork

/// The site's link check, once every file exists. Links written in Markdown are resolved
/// from the pages' data (`SitePage.links`), at their own source position: links to other
/// guide pages (`x.md`) were resolved when the guide was rendered (`GuideLinks`), so this
/// resolves the rest (`#frag`, images, generated pages such as `kurallar.html`). What the
/// templates and plugins wrote is read back with libxml2 (`HTMLFacts`): every internal
/// link and `#anchor` must resolve, ids must be unique per page, ARIA id references must
/// resolve, and nothing may be loaded from another host.
struct LinkChecker {
    /// One problem, where it was found.
    struct Finding: Sendable, Hashable {
        enum Place: Sendable, Hashable {
            /// A link written in Markdown: its file, line and column.
            case source(SourceLocation)
            /// HTML written by a template or plugin: the page's source (`SitePage.source`, or the
            /// path for a file without a page), and the page's path and line in the built site.
            case generated(source: String, path: String, line: Int)
            /// A `RequiredTarget`, named by who requires it.
            case requiredBy(String)
        }

        enum Problem: Sendable, Hashable {
            case link(LinkProblem)
            case duplicateID(String, firstLine: Int)
            /// `aria-labelledby="x"` (or `for`, ...) names an id the page does not have.
            case unknownID(String, attribute: String)
        }

        var place: Place
        var problem: Problem

        var diagnostic: Diagnostic {
            let message: String
            switch problem {
            case .link(let problem): message = problem.message
            case .duplicateID(let id, let firstLine): message = "duplicate id '\(id)' (first at line \(firstLine))"
            case .unknownID(let id, let attribute): message = "\(attribute)=\"\(id)\" names no element on the page"
            }
            switch place {
            case .source(let location): return Diagnostic(location, message)
            case .generated(let source, let path, let line): return Diagnostic(SourceLocation(file: source), "\(message) (in generated \(path), line \(line))")
            case .requiredBy(let user): return Diagnostic(SourceLocation(file: user), message)
            }
        }
    }

    let output: SiteOutput
    /// Each page's read-back and result kept from the build before (LinkChecker+Memo.swift).
    var memo: SiteMemo? = nil

    func check(requiredTargets: [RequiredTarget] = []) -> [Diagnostic] {
        findings(requiredTargets: requiredTargets).map(\.diagnostic)
    }

    func findings(requiredTargets: [RequiredTarget] = []) -> [Finding] {
        // Pages are read back on every core; everything after is in path order, as before.
        let paths = output.htmlPaths
        let pages = SiteBuilder.timedStep("check read") {
            Parallel.mapLargestFirst(paths.count, size: { output.files[paths[$0]]!.bytes.count }) { readBack(paths[$0]) }
        }
        var idSets: [String: Set<String>] = [:]
        SiteBuilder.timedStep("check ids") {
            for (index, path) in paths.enumerated() { idSets[path] = pages[index].ids }
        }

        let changed = changedTargets(idSets: idSets)
        var missingTargets: [Finding] = []
        var reported = Set<String>()
        for target in requiredTargets.sorted(by: { ($0.href, $0.requiredBy) < ($1.href, $1.requiredBy) }) {
            if let problem = problem(with: target.href, written: target.href, in: "index.html", element: "a", idSets: idSets, requiredTarget: true) {
                missingTargets.append(Finding(place: .requiredBy(target.requiredBy), problem: .link(problem)))
                reported.insert(target.href)
            }
        }
        let perRange = SiteBuilder.timedStep("check links") { Parallel.chunks(paths.count) { range in
            // The same href from the same folder has the same answer: a link the layout
            // repeats on every page (stylesheet, script, home, footer) is resolved once
            // per worker, not once per page.
            var cache = ProblemCache()
            return range.flatMap { check(paths[$0], pages[$0], idSets: idSets, changed: changed, cache: &cache) }
        } }
        // A template's or plugin's link to a missing required target is not repeated: the
        // target's own finding names everyone who needs it.
        let repeated = { (finding: Finding) -> Bool in
            guard !reported.isEmpty, case .generated(_, let path, _) = finding.place, case .link(let problem) = finding.problem,
                  let target = Self.target(of: problem.link, from: path) else { return false }
            return reported.contains(target)
        }
        return perRange.flatMap { $0 }.filter { !repeated($0) } + missingTargets
    }

    /// The target `href` leads to from `page`, spelt as required targets are
    /// ("tr/basvuru-adimlari.html#pasaport-bilgisi").
    private static func target(of href: String, from page: String) -> String? {
        (try? SiteURL.resolve(href, from: page)).map { $0.path + ($0.fragment.map { "#" + $0 } ?? "") }
    }

    /// Answers of `problem(with:written:in:element:idSets:)` for hrefs read back from HTML, by
    /// element kind, folder and href. An href that is only a `#fragment` (or empty, or only
    /// a query) names the page itself, so it is not kept.
    struct ProblemCache {
        private var answers: [String: [String: LinkProblem?]] = [:]

        mutating func answer(href: String, page: String, element: String, _ compute: () -> LinkProblem?) -> LinkProblem? {
            guard !(href.isEmpty || href.hasPrefix("#") || href.hasPrefix("?")) else { return compute() }
            let folder = page.lastIndex(of: "/").map { String(page[..<$0]) } ?? ""
            let key = "\(element) \(folder)"
            if let known = answers[key]?[href] { return known }
            let value = compute()
            answers[key, default: [:]][href] = .some(value)
            return value
        }
    }

    func check(_ path: String, _ page: HTMLFacts, idSets: [String: Set<String>], cache: inout ProblemCache) -> [Finding] {
        var findings: [Finding] = []
        let origin = output.files[path]?.page
        let generated = { (line: Int) in Finding.Place.generated(source: origin?.source ?? path, path: path, line: line) }
        var seen: [String: Int] = [:]
        for (id, line) in page.ids {
            if let first = seen[id] {
                findings.append(Finding(place: generated(line), problem: .duplicateID(id, firstLine: first)))
            } else {
                seen[id] = line
            }
        }
        for reference in page.idReferences {
            for id in reference.value.split(whereSeparator: \.isWhitespace) where !idSets[path]!.contains(String(id)) {
                findings.append(Finding(place: generated(reference.line), problem: .unknownID(String(id), attribute: reference.attribute)))
            }
        }
        // Links from Markdown: resolved from the page's data, reported where they were written.
        let markdownLinks = origin?.links ?? []
        for link in markdownLinks where link.destination == .siteFile {
            let element = link.kind == .image ? "img" : "a"
            if let problem = problem(with: link.href, written: link.original, in: path, element: element, idSets: idSets) {
                findings.append(Finding(place: .source(link.location), problem: .link(problem)))
            }
        }
        // Everything else in the HTML: what templates and plugins wrote. The renderer wrote the
        // Markdown links' hrefs percent-encoded where needed; they are checked above.
        let checkedAbove = Set(markdownLinks.map { SiteURL.percentDecoded($0.href) })
        for reference in page.references where !checkedAbove.contains(SiteURL.percentDecoded(reference.value)) {
            let found = cache.answer(href: reference.value, page: path, element: reference.element) {
                problem(with: reference.value, written: reference.value, in: path, element: reference.element, idSets: idSets)
            }
            if let found { findings.append(Finding(place: generated(reference.line), problem: .link(found))) }
        }
        return findings
    }

    /// Why `href` (written `written` by its author) in `page` does not resolve, or nil when it does.
    private func problem(with href: String, written: String, in page: String, element: String,
                         idSets: [String: Set<String>], requiredTarget: Bool = false) -> LinkProblem? {
        // A link to an id of the page itself, with nothing to decode (thousands on the print
        // page), is answered by the page's ids; anything else, or a missing id, goes the long way.
        let bytes = href.utf8
        if bytes.count > 1, bytes.first == UInt8(ascii: "#"), bytes[bytes.index(after: bytes.startIndex)] < 0x80,
           !bytes.contains(UInt8(ascii: "%")), idSets[page]?.contains(String(decoding: bytes.dropFirst(), as: UTF8.self)) == true {
            return nil
        }
        let url: SiteURL
        do {
            url = try SiteURL.resolve(href, from: page)
        } catch {
            if case .external = error {
                let isLink = element == "a" || element == "area" || element == HTMLFacts.alternateLink
                return isLink ? nil : .externalResource(link: written, element: element)
            }
            return LinkProblem(error, link: written)
        }
        guard output.files[url.path] != nil else {
            return element == "img" ? .missingImage(link: written) : .missingPage(link: written)
        }
        if let fragment = url.fragment, url.path.hasSuffix(".html"), idSets[url.path]?.contains(fragment) != true {
            let name = output.files[url.path]?.page.map { LinkProblem.pageName(source: $0.source, path: url.path, linkedFrom: requiredTarget ? nil : page) } ?? url.path
            return .missingAnchor(link: written, fragment: fragment, page: name)
        }
        return nil
    }
}
