import Foundation
import Guide
import SiteLayout

/// The application journey of one language, read from the guide: the sections from order 1
/// to `journey.last` in site.yml, each with its numbered steps ("Adım N.M" headings), its
/// callouts with an id (the 60-day warnings), and — in a section without numbered steps —
/// its `##` headings (the post-permit operations, the extension). Where site.yml's
/// `journey.choices` names alternatives, they become "either/or" groups.
/// Nothing is written by hand: a reworded or renumbered step changes the journey page.
struct Journey {
    struct Item: Equatable {
        enum Kind: Equatable { case step, heading, warning, note }
        var kind: Kind
        var slug: String
        var id: String
        /// The contents entry's HTML (escaped text, `<span lang>` kept).
        var html: String
        var text: String
        /// "10.2" for a step.
        var number: String?
        var href: String { PageAddress.link(to: slug, anchor: id) }
    }

    /// One way of a choice: a whole section, or a `##` section of a page with what follows.
    struct Alternative {
        var title: Item?
        var section: Section?
        var blocks: [Block]
    }

    enum Block {
        case item(Item)
        case choice([Alternative])
    }

    struct Section {
        var number: Int
        var slug: String
        var title: String
        var blocks: [Block]
        /// Every item of the section in reading order, choices flattened.
        var items: [Item] { Journey.flatten(blocks) }
        var steps: [Item] { items.filter { $0.kind == .step } }
    }

    enum Entry {
        case section(Section)
        /// Sections of which the reader follows one (YÖK pre-permit or KKTC/exempt).
        case choice([Section])
    }

    var language: String
    var entries: [Entry]

    var sections: [Section] {
        entries.flatMap { entry -> [Section] in
            switch entry {
            case .section(let section): return [section]
            case .choice(let sections): return sections
            }
        }
    }

    /// The sections a page's section is an alternative to (8 ↔ 9), empty otherwise.
    func alternatives(of slug: String) -> [Section] {
        for case .choice(let sections) in entries where sections.contains(where: { $0.slug == slug }) {
            return sections.filter { $0.slug != slug }
        }
        return []
    }

    static func flatten(_ blocks: [Block]) -> [Item] {
        blocks.flatMap { block -> [Item] in
            switch block {
            case .item(let item): return [item]
            case .choice(let alternatives):
                return alternatives.flatMap { ($0.title.map { [$0] } ?? []) + flatten($0.blocks) }
            }
        }
    }

