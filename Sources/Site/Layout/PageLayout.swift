import Guide
import SiteLayout

/// Builds the Mustache context of every page: navigation, breadcrumbs, table of contents,
/// previous/next, revision and language links. Pure data in, data out.
struct PageLayout {
    /// Ids the layout itself uses; content may not take them.
    static let reservedIDs: Set<String> = ["main-content", "site-nav", "toc-title"]

    let configuration: SiteConfiguration
    /// Language code → pages in navigation order (guide pages, then plugin pages).
    let pages: [String: [SitePage]]
    /// `base_url` (or `--base-url`): then `hreflang` links are absolute, as search engines ask.
    var baseURL: String? = nil
    /// The journey of each language (`Journey`): section numbers and the "on the journey" line.
    var journeys: [String: Journey] = [:]
    /// The glossary page's slug in each language, for the footer.
    var glossarySlugs: [String: String] = [:]

    /// Per language, computed once: a site of thousands of pages must not search its page
    /// list for every page (the navigation, the position, the other languages' pages).
    struct Index {
        var navigation: [SitePage] = []
        var position: [String: Int] = [:]
        var slugs: Set<String> = []
        var bySlug: [String: SitePage] = [:]
        /// Section slug → its pages in navigation order (only for `- section: [pages]`).
        var sectionPages: [String: [SitePage]] = [:]
        /// The sidebar's top level when the navigation has sections.
        var topLevel: [SitePage] = []
        var linkParts: [String: (start: String, end: String)] = [:]
    }
    let index: [String: Index]

    init(configuration: SiteConfiguration, pages: [String: [SitePage]]) {
        self.configuration = configuration
        self.pages = pages
        var index: [String: Index] = [:]
        for (language, list) in pages {
            var entry = Index()
            entry.navigation = list.filter(\.inNavigation)
            for (position, page) in entry.navigation.enumerated() where entry.position[page.slug] == nil { entry.position[page.slug] = position }
            for page in list where entry.bySlug[page.slug] == nil { entry.bySlug[page.slug] = page }
            entry.slugs = Set(list.map(\.slug))
            for page in entry.navigation {
                entry.linkParts[page.slug] = Self.linkParts(page)
                if let section = page.section { entry.sectionPages[section, default: []].append(page) } else { entry.topLevel.append(page) }
            }
            index[language] = entry
        }
        self.index = index
    }

    func navigation(_ language: String) -> [SitePage] { index[language]?.navigation ?? [] }

    /// The first page of a language's navigation is its home.
    func home(_ language: String) -> SitePage? { navigation(language).first ?? pages[language]?.first }

    func hasPage(_ language: String, _ slug: String) -> Bool { index[language]?.slugs.contains(slug) == true }

    /// One sidebar entry as the page template used to write it with Mustache (same escaping,
    /// same bytes), made here because a sidebar of hundreds of links through Mustache's
    /// dynamic lookups cost more than the rest of the page.
    private func navigationLink(_ entry: SitePage, current page: SitePage, into html: inout String) {
        let parts = index[entry.language]?.linkParts[entry.slug] ?? Self.linkParts(entry)
        html += parts.start
        html += entry.slug == page.slug ? "\" aria-current=\"page\">" : "\">"
        html += parts.end
    }

    /// A sidebar link before and after its `aria-current`, escaped once per site.
    static func linkParts(_ entry: SitePage) -> (start: String, end: String) {
        var end = ""
        if let number = entry.sectionNumber { end += "<span class=\"nav-number\">\(number).</span> " }
        end += escapeHTML(entry.title)
        end += "</a>"
        return ("<li><a href=\"" + escapeHTML(entry.address.fileName), end)
    }

    /// The sidebar's list items: every page of the language; or, when site.yml groups pages
    /// into sections, the top-level entries with the pages of this page's own section under
    /// its section page, so a page's size does not grow with the size of the site.
    func sidebarHTML(for page: SitePage) -> String {
        guard let entry = index[page.language] else { return "" }
        var html = ""
        guard !entry.sectionPages.isEmpty else {
            for item in entry.navigation {
                navigationLink(item, current: page, into: &html)
                html += "</li>\n"
            }
            return html
        }
        let open = page.section ?? page.slug
        for top in entry.topLevel {
            navigationLink(top, current: page, into: &html)
            if top.slug == open, let children = entry.sectionPages[top.slug] {
                html += "<ol>\n"
                for child in children {
                    navigationLink(child, current: page, into: &html)
                    html += "</li>\n"
                }
                html += "</ol>"
            }
            html += "</li>\n"
        }
        return html
    }

