import Foundation

/// Reads content/: site.yml, then each language's Markdown pages; checks that navigation and
/// files agree and that orders are unique. Reports every problem found, not just the first.
public struct ContentLoader: Sendable {
    /// The content folder as given on the command line (used as the prefix in errors).
    public var directory: String
    /// Ids the page layout uses; passed to the Markdown renderer.
    public var reservedIDs: Set<String>

    public init(directory: String, reservedIDs: Set<String> = []) {
        self.directory = directory
        self.reservedIDs = reservedIDs
    }

    private func display(_ parts: String...) -> String {
        ([directory.hasSuffix("/") ? String(directory.dropLast()) : directory] + parts).joined(separator: "/")
    }

    public func load() throws(ContentError) -> GuideContent {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ContentError(Diagnostic(SourceLocation(file: directory), "content folder not found"))
        }
        let configPath = display("site.yml")
        let configText = try readText(configPath)
        let configuration = try SiteConfiguration.parse(configText, file: configPath)

        var collector = DiagnosticCollector()
        collector.append(contentsOf: unknownLanguageFolders(configuration))
        var pages: [String: [Page]] = [:]
        for language in configuration.languages {
            if let loaded = collector.collect({ () throws -> [Page] in try loadLanguage(language) }) {
                pages[language.code] = loaded
            }
        }
        try collector.throwIfAny()
        return GuideContent(configuration: configuration, directory: directory, pages: pages)
    }

    /// A folder such as content/de/ without an entry in site.yml would be silently skipped.
    private func unknownLanguageFolders(_ configuration: SiteConfiguration) -> [Diagnostic] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return entries.sorted().compactMap { name in
            var isDirectory: ObjCBool = false
            guard !name.hasPrefix("."), FileManager.default.fileExists(atPath: display(name), isDirectory: &isDirectory),
                  isDirectory.boolValue, configuration.language(name) == nil else { return nil }
            return Diagnostic(SourceLocation(file: display(name)), "folder '\(name)' is not a language in site.yml")
        }
    }

    private func loadLanguage(_ language: SiteConfiguration.Language) throws(ContentError) -> [Page] {
        let folder = display(language.code)
        var collector = DiagnosticCollector()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
        } catch {
            // No folder: fine while the language has no navigation yet.
            if let navigation = language.navigation, !navigation.isEmpty {
                for slug in navigation {
                    collector.report(language.navigationLocations[slug] ?? language.location, "'\(slug)' is in navigation but \(folder)/\(slug).md does not exist")
                }
            }
            try collector.throwIfAny()
            return []
        }
        let renderer = MarkdownRenderer(strings: .forLanguage(language.code), reservedIDs: reservedIDs)
        var bySlug: [String: Page] = [:]
        for name in names {
            let slug = String(name.dropLast(3))
            let path = "\(folder)/\(name)"
            guard TurkishSlug.isValidID(slug) else {
                collector.report(SourceLocation(file: path), "file name '\(name)' must be lowercase letters, digits and hyphens (it becomes the page URL)")
                continue
            }
            if let page = collector.collect({ () throws -> Page in try loadPage(path: path, slug: slug, language: language.code, renderer: renderer) }) {
                bySlug[slug] = page
            }
        }
        let navigation = language.navigation ?? []
        for slug in names.map({ String($0.dropLast(3)) }) where !navigation.contains(slug) && TurkishSlug.isValidID(slug) {
            collector.report(SourceLocation(file: "\(folder)/\(slug).md", line: 1), "page '\(slug)' is not in the navigation of language '\(language.code)' in \(display("site.yml"))")
        }
        for slug in navigation where !names.contains("\(slug).md") {
            collector.report(language.navigationLocations[slug] ?? language.location, "'\(slug)' is in navigation but \(folder)/\(slug).md does not exist")
        }
        var orders: [Int: Page] = [:]
        for slug in navigation {
            guard let page = bySlug[slug] else { continue }
            if let first = orders[page.frontMatter.order] {
                collector.report(page.frontMatter.orderLocation, "duplicate order \(page.frontMatter.order): \(first.sourcePath) has it too")
            } else {
                orders[page.frontMatter.order] = page
            }
        }
        try collector.throwIfAny()
        return navigation.compactMap { bySlug[$0] }
    }

    private func loadPage(path: String, slug: String, language: String, renderer: MarkdownRenderer) throws(ContentError) -> Page {
        let text = try readText(path)
        let (frontMatter, body) = try FrontMatter.split(text, file: path)
        let rendered = try renderer.render(body, file: path)
        return Page(language: language, slug: slug, sourcePath: path, frontMatter: frontMatter, body: rendered)
    }

    private func readText(_ path: String) throws(ContentError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw ContentError(Diagnostic(SourceLocation(file: path), exists ? "cannot read file" : "file not found"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ContentError(Diagnostic(SourceLocation(file: path), "file is not valid UTF-8"))
        }
        return text
    }
}
