import Guide
import SiteLayout

/// The whole application journey on one page per language, `tr/yolculuk.html` and
/// `en/yolculuk.html` (one slug, like `kurallar`), GOV.UK step-by-step style: every
/// section of the journey with its numbered steps, warnings and alternatives, each a link
/// to its anchor in the guide. Built from the loaded pages (`Journey`), so it follows the
/// guide when a step is added, renamed or renumbered; the link check covers every link.
/// Added by `SiteBuilder` when site.yml has `journey:`.
struct JourneyPage: SitePlugin {
    static let slug = "yolculuk"
    /// Each section's heading id on the journey page: `yolculuk.html#bolum-10`.
    static func sectionID(_ number: Int) -> String { "bolum-\(number)" }

    var name: String { "journey" }

    func contribute(guide: GuideContent, to contributions: inout SiteContributions) throws(DiagnosticsError) {
        guard let journeys = try Journey.make(guide) else { return }
        for language in guide.publishedLanguages {
            guard let journey = journeys[language.code] else { continue }
            let strings = JourneyStrings.forLanguage(language.code)
            contributions.pages.append(SitePage(
                language: language.code, slug: Self.slug, title: strings.title, description: strings.description,
                updated: guide.pages(in: language.code).map(\.frontMatter.updated).max() ?? guide.configuration.revision.date,
                bodyHTML: JourneyPageHTML(journey: journey, strings: strings).render(),
                // Linked under every section's h1, from the home page and every footer: the
                // sidebar stays the guide's own sections.
                source: "Sources/Site/Plugins/JourneyPage.swift", inNavigation: false))
        }
    }
}

struct JourneyPageHTML {
    let journey: Journey
    let strings: JourneyStrings

    func render() -> String {
        var html = strings.introHTML.map { "<p>\($0)</p>\n" }.joined()
        html += "<ol class=\"journey\">\n"
        for entry in journey.entries {
            switch entry {
            case .section(let section):
                html += "<li class=\"journey-section\">\n\(sectionHTML(section))</li>\n"
            case .choice(let sections):
                html += "<li class=\"journey-choice journey-section-choice\">\n<p class=\"journey-choice-intro\">\(escapeHTML(strings.sectionChoice(sections.map(\.number))))</p>\n<ul class=\"journey-alternatives\">\n"
                for (index, section) in sections.enumerated() {
                    html += "<li class=\"journey-alternative journey-section\">\n"
                    if index > 0 { html += "<p class=\"journey-or\">\(escapeHTML(strings.or))</p>\n" }
                    html += sectionHTML(section) + "</li>\n"
                }
                html += "</ul>\n</li>\n"
            }
        }
        html += "</ol>\n"
        return html
    }

    func sectionHTML(_ section: Journey.Section) -> String {
        var html = "<h2 id=\"\(JourneyPage.sectionID(section.number))\" class=\"journey-title\"><span class=\"journey-number\">\(section.number).</span> <a href=\"\(PageAddress.link(to: section.slug))\">\(escapeHTML(section.title))</a></h2>\n"
        let steps = section.steps
        if let first = steps.first?.number, let last = steps.last?.number {
            html += "<p class=\"journey-count\">\(escapeHTML(strings.stepRange(steps.count, first, last)))</p>\n"
        }
        html += blocksHTML(section.blocks)
        return html
    }

    func blocksHTML(_ blocks: [Journey.Block]) -> String {
        guard !blocks.isEmpty else { return "" }
        var html = "<ul class=\"journey-steps\">\n"
        for block in blocks {
            switch block {
            case .item(let item):
                html += "<li class=\"journey-item journey-\(kindClass(item.kind))\"><a href=\"\(escapeHTML(item.href))\">\(item.html)</a></li>\n"
            case .choice(let alternatives):
                html += "<li class=\"journey-choice\">\n<p class=\"journey-choice-intro\">\(escapeHTML(strings.choiceIntro))</p>\n<ul class=\"journey-alternatives\">\n"
                for (index, alternative) in alternatives.enumerated() {
                    html += "<li class=\"journey-alternative\">\n<p class=\"journey-alternative-title\">"
                    if index > 0 { html += "<span class=\"journey-or\">\(escapeHTML(strings.or))</span> " }
                    if let title = alternative.title { html += "<a href=\"\(escapeHTML(title.href))\">\(title.html)</a>" }
                    html += "</p>\n" + blocksHTML(alternative.blocks) + "</li>\n"
                }
                html += "</ul>\n</li>\n"
            }
        }
        return html + "</ul>\n"
    }