    static let stepPattern = try! NSRegularExpression(pattern: #"^(?:Adım|Step)\s+(\d+\.\d+)(?!\d)"#)

    static func stepNumber(_ text: String) -> String? {
        guard let match = stepPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return text.matchedText(match.range(at: 1))
    }

    /// The journeys of every published language; nil when site.yml has no `journey:`.
    static func make(_ guide: GuideContent) throws(DiagnosticsError) -> [String: Journey]? {
        guard let settings = guide.configuration.journey else { return nil }
        var collector = DiagnosticCollector()
        var result: [String: Journey] = [:]
        for language in guide.publishedLanguages {
            if let journey = collector.collect({ () throws -> Journey in try Builder(guide: guide, language: language.code, settings: settings).build() }) {
                result[language.code] = journey
            }
        }
        try collector.throwIfAny()
        return result
    }

    private struct Group {
        var heading: TOCEntry?
        var children: [TOCEntry]
    }

    private struct Builder {
        let guide: GuideContent
        let language: String
        let settings: SiteConfiguration.Journey
        var strings: GuideStrings { .forLanguage(language) }

        func fail(_ location: SourceLocation, _ message: String) -> DiagnosticsError {
            DiagnosticsError(Diagnostic(location, "journey (\(language)): \(message)"))
        }

        func build() throws(DiagnosticsError) -> Journey {
            let pages = guide.pages(in: language)
            guard let last = pages.first(where: { $0.slug == settings.last }) else {
                throw fail(settings.location, "'last: \(settings.last)' is not a page of this language")
            }
            let journeyPages = pages.filter { $0.frontMatter.order >= 1 && $0.frontMatter.order <= last.frontMatter.order }
            let slugs = journeyPages.map(\.slug)
            var sectionChoices: [[String]] = []
            var pageChoices: [String: [(ids: [String], location: SourceLocation)]] = [:]
            for (index, choice) in settings.choices.enumerated() {
                let location = settings.choiceLocations[index]
                let parts = choice.map { $0.split(separator: "#", omittingEmptySubsequences: false).map(String.init) }
                if parts.allSatisfy({ $0.count == 1 }) {
                    let positions = choice.map { slugs.firstIndex(of: $0) }
                    guard positions.allSatisfy({ $0 != nil }) else {
                        throw fail(location, "choice \(choice.joined(separator: ", ")): every alternative must be a section of the journey")
                    }
                    let indices = positions.map { $0! }
                    guard indices == Array(indices[0]..<(indices[0] + indices.count)) else {
                        throw fail(location, "choice \(choice.joined(separator: ", ")): the sections must follow each other, in this order")
                    }
                    sectionChoices.append(choice)
                } else if parts.allSatisfy({ $0.count == 2 }), Set(parts.map { $0[0] }).count == 1 {
                    let slug = parts[0][0]
                    guard let page = journeyPages.first(where: { $0.slug == slug }) else {
                        throw fail(location, "choice \(choice.joined(separator: ", ")): '\(slug)' is not a section of the journey")
                    }
                    let h2 = page.body.toc.filter { $0.level == 2 }.map(\.id)
                    let positions = parts.map { h2.firstIndex(of: $0[1]) }
                    guard positions.allSatisfy({ $0 != nil }), positions.map({ $0! }) == positions.map({ $0! }).sorted() else {
                        throw fail(location, "choice \(choice.joined(separator: ", ")): each alternative must be a `##` heading id of \(page.sourcePath), in page order")
                    }
                    pageChoices[slug, default: []].append((parts.map { $0[1] }, location))
                } else {
                    throw fail(location, "choice \(choice.joined(separator: ", ")): alternatives are either all sections or all `##` sections of one page")
                }
            }
            var entries: [Entry] = []
            var index = 0
            while index < journeyPages.count {
                let page = journeyPages[index]
                if let choice = sectionChoices.first(where: { $0.first == page.slug }) {
                    let members = journeyPages[index..<(index + choice.count)]
                    entries.append(.choice(members.map { section($0, choices: pageChoices[$0.slug] ?? []) }))
                    index += choice.count
                } else {
                    entries.append(.section(section(page, choices: pageChoices[page.slug] ?? [])))
                    index += 1
                }
            }
            return Journey(language: language, entries: entries)
        }

        func section(_ page: Page, choices: [(ids: [String], location: SourceLocation)]) -> Section {
            var groups: [Group] = []
            for entry in page.body.toc {
                if entry.level == 2 {
                    groups.append(Group(heading: entry, children: []))
                } else if groups.isEmpty {
                    groups.append(Group(heading: nil, children: [entry]))
                } else {
                    groups[groups.count - 1].children.append(entry)
                }
            }
            let callouts = Set(page.body.anchors.filter { $0.kind == .callout }.map(\.id))
            let hasSteps = page.body.toc.contains { Journey.stepNumber($0.text) != nil }
            let context = SectionContext(page: page, groups: groups, callouts: callouts, hasSteps: hasSteps, choices: choices.map(\.ids), strings: strings)
            return Section(number: page.frontMatter.order, slug: page.slug, title: page.frontMatter.title,
                           blocks: context.blocks(0..<groups.count))
        }
    }

    private struct SectionContext {
        let page: Page
        let groups: [Group]
        let callouts: Set<String>
        let hasSteps: Bool
        let choices: [[String]]
        let strings: GuideStrings

        func item(_ entry: TOCEntry, _ kind: Item.Kind) -> Item {
            Item(kind: kind, slug: page.slug, id: entry.id, html: entry.html, text: entry.text, number: Journey.stepNumber(entry.text))
        }

        func calloutKind(_ entry: TOCEntry) -> Item.Kind {
            entry.text.hasPrefix(strings.warning) ? .warning : .note
        }

        /// What a group shows: its steps and callouts in a section with steps; its heading
        /// and callouts in one without (unless the heading is an alternative's title).
        func items(_ group: Group, withHeading: Bool) -> [Block] {
            var items: [Item] = []
            if withHeading, !hasSteps, let heading = group.heading { items.append(item(heading, .heading)) }
            for entry in group.children {
                if callouts.contains(entry.id) {
                    items.append(item(entry, calloutKind(entry)))
                } else if Journey.stepNumber(entry.text) != nil {
                    items.append(item(entry, .step))
                }
            }
            return items.map { .item($0) }
        }

        func blocks(_ range: Range<Int>) -> [Block] {
            var blocks: [Block] = []
            var index = range.lowerBound
            while index < range.upperBound {
                let group = groups[index]
                if let heading = group.heading, let choice = choices.first(where: { $0.first == heading.id }),
                   case let starts = choice.compactMap({ id in groups.firstIndex { $0.heading?.id == id } }),
                   starts.count == choice.count, starts.allSatisfy({ range.contains($0) }) {
                    var alternatives: [Alternative] = []
                    for (position, start) in starts.enumerated() {
                        let end = position + 1 < starts.count ? starts[position + 1] : range.upperBound
                        let title = groups[start].heading.map { item($0, .heading) }
                        alternatives.append(Alternative(title: title, blocks: items(groups[start], withHeading: false) + self.blocks((start + 1)..<end)))
                    }
                    blocks.append(.choice(alternatives))
                    index = range.upperBound
                } else {
                    blocks += items(group, withHeading: true)
                    index += 1
                }
            }
            return blocks
        }
    }
}
