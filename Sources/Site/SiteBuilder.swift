import Foundation
import Guide
import ParallelWork
import SiteLayout

/// What a successful build made.
public struct BuildReport: Sendable {
    /// HTML pages written (guide pages, generated pages, landing page and 404 page).
    public var pageCount: Int
    public var output: SiteOutput
    /// Problems that did not stop the new site from being put in place (a previous copy
    /// that could not be deleted): the command line prints them and exits non-zero.
    public var warnings: [Diagnostic] = []
    /// Warnings about the content that do not fail the build (a translation whose source
    /// page changed since it was aligned), as `file:line:column: warning: message`.
    public var notices: [String] = []
    /// Wall time of the whole build, writing included.
    public var seconds: Double = 0

    /// One line for the terminal: "Built 1005 pages into site/ in 1.02 s".
    public func summary(folder: String) -> String {
        "Built \(pageCount) pages into \(folder) in \(String(format: "%.2f", seconds)) s"
    }

    /// What the terminal shows after the summary line: notices, then warnings.
    public var messages: [String] { notices + warnings.map(\.description) }
}

extension ContinuousClock.Instant {
    /// Seconds from this instant to now.
    var secondsUntilNow: Double {
        let elapsed = ContinuousClock.now - self
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// The generator as a visible list of named steps, each small and testable on its own:
///
///     load    content/site.yml and every page's front matter    (load → Guide.ContentLoader)
///     render  Markdown → HTML, anchors, table of contents        (render → Guide.MarkdownRenderer)
///     layout  pages into Mustache templates; plugins; sitemap    (layout → PageLayout, Templates)
///     check   read every page back with libxml2; links, anchors  (check → LinkChecker)
///     write   temporary sibling folder, then swap into place     (write → AtomicWriter)
public struct SiteBuilder: Sendable {
    public var contentDirectory: String
    public var outputDirectory: String
    /// Overrides `base_url` in site.yml; only sitemap.xml uses it.
    public var baseURL: String?
    public var plugins: [any SitePlugin]
    /// Results kept from the build before in this process (`Rebuilder`); nil builds from scratch.
    public var memo: SiteMemo? = nil

    public init(contentDirectory: String = "content", outputDirectory: String = "site", baseURL: String? = nil, plugins: [any SitePlugin] = []) {
        self.contentDirectory = contentDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.plugins = plugins
    }

    /// Runs all steps. On any error nothing is written.
    @discardableResult
    public func build() throws(DiagnosticsError) -> BuildReport {
        // Before anything is read or written: the output must not overlap the content.
        if let problem = OutputPlacement.problem(content: contentDirectory, output: outputDirectory) {
            throw DiagnosticsError(Diagnostic(SourceLocation(file: outputDirectory), problem))
        }
        let start = ContinuousClock.now
        let output = try makeSite()
        let warnings = try Self.timed("write") { () throws(DiagnosticsError) in try write(output) }
        return BuildReport(pageCount: output.htmlCount, output: output, warnings: warnings, notices: output.notices,
                           seconds: start.secondsUntilNow)
    }

    /// load, render, layout and check: the whole site in memory, nothing written.
    public func makeSite() throws(DiagnosticsError) -> SiteOutput {
        let loaded = try Self.timed("load") { load() }
        let guide = try Self.timed("render") { () throws(DiagnosticsError) in try render(loaded) }
        let (output, required) = try Self.timed("layout") { () throws(DiagnosticsError) in try layout(guide) }
        try Self.timed("check") { () throws(DiagnosticsError) in try check(output, requiredTargets: required, guideLinkProblems: guide.linkProblems) }
        return output
    }

    /// `EIZIN_TIMING=1` prints each step's wall time on standard error (for Benchmarks/).
    private static let timing = ProcessInfo.processInfo.environment["EIZIN_TIMING"] == "1"

    /// `timed` for a step that cannot fail (the check's parts).
    static func timedStep<T>(_ step: String, _ body: () -> T) -> T {
        // The body cannot throw, so neither can `timed` here.
        do { return try timed(step) { () throws(DiagnosticsError) -> T in body() } } catch { fatalError("unreachable") }
    }

    static func timed<T>(_ step: String, _ body: () throws(DiagnosticsError) -> T) throws(DiagnosticsError) -> T {
        guard timing else { return try body() }
        func cpu() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let startCPU = cpu()
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            FileHandle.standardError.write(Data("eizin-timing \(step) \(String(format: "%.3f", seconds)) s, cpu \(String(format: "%.3f", cpu() - startCPU)) s\n".utf8))
        }
        return try body()
    }

    private var loader: ContentLoader {
        var loader = ContentLoader(directory: contentDirectory, reservedIDs: PageLayout.reservedIDs)
        loader.memo = memo?.pages
        return loader
    }

    /// Step "load": site.yml and front matter. Keeps going past broken pages (their errors
    /// travel along) so that "render" still reports the other pages' Markdown errors.
    public func load() -> (sources: ContentSources?, diagnostics: [Diagnostic]) {
        loader.readCollecting()
    }

    /// Step "render": Markdown to HTML; throws the load errors together with its own.
    public func render(_ loaded: (sources: ContentSources?, diagnostics: [Diagnostic])) throws(DiagnosticsError) -> GuideContent {
        guard let sources = loaded.sources else { throw DiagnosticsError(loaded.diagnostics) }
        let guide: GuideContent
        do {
            guide = try loader.render(sources)
        } catch {
            throw DiagnosticsError(loaded.diagnostics + error.diagnostics)
        }
        if !loaded.diagnostics.isEmpty { throw DiagnosticsError(loaded.diagnostics) }
        return guide
    }

    /// Step "check": resolves every link and anchor; `guideLinkProblems` (from "render",
    /// `GuideContent.linkProblems`) are reported with the others.
    public func check(_ output: SiteOutput, requiredTargets: [RequiredTarget] = [], guideLinkProblems: [Diagnostic] = []) throws(DiagnosticsError) {
        // A guide link is also in the printable guide (yazdir.html): report it once.
        var seen: Set<String> = []
        let problems = (guideLinkProblems + LinkChecker(output: output, memo: memo).check(requiredTargets: requiredTargets))
            .filter { seen.insert($0.description).inserted }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
    }

    /// Step "write": atomically replaces the output folder.
    @discardableResult
    public func write(_ output: SiteOutput) throws(DiagnosticsError) -> [Diagnostic] {
        try AtomicWriter(directory: outputDirectory).write(output)
    }

    /// Step "layout": guide pages and plugin contributions into the templates, plus the
    /// landing page, 404 page, stylesheet and sitemap.
    public func layout(_ guide: GuideContent) throws(DiagnosticsError) -> (SiteOutput, [RequiredTarget]) {
        var contributions = SiteContributions()
        var collector = DiagnosticCollector()
        let journeys = try Journey.make(guide) ?? [:]
        let sectionNumbers = journeys.mapValues { Dictionary(uniqueKeysWithValues: $0.sections.map { ($0.slug, $0.number) }) }
        for plugin in Self.standardPlugins(baseURL: baseURL ?? guide.configuration.baseURL, sectionNumbers: sectionNumbers, memo: memo) + plugins {
            _ = collector.collect { () throws -> Void in
                try Self.timed("plugin \(plugin.name)") { () throws(DiagnosticsError) in try plugin.contribute(guide: guide, to: &contributions) }
            }
        }
        try collector.throwIfAny()
        var pages = try Self.pagesByLanguage(guide, adding: contributions.pages, additions: contributions.guidePageAdditions)
        Self.number(&pages, sectionNumbers: sectionNumbers, generated: Set(contributions.pages.map(\.outputPath)))
        let allPages = guide.configuration.languages.flatMap { pages[$0.code] ?? [] }

        let templates = if let memo { try memo.templates() } else { try Templates.bundled() }
        var layout = PageLayout(configuration: guide.configuration, pages: pages)
        layout.baseURL = baseURL ?? guide.configuration.baseURL
        layout.journeys = journeys
        layout.glossarySlugs = guide.configuration.languages.reduce(into: [:]) { slugs, language in
            slugs[language.code] = guide.pages(in: language.code).first { !$0.frontMatter.terms.isEmpty }?.slug
        }
        var output = SiteOutput()
        output.notices = guide.translations.compactMap(\.warning)
        let assets = if let memo { try memo.assets() } else { try Assets.bundled() }
        for (path, bytes) in assets { output.add(path, bytes: bytes) }
        let site = memo.map { memo in memo.siteLayout.value("site", LayoutKey.site(layout)) { UUID() } }
        // Every core renders pages; they are added in navigation order, as before.
        let rendered = try Self.timed("layout pages") { () throws(DiagnosticsError) in
            Parallel.mapLargestFirst(allPages.count, size: { allPages[$0].bodyHTML.utf8.count }) { index -> SiteMemo.LaidOutPage in
                let page = allPages[index]
                func render() -> SiteMemo.LaidOutPage {
                    let context = layout.context(for: page)
                    let bytes = Array(templates.render("page", context).utf8)
                    return SiteMemo.LaidOutPage(bytes: bytes, sidebar: Self.sidebarRange(in: bytes, sidebar: context["navigationHTML"] as? String ?? ""))
                }
                guard let memo, let site else { return render() }
                return memo.layout.value(page.outputPath, LayoutKey.Page(site: site, page: page), render)
            }
        }
        for (page, rendered) in zip(allPages, rendered) {
            output.add(page.outputPath, bytes: rendered.bytes, page: page, layoutLinks: rendered.sidebar)
        }
        output.add("index.html", text: templates.render("landing", layout.landingContext()))
        output.add("404.html", text: templates.render("not-found", layout.notFoundContext()))
        // A missing page under /tr/ or /en/: a server can answer with the language's copy,
        // whose relative links are right one folder down (docs/site.md, "404").
        for language in guide.configuration.languages where pages[language.code]?.isEmpty == false {
            output.add("\(language.code)/404.html", text: templates.render("not-found", layout.notFoundContext(language: language.code)))
        }
        for language in guide.configuration.languages {
            // The printable guide repeats every section: left out. The glossary ranks like a
            // generated page, after the guide's own text.
            let glossary = layout.glossarySlugs[language.code].map { PageAddress(language: language.code, slug: $0).outputPath }
            let index = SearchIndex(language: language.code, pages: (pages[language.code] ?? []).filter { $0.slug != PrintPage.slug },
                                    generated: Set(contributions.pages.map(\.outputPath) + [glossary].compactMap { $0 }), memo: memo?.search)
            output.add(index.path, text: try Self.timed("search index \(language.code)") { () throws(DiagnosticsError) in index.script() })
        }
        output.add("sitemap.xml", text: Sitemap.xml(pages: allPages, baseURL: baseURL ?? guide.configuration.baseURL))
        try Self.add(pluginFiles: contributions.files, to: &output)
        return (output, contributions.requiredTargets)
    }

    /// Where the sidebar's list items are in a rendered page: the first copy of them after
    /// the sidebar's `id`. Its links name pages of the same language, every one of which is
    /// written (`PageLayout.navigation`), so the check need not read them back on every page.
    static func sidebarRange(in page: [UInt8], sidebar: String) -> Range<Int>? {
        let items = Array(sidebar.utf8)
        let marker = Array("id=\"site-nav\"".utf8)
        guard !items.isEmpty, let start = page.firstIndex(ofBytes: marker),
              let found = page.firstIndex(ofBytes: items, from: start + marker.count) else { return nil }
        return found..<(found + items.count)
    }

    /// Pages every build has, before the caller's plugins: the journey (when site.yml has
    /// `journey:`), the whole guide for printing, and the accessibility and feedback page.
    static func standardPlugins(baseURL: String?, sectionNumbers: [String: [String: Int]], memo: SiteMemo? = nil) -> [any SitePlugin] {
        [JourneyPage(), PrintPage(baseURL: baseURL, sectionNumbers: sectionNumbers, memo: memo?.print), AccessibilityPage()]
    }

    /// Journey sections carry their number N into the navigation and the h1.
    static func number(_ pages: inout [String: [SitePage]], sectionNumbers: [String: [String: Int]], generated: Set<String>) {
        for (language, numbers) in sectionNumbers {
            for index in (pages[language] ?? []).indices where !generated.contains(pages[language]![index].outputPath) {
                pages[language]![index].sectionNumber = numbers[pages[language]![index].slug]
            }
        }
    }

    /// Guide pages in navigation order, then plugin pages in the order plugins added them.
    static func pagesByLanguage(_ guide: GuideContent, adding extra: [SitePage],
                                additions: [String: [String]] = [:]) throws(DiagnosticsError) -> [String: [SitePage]] {
        var collector = DiagnosticCollector()
        var pages: [String: [SitePage]] = [:]
        for language in guide.configuration.languages {
            pages[language.code] = guide.pages(in: language.code).map { page in
                var sitePage = SitePage(page)
                sitePage.section = language.sections[page.slug]
                sitePage.bodyHTML += (additions[sitePage.outputPath] ?? []).joined()
                return sitePage
            }
        }
        let guidePaths = Set(guide.allPages.map(\.outputPath))
        for path in additions.keys.sorted() where !guidePaths.contains(path) {
            collector.report(SourceLocation(file: "plugin additions"), "no guide page \(path) to add to")
        }
        for page in extra {
            let location = SourceLocation(file: page.source)
            if !TurkishSlug.isValidID(page.slug) {
                collector.report(location, "page slug '\(page.slug)' must be lowercase letters, digits and hyphens")
            } else if guide.configuration.language(page.language) == nil {
                collector.report(location, "page \(page.outputPath): language '\(page.language)' is not in site.yml")
            } else if pages[page.language]?.contains(where: { $0.slug == page.slug }) == true {
                collector.report(location, "page \(page.outputPath) already exists")
            } else {
                pages[page.language, default: []].append(page)
            }
        }
        try collector.throwIfAny()
        return pages
    }

    /// A plugin's file may neither replace a file of the site nor leave the site folder.
    static func add(pluginFiles: [String: [UInt8]], to output: inout SiteOutput) throws(DiagnosticsError) {
        var collector = DiagnosticCollector()
        for path in pluginFiles.keys.sorted() {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            if output.files[path] != nil || path.hasPrefix("/") || parts.contains("..") || parts.contains("") || path.hasPrefix(".") {
                collector.report(SourceLocation(file: "plugin files"), "a plugin may not write '\(path)'")
            } else {
                output.add(path, bytes: pluginFiles[path]!)
            }
        }
        try collector.throwIfAny()
    }
}
