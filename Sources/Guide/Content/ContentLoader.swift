import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FilePaths
import ParallelWork
import SiteLayout

/// A page read from disk, front matter parsed, body not yet rendered.
public struct PageSource: Sendable, AddressedPage {
    public var address: PageAddress
    public var sourcePath: String
    public var frontMatter: FrontMatter
    /// The Markdown body, front matter lines blanked so line numbers are the file's.
    public var markdown: String
    /// `TranslationStatus.fingerprint` of the whole file.
    public var fingerprint: String = ""
}

/// Everything read from content/ before rendering.
public struct ContentSources: Sendable {
    public var configuration: SiteConfiguration
    public var directory: String
    /// Language code → pages in navigation order.
    public var pages: [String: [PageSource]]
}

/// Reads content/: site.yml, then each language's Markdown pages; checks that navigation and
/// files agree and that orders are unique. Reports every problem found, not just the first.
/// `read()` and `render(_:)` are the build's "load" and "render" steps; `load()` does both.
public struct ContentLoader: Sendable {
    /// The content folder as given on the command line (used as the prefix in errors).
    public var directory: String
    /// Ids the page layout uses; passed to the Markdown renderer.
    public var reservedIDs: Set<String>
    /// Front matter and rendered Markdown kept from the build before (`eizin serve`,
    /// `eizin build --watch`); nil for a build from scratch.
    public var memo: PageMemo? = nil

    public init(directory: String, reservedIDs: Set<String> = []) {
        self.directory = directory
        self.reservedIDs = reservedIDs
    }

    private func display(_ parts: String...) -> String {
        ([directory.hasSuffix("/") ? String(directory.dropLast()) : directory] + parts).joined(separator: "/")
    }

    public func load() throws(DiagnosticsError) -> GuideContent {
        let (sources, readErrors) = readCollecting()
        guard let sources else { throw DiagnosticsError(readErrors) }
        let guide: GuideContent
        do {
            guide = try render(sources)
        } catch {
            throw DiagnosticsError(readErrors + error.diagnostics)
        }
        if !readErrors.isEmpty || !guide.linkProblems.isEmpty { throw DiagnosticsError(readErrors + guide.linkProblems) }
        return guide
    }

    /// Renders every page's Markdown; errors of all pages are reported together.
    public func render(_ sources: ContentSources) throws(DiagnosticsError) -> GuideContent {
        var collector = DiagnosticCollector()
        var pages: [String: [Page]] = [:]
        let translations = TranslationStatus.of(sources)
        let outdated = Dictionary(translations.filter(\.isOutdated).map { ($0.page, $0) }, uniquingKeysWith: { a, _ in a })
        for language in sources.configuration.languages {
            let others = Set(sources.configuration.languages.map(\.code)).subtracting([language.code])
            let glossary = Self.glossary(sources.pages[language.code] ?? [], into: &collector)
            let renderer = MarkdownRenderer(strings: .forLanguage(language.code), reservedIDs: reservedIDs, partLanguages: others, glossary: glossary)
            // The glossary's terms as the memo compares them: written out once per language.
            let glossaryKey = (withTerms: ExactText(String(reflecting: glossary)), without: ExactText(String(reflecting: Glossary?.none)))
            // Pages render on every core; results (and errors) are kept in navigation order.
            let list = sources.pages[language.code] ?? []
            let rendered = Parallel.map(list.count) { index -> Result<Page, DiagnosticsError> in
                let source = list[index]
                var pageRenderer = renderer
                if source.slug == glossary?.slug { pageRenderer.glossary = nil }
                do throws(DiagnosticsError) {
                    var body: RenderedMarkdown
                    if let memo {
                        let input = PageMemo.RenderInput(markdown: ExactText(source.markdown), glossary: pageRenderer.glossary == nil ? glossaryKey.without : glossaryKey.withTerms,
                                                         partLanguages: others, reservedIDs: reservedIDs)
                        body = try memo.bodies.value(source.sourcePath, input) { () throws(DiagnosticsError) in
                            try pageRenderer.render(source.markdown, file: source.sourcePath)
                        }
                    } else {
                        body = try pageRenderer.render(source.markdown, file: source.sourcePath)
                    }
                    if let status = outdated[source.sourcePath] {
                        let name = sources.configuration.language(status.sourceLanguage)?.name ?? status.sourceLanguage
                        body.html = pageRenderer.strings.outdatedTranslationNote(sourceHref: "../" + PageAddress(language: status.sourceLanguage, slug: status.slug).outputPath,
                                                                                 sourceLanguage: status.sourceLanguage, sourceName: name) + body.html
                    }
                    return .success(Page(address: source.address, sourcePath: source.sourcePath,
                                         frontMatter: source.frontMatter, body: body))
                } catch {
                    return .failure(error)
                }
            }
            pages[language.code] = rendered.compactMap { result in
                switch result {
                case .success(let page): return page
                case .failure(let error): collector.append(contentsOf: error.diagnostics); return nil
                }
            }
            if let glossary, let page = pages[language.code]?.first(where: { $0.slug == glossary.slug }) {
                let ids = Set(page.body.anchors.map(\.id))
                for term in glossary.terms where !ids.contains(term.id) {
                    collector.report(term.location, "glossary term '\(term.id)' has no entry: add a heading ending {#\(term.id)} to this page")
                }
            }
            for page in pages[language.code] ?? [] {
                collector.append(contentsOf: StepNumbering.check(page))
            }
        }
        try collector.throwIfAny()
        let languages = sources.configuration.languages.map(\.code)
        let linkProblems = GuideLinks.check(languages.flatMap { pages[$0] ?? [] },
                                            sources: languages.flatMap { sources.pages[$0] ?? [] }, contentFolder: display())
        return GuideContent(configuration: sources.configuration, directory: sources.directory, pages: pages,
                            translations: translations, linkProblems: linkProblems)
    }