    func kindClass(_ kind: Journey.Item.Kind) -> String {
        switch kind {
        case .step: "step"
        case .heading: "heading"
        case .warning: "warning"
        case .note: "note"
        }
    }
}

/// The journey page's words, and the journey line on every guide page.
struct JourneyStrings: Sendable {
    var title: String
    var description: String
    var introHTML: [String]
    var choiceIntro: String
    var or: String
    var sectionChoice: @Sendable ([Int]) -> String
    var stepRange: @Sendable (_ count: Int, _ first: String, _ last: String) -> String
    /// The line under a guide page's h1: "Yolculukta: bölüm 10 / 13 · adım 10.1–10.9".
    var position: @Sendable (_ number: Int, _ total: Int) -> String
    var positionSteps: @Sendable (_ first: String, _ last: String) -> String
    var positionAlternative: @Sendable ([Int]) -> String
    var wholeJourney: String

    static func forLanguage(_ code: String) -> JourneyStrings { code == "tr" ? .turkish : .english }

    static let turkish = JourneyStrings(
        title: "Başvuru yolculuğu: bütün adımlar",
        description: "e-İzin'de girişten izin sonrası işlemlere kadar kılavuzun bütün numaralı adımları, tek sayfada ve sırayla.",
        introHTML: [
            "Bu sayfa, kılavuzun bütün numaralı adımlarını e-İzin'e girişten izin sonrası işlemlere kadar sırayla, bölüm bölüm listeler. Her satır, adımın kılavuzda anlatıldığı yere gider.",
            "Bazı yerlerde iki yoldan yalnızca birini izlersiniz; bunlar “ya da” ile ayrılmış gruplar olarak gösterilir. Liste kılavuzun sayfalarından üretilir: kılavuz değişince bu sayfa da değişir.",
        ],
        choiceIntro: "Durumunuza göre yalnızca birini izleyin:",
        or: "ya da",
        sectionChoice: { numbers in "Akademisyenin durumuna göre \(list(numbers, and: "ve")). bölümlerden yalnızca birini izleyin:" },
        stepRange: { count, first, last in count == 1 ? "1 adım: \(first)" : "\(count) adım: \(first)–\(last)" },
        position: { number, total in "Yolculukta: bölüm \(number) / \(total)" },
        positionSteps: { first, last in first == last ? "adım \(first)" : "adım \(first)–\(last)" },
        positionAlternative: { numbers in "ya da bölüm \(list(numbers, and: "ya da"))" },
        wholeJourney: "Bütün adımlar tek sayfada")

    static let english = JourneyStrings(
        title: "The application journey: every step",
        description: "Every numbered step of the guide, from logging in to e-İzin to the procedures after the permit, on one page and in order.",
        introHTML: [
            "This page lists every numbered step of the guide in order, section by section, from logging in to e-İzin to the procedures after the permit. Each line opens the place in the guide that explains the step.",
            "In a few places you follow only one of two ways; these are shown as groups separated by “or”. The list is made from the guide's pages: when the guide changes, this page changes with it.",
        ],
        choiceIntro: "Follow only the one that fits your case:",
        or: "or",
        sectionChoice: { numbers in "Depending on the academic's situation, follow only one of sections \(list(numbers, and: "and")):" },
        stepRange: { count, first, last in count == 1 ? "1 step: \(first)" : "\(count) steps: \(first)–\(last)" },
        position: { number, total in "On the journey: section \(number) of \(total)" },
        positionSteps: { first, last in first == last ? "step \(first)" : "steps \(first)–\(last)" },
        positionAlternative: { numbers in "or section \(list(numbers, and: "or"))" },
        wholeJourney: "Every step on one page")

    static func list(_ numbers: [Int], and word: String) -> String {
        let texts = numbers.map(String.init)
        guard texts.count > 1 else { return texts.first ?? "" }
        return texts.dropLast().joined(separator: ", ") + " \(word) " + texts.last!
    }
}