    func context(for page: SitePage) -> [String: Any] {
        let strings = UIStrings.forLanguage(page.language)
        let siteTitle = configuration.title[page.language] ?? ""
        let sequence = navigation(page.language)
        let index = self.index[page.language]?.position[page.slug]
        var context = common(language: page.language, strings: strings, root: "../")
        context["title"] = page.title
        context["documentTitle"] = page.title == siteTitle ? siteTitle : "\(page.title) · \(siteTitle)"
        context["description"] = page.description
        context["siteTitle"] = siteTitle
        context["homeHref"] = home(page.language).map(\.address.fileName) ?? "../index.html"
        context["body"] = TableRegions.wrap(page.bodyHTML, language: page.language)
        context["updated"] = ["iso": page.updated.description, "text": strings.format(page.updated)]
        context["navigationHTML"] = sidebarHTML(for: page)
        addJourney(to: &context, page: page)
        var breadcrumbs: [[String: Any]] = []
        if let home = home(page.language), home.slug != page.slug {
            breadcrumbs.append(["href": home.address.fileName, "title": home.title, "current": false])
        }
        if let parentSlug = page.parentSlug ?? page.section, parentSlug != home(page.language)?.slug,
           let parent = self.index[page.language]?.bySlug[parentSlug] {
            breadcrumbs.append(["href": parent.address.fileName, "title": parent.title, "current": false])
        }
        breadcrumbs.append(["href": page.address.fileName, "title": page.title, "current": true])
        context["breadcrumbs"] = breadcrumbs
        context["toc"] = Self.nestedTOC(page.toc)
        context["hasTOC"] = !page.toc.isEmpty
        if let index {
            if index > 0 { context["previous"] = link(sequence[index - 1]) }
            if index + 1 < sequence.count { context["next"] = link(sequence[index + 1]) }
            context["hasPager"] = sequence.count > 1
        }
        let others = configuration.languages.compactMap { language -> [String: Any]? in
            guard language.code != page.language, hasPage(language.code, page.slug) else { return nil }
            return ["code": language.code, "name": language.name, "href": "../" + PageAddress(language: language.code, slug: page.slug).outputPath]
        }
        context["languageLinks"] = others
        context["hasLanguageLinks"] = !others.isEmpty
        if let baseURL {
            // Absolute, and the page itself too, as the hreflang annotations ask.
            context["alternates"] = configuration.languages.compactMap { language -> [String: Any]? in
                guard hasPage(language.code, page.slug) else { return nil }
                return ["code": language.code, "href": baseURL + PageAddress(language: language.code, slug: page.slug).outputPath]
            }
        } else {
            context["alternates"] = others
        }
        if let csp = page.head.contentSecurityPolicy { context["csp"] = csp }
        context["stylesheets"] = page.head.stylesheets.map { ["href": "../\($0)"] }
        context["scripts"] = page.head.scripts.map { ["src": "../\($0)"] }
        return context
    }

    /// The landing page at the site root: one link per language.
    func landingContext() -> [String: Any] {
        let primary = configuration.languages.first?.code ?? "tr"
        var context = common(language: primary, strings: .forLanguage(primary), root: "")
        let title = configuration.title[primary] ?? ""
        context["siteTitle"] = title
        context["documentTitle"] = title
        context["description"] = configuration.languages.compactMap { configuration.title[$0.code] }.joined(separator: " · ")
        context["languages"] = languageEntries()
        return context
    }

    /// 404.html: served by web servers from the site root, so its links are root-relative.
    /// `language`: the copy in a language folder (`en/404.html`, links from "../"), for a
    /// missing page under /en/; its own language comes first.
    func notFoundContext(language: String? = nil) -> [String: Any] {
        let primary = language ?? configuration.languages.first?.code ?? "tr"
        let strings = UIStrings.forLanguage(primary)
        let root = language == nil ? "" : "../"
        var context = common(language: primary, strings: strings, root: root)
        context["siteTitle"] = configuration.title[primary] ?? ""
        context["documentTitle"] = "\(strings.notFoundTitle) · \(configuration.title[primary] ?? "")"
        context["description"] = strings.notFoundText
        // One h1 naming the page in every language (the page's own language plain, the
        // others marked with lang), then one h2 section per language.
        let entries = languageEntries()
        let ordered = entries.filter { $0["code"] as? String == primary } + entries.filter { $0["code"] as? String != primary }
        context["languages"] = ordered.enumerated().map { index, entry -> [String: Any] in
            var entry = entry
            let code = entry["code"] as? String ?? primary
            entry["href"] = root + (entry["href"] as? String ?? "")
            let strings = UIStrings.forLanguage(code)
            entry["notFoundTitle"] = strings.notFoundTitle
            entry["notFoundText"] = strings.notFoundText
            entry["separator"] = index > 0
            entry["otherLanguage"] = code != primary
            return entry
        }
        return context
    }

    private func languageEntries() -> [[String: Any]] {
        configuration.languages.compactMap { language in
            guard let home = home(language.code) else { return nil }
            return ["code": language.code, "name": language.name, "title": configuration.title[language.code] ?? "",
                    "href": home.outputPath]
        }
    }

    private func common(language: String, strings: UIStrings, root: String) -> [String: Any] {
        [
            "lang": language, "root": root, "strings": strings.context,
            "revision": ["number": configuration.revision.number, "date": strings.format(configuration.revision.date)],
        ]
    }

    private func link(_ page: SitePage) -> [String: Any] { ["href": page.address.fileName, "title": page.title] }

    /// h3 entries nest under the h2 before them; an h3 before any h2 stays at the top.
    static func nestedTOC(_ entries: [TOCEntry]) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var children: [[String: Any]] = []
        func flush() {
            guard !result.isEmpty else { return }
            result[result.count - 1]["children"] = children
            result[result.count - 1]["hasChildren"] = !children.isEmpty
            children = []
        }
        for entry in entries {
            if entry.level == 3 && !result.isEmpty {
                children.append(["id": entry.id, "html": entry.html])
            } else {
                flush()
                result.append(["id": entry.id, "html": entry.html, "hasChildren": false])
            }
        }
        flush()
        return result
    }
}