    /// The page whose front matter has `terms:` is the language's glossary; one at most.
    static func glossary(_ sources: [PageSource], into collector: inout DiagnosticCollector) -> Glossary? {
        let glossaries = sources.filter { !$0.frontMatter.terms.isEmpty }
        for extra in glossaries.dropFirst() {
            collector.report(SourceLocation(file: extra.sourcePath, line: 1), "only one page per language may have 'terms:' (the glossary); \(glossaries[0].sourcePath) has them too")
        }
        return glossaries.first.map { Glossary(slug: $0.slug, terms: $0.frontMatter.terms) }
    }

    /// Reads site.yml and every page's front matter.
    public func read() throws(DiagnosticsError) -> ContentSources {
        let (sources, diagnostics) = readCollecting()
        guard let sources, diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        return sources
    }

    /// Reads what can be read: the pages that loaded, plus every problem found, so that the
    /// render step can still report the other pages' Markdown errors in the same run.
    public func readCollecting() -> (sources: ContentSources?, diagnostics: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [Diagnostic(SourceLocation(file: directory), Self.folderProblem(directory) ?? "content folder not found")])
        }
        let configPath = display("site.yml")
        let configuration: SiteConfiguration
        do {
            let text = try readText(configPath)
            configuration = if let memo {
                try memo.configuration.value(configPath, ExactText(text)) { () throws(DiagnosticsError) in try SiteConfiguration.parse(text, file: configPath) }
            } else {
                try SiteConfiguration.parse(text, file: configPath)
            }
        } catch {
            return (nil, error.diagnostics)
        }
        var collector = DiagnosticCollector()
        collector.append(contentsOf: unknownLanguageFolders(configuration))
        var pages: [String: [PageSource]] = [:]
        for language in configuration.languages {
            pages[language.code] = loadLanguage(language, into: &collector)
        }
        return (ContentSources(configuration: configuration, directory: directory, pages: pages), collector.diagnostics)
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

    private func loadLanguage(_ language: SiteConfiguration.Language, into collector: inout DiagnosticCollector) -> [PageSource] {
        let folder = display(language.code)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
        } catch {
            // A folder that exists but cannot be listed: one error, not one per page.
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
                collector.report(SourceLocation(file: folder), isFolder.boolValue
                    ? "cannot read folder"
                    : "not a folder: the pages of language '\(language.code)' go into the folder \(folder)/")
                return []
            }
            if let problem = Self.folderProblem(folder) {
                collector.report(SourceLocation(file: folder), problem)
                return []
            }
            // No folder: fine while the language has no navigation yet.
            if let navigation = language.navigation, !navigation.isEmpty {
                for slug in navigation {
                    collector.report(language.navigationLocations[slug] ?? language.location, "'\(slug)' is in navigation but \(folder)/\(slug).md does not exist")
                }
            }
            return []
        }
        var bySlug: [String: PageSource] = [:]
        // Files are read and their front matter parsed on every core; errors stay in name order.
        let read = Parallel.map(names.count) { index -> Result<PageSource, DiagnosticsError>? in
            let slug = String(names[index].dropLast(3))
            guard TurkishSlug.isValidID(slug) else { return nil }
            do throws(DiagnosticsError) {
                return .success(try readPage(path: "\(folder)/\(names[index])", slug: slug, language: language.code))
            } catch {
                return .failure(error)
            }
        }
        for (name, result) in zip(names, read) {
            switch result {
            case nil:
                collector.report(SourceLocation(file: "\(folder)/\(name)"), "file name '\(name)' must be lowercase letters, digits and hyphens (it becomes the page URL)")
            case .success(let page)?:
                bySlug[page.slug] = page
            case .failure(let error)?:
                collector.append(contentsOf: error.diagnostics)
            }
        }
        let navigation = language.navigation ?? []
        // Sets: a site of thousands of pages must not compare every name with every entry.
        let inNavigation = Set(navigation)
        let nameSet = Set(names)
        for slug in names.map({ String($0.dropLast(3)) }) where !inNavigation.contains(slug) && TurkishSlug.isValidID(slug) {
            collector.report(SourceLocation(file: "\(folder)/\(slug).md", line: 1), "page '\(slug)' is not in the navigation of language '\(language.code)' in \(display("site.yml"))")
        }
        for slug in navigation where !nameSet.contains("\(slug).md") {
            collector.report(language.navigationLocations[slug] ?? language.location, "'\(slug)' is in navigation but \(folder)/\(slug).md does not exist")
        }
        var orders: [Int: PageSource] = [:]
        for slug in navigation {
            guard let page = bySlug[slug] else { continue }
            if let first = orders[page.frontMatter.order] {
                collector.report(page.frontMatter.orderLocation, "duplicate order \(page.frontMatter.order): \(first.sourcePath) has it too")
            } else {
                orders[page.frontMatter.order] = page
            }
        }
        return navigation.compactMap { bySlug[$0] }
    }

    private func readPage(path: String, slug: String, language: String) throws(DiagnosticsError) -> PageSource {
        let text = if let memo, let stamp = FileStamp(path) {
            try memo.texts.value(path, stamp) { () throws(DiagnosticsError) in try readText(path) }
        } else {
            try readText(path)
        }
        let parse = { () throws(DiagnosticsError) in
            let (frontMatter, body) = try FrontMatter.split(text, file: path)
            return (frontMatter: frontMatter, body: body, fingerprint: TranslationStatus.fingerprint(of: text))
        }
        let page = if let memo { try memo.files.value(path, ExactText(text), parse) } else { try parse() }
        return PageSource(address: PageAddress(language: language, slug: slug), sourcePath: path, frontMatter: page.frontMatter,
                          markdown: page.body, fingerprint: page.fingerprint)
    }

    private func readText(_ path: String) throws(DiagnosticsError) -> String {
        let data: Data
        switch Self.readRegularFile(path) {
        case .success(let bytes): data = bytes
        case .failure(let problem): throw DiagnosticsError(Diagnostic(SourceLocation(file: path), problem.message))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError(Diagnostic(SourceLocation(file: path), "file is not valid UTF-8"))
        }
        return Self.normalizingLineEndings(text)
    }

    struct ReadProblem: Error { var message: String }

    /// The bytes of a regular file, or what the path is instead and what to do. Opened
    /// without waiting (a named pipe would otherwise block the build forever) and never
    /// read unless it is a regular file.
    static func readRegularFile(_ path: String) -> Result<Data, ReadProblem> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(ReadProblem(message: openProblem(errno, path))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(ReadProblem(message: "cannot read file: \(String(cString: strerror(errno)))")) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(ReadProblem(message: "is a folder, not a file; rename it or move it out of the content folder"))
        case S_IFIFO: return .failure(ReadProblem(message: "is a named pipe (FIFO), not a file; put the page's file here instead"))
        default: return .failure(ReadProblem(message: "is a device, not a file; put the page's file here instead"))
        }
        var data = Data()
        // A page is a few kilobytes: a buffer of its size (and room to see the end) rather
        // than 64 KiB cleared for every file of a big site.
        var buffer = [UInt8](repeating: 0, count: min(64 * 1024, max(4096, Int(info.st_size) + 1)))
        while true {
            let count = buffer.withUnsafeMutableBytes { readBytes(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(ReadProblem(message: "cannot read file: \(String(cString: strerror(errno)))"))
            }
            if count == 0 { return .success(data) }
            data.append(contentsOf: buffer[0 ..< count])
        }
    }

    /// Why a folder that `fileExists` does not see as a folder is unusable, when it is there
    /// in some form (a link loop, a dangling link, a file); nil when nothing is there.
    static func folderProblem(_ path: String) -> String? {
        var link = stat()
        guard lstat(path, &link) == 0 else { return nil }
        var info = stat()
        if stat(path, &info) != 0 {
            return errno == ELOOP ? "the symbolic links form a loop; fix the link or name the real folder"
                                  : openProblem(errno, path)
        }
        return info.st_mode & S_IFMT == S_IFDIR ? nil : "is a file, not a folder"
    }

    static func openProblem(_ code: Int32, _ path: String) -> String {
        var link = stat()
        let isLink = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
        switch code {
        case ENOENT where isLink:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " (\($0))" } ?? ""
            return "a symbolic link to a missing file\(target); fix or remove the link"
        case ENOENT: return "file not found"
        case ELOOP: return "the symbolic links form a loop; fix or remove the link"
        case EACCES, EPERM: return "permission denied; make the file readable"
        case ENXIO, EOPNOTSUPP: return "is a socket, not a file; put the page's file here instead"
        case ENOTDIR: return systemErrorReason(code)
        default: return "cannot read file: \(systemErrorReason(code))"
        }
    }

    /// Files saved on Windows end lines with CRLF. Swift treats "\r\n" as one Character, so
    /// splitting on "\n" would see one long line; LF everywhere keeps line numbers right.
    static func normalizingLineEndings(_ text: String) -> String {
        text.containsBytes("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }
}

/// POSIX `read`, named apart from `ContentLoader.read`.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
