import Foundation
import Guide

/// Reads every generated page back with libxml2 and checks that each internal link and
/// `#anchor` resolves, that ids are unique per page, that ARIA id references resolve, and
/// that nothing is loaded from another host. Errors name the Markdown source line when the
/// link came from Markdown: `content/tr/x.md:12:5: error: link to missing anchor #foo in y.md`.
struct LinkChecker {
    let output: SiteOutput
    /// Each page's read-back and result kept from the build before (LinkChecker+Memo.swift).
    var memo: SiteMemo? = nil

    func check(requiredTargets: [RequiredTarget] = []) -> [Diagnostic] {
        // Pages are read back on every core; everything after is in path order, as before.
        let paths = output.htmlPaths
        let pages = SiteBuilder.timedStep("check read") {
            Parallel.mapLargestFirst(paths.count, size: { output.files[paths[$0]]!.bytes.count }) { readBack(paths[$0]) }
        }
        var idSets: [String: Set<String>] = [:]
        SiteBuilder.timedStep("check ids") {
            for (index, path) in paths.enumerated() { idSets[path] = pages[index].ids }
        }

        let perRange = SiteBuilder.timedStep("check links") { Parallel.chunks(paths.count) { range in
            // The same href from the same folder has the same answer: a link the layout
            // repeats on every page (stylesheet, script, home, footer) is resolved once
            // per worker, not once per page.
            var cache = ProblemCache()
            return range.flatMap { check(paths[$0], pages[$0], idSets: idSets, cache: &cache) }
        } }
        var diagnostics = perRange.flatMap { $0 }
        for target in requiredTargets.sorted(by: { ($0.href, $0.requiredBy) < ($1.href, $1.requiredBy) }) {
            if let problem = problem(with: target.href, in: "index.html", element: "a", idSets: idSets, requiredTarget: true) {
                diagnostics.append(Diagnostic(SourceLocation(file: target.requiredBy), problem))
            }
        }
        return diagnostics
    }

    /// Answers of `problem(with:in:element:idSets:)` by element kind, folder and href. An href
    /// that is only a `#fragment` (or empty, or only a query) names the page itself, so it is not kept.
    struct ProblemCache {
        private var answers: [String: [String: String?]] = [:]

        mutating func answer(href: String, page: String, element: String, _ compute: () -> String?) -> String? {
            guard !(href.isEmpty || href.hasPrefix("#") || href.hasPrefix("?")) else { return compute() }
            let folder = page.lastIndex(of: "/").map { String(page[..<$0]) } ?? ""
            let key = "\(element) \(folder)"
            if let known = answers[key]?[href] { return known }
            let value = compute()
            answers[key, default: [:]][href] = .some(value)
            return value
        }
    }

    func check(_ path: String, _ page: HTMLFacts, idSets: [String: Set<String>], cache: inout ProblemCache) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let origin = output.files[path]?.page
        var seen: [String: Int] = [:]
        for (id, line) in page.ids {
            if let first = seen[id] {
                diagnostics.append(generated(path, line: line, origin: origin, "duplicate id '\(id)' (first at line \(first))"))
            } else {
                seen[id] = line
            }
        }
        for reference in page.idReferences {
            for id in reference.value.split(whereSeparator: \.isWhitespace) where !idSets[path]!.contains(String(id)) {
                diagnostics.append(generated(path, line: reference.line, origin: origin, "\(reference.attribute)=\"\(id)\" names no element on the page"))
            }
        }
        var reported: Set<String> = []
        for reference in page.references {
            guard let problem = cache.answer(href: reference.value, page: path, element: reference.element, {
                problem(with: reference.value, in: path, element: reference.element, idSets: idSets)
            }) else { continue }
            // A Markdown link: report it at its source line(s), once per distinct href.
            let sources = origin?.links.filter { Self.sameURL($0.href, reference.value) } ?? []
            if sources.isEmpty {
                diagnostics.append(generated(path, line: reference.line, origin: origin, problem))
            } else if reported.insert(reference.value).inserted {
                for link in sources {
                    diagnostics.append(Diagnostic(link.location, problem.replacingOccurrences(of: "'\(reference.value)'", with: "'\(link.original)'")))
                }
            }
        }
        return diagnostics
    }

    /// Why `href` in `page` does not resolve, or nil when it does.
    private func problem(with href: String, in page: String, element: String, idSets: [String: Set<String>], requiredTarget: Bool = false) -> String? {
        let url: SiteURL
        do {
            url = try SiteURL.resolve(href, from: page)
        } catch {
            switch error {
            case .external:
                return element == "a" || element == "area" || element == HTMLFacts.alternateLink ? nil : "<\(element)> loads '\(href)' from another host; the site must load nothing from other hosts"
            case .forbiddenScheme(let scheme):
                return "\(scheme): URL '\(href)'"
            case .outsideSite:
                return "link '\(href)' points outside the site"
            case .folder:
                return "link '\(href)' points to a folder; link the .html file, folders do not open from file://"
            case .emptyFragment:
                return "link '\(href)' has an empty #fragment"
            }
        }
        guard output.files[url.path] != nil else {
            if element == "img" {
                return "missing image '\(href)': the site has no such file (only the Markdown pages of content/ are published)"
            }
            return "link to missing page '\(href)'"
        }
        if let fragment = url.fragment, url.path.hasSuffix(".html"), idSets[url.path]?.contains(fragment) != true {
            return "link to missing anchor #\(fragment) in \(describe(url.path, linkedFrom: requiredTarget ? nil : page))"
        }
        return nil
    }

    /// A target named as its author knows it: the Markdown file for guide pages, with its
    /// language folder when the link crosses into another one ("en/x.md", not "x.md").
    private func describe(_ path: String, linkedFrom page: String?) -> String {
        guard let source = output.files[path]?.page?.source else { return path }
        let parts = source.split(separator: "/")
        let folder = { (path: String) in path.split(separator: "/").dropLast().joined(separator: "/") }
        if let page, folder(page) != folder(path), parts.count >= 2 {
            return parts.suffix(2).joined(separator: "/")
        }
        return parts.last.map(String.init) ?? source
    }

    /// A problem in layout or generated HTML: named by the page's source and the generated line.
    private func generated(_ path: String, line: Int, origin: SitePage?, _ message: String) -> Diagnostic {
        Diagnostic(SourceLocation(file: origin?.source ?? path), "\(message) (in generated \(path), line \(line))")
    }

    /// Compares URLs as the browser will: percent-encoding does not matter.
    static func sameURL(_ a: String, _ b: String) -> Bool {
        a == b || (a.removingPercentEncoding ?? a) == (b.removingPercentEncoding ?? b)
    }
}
