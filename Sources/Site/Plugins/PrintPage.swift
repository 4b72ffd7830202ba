import Foundation
import Guide
import ParallelWork

/// The whole guide on one page per language for printing, `tr/yazdir.html` and
/// `en/yazdir.html`: every page of the navigation in order, each under an `h2` with its
/// title (and section number), its own headings demoted one level, every id prefixed with
/// the page's slug (`basvuru-adimlari--adim-10-2`) so ids stay unique, permalinks left out.
/// Links keep pointing at the guide's pages — on paper the reader needs an address, which
/// the print stylesheet writes after each link — and are absolute when a base URL is set.
struct PrintPage: SitePlugin {
    static let slug = "yazdir"
    var baseURL: String?
    /// Section numbers of the journey's pages ("10. Başvuru Adımları"), by language and slug.
    var sectionNumbers: [String: [String: Int]] = [:]
    /// Each page's demoted body kept from the build before (`SiteMemo`), by output path.
    var memo: Memo<DemoteInput, String>? = nil

    /// What a page's part of the print page is made from: its body (`demote`), slug and heading.
    struct DemoteInput: Equatable, Sendable {
        var html: ExactText
        var prefix: String
        var base: String?
        var heading: ExactText
    }

    var name: String { "print" }

    func contribute(guide: GuideContent, to contributions: inout SiteContributions) throws(DiagnosticsError) {
        for language in guide.publishedLanguages {
            let strings = PrintStrings.forLanguage(language.code)
            let pages = guide.pages(in: language.code)
            contributions.pages.append(SitePage(
                language: language.code, slug: Self.slug, title: strings.title, description: strings.description,
                updated: pages.map(\.frontMatter.updated).max() ?? guide.configuration.revision.date,
                bodyHTML: render(pages, language: language.code, strings: strings),
                source: "Sources/Site/Plugins/PrintPage.swift",
                // The pages' own links, so a broken one is reported at its Markdown line (once:
                // the check step drops the repeat); with a base URL they are absolute, not checked.
                // A `#frag` link became `#<slug>--frag` here: checked as this page's own HTML.
                links: baseURL == nil ? pages.flatMap(\.body.links).filter { !$0.href.hasPrefix("#") } : [],
                inNavigation: false))
        }
    }

    func render(_ pages: [Page], language: String, strings: PrintStrings) -> String {
        var html = "<p class=\"print-intro\">\(escapeHTML(strings.intro))</p>\n"
        html += "<nav class=\"print-contents\" aria-label=\"\(escapeHTML(strings.contents))\">\n<ol>\n"
        for page in pages { html += "<li><a href=\"#\(page.slug)\">\(escapeHTML(heading(page)))</a></li>\n" }
        html += "</ol>\n</nav>\n"
        // Each page's part on every core, joined in navigation order.
        let base = baseURL.map { "\($0)\(language)/" }
        let parts = Parallel.map(pages.count) { index in
            let page = pages[index]
            let input = DemoteInput(html: ExactText(page.body.html), prefix: page.slug, base: base, heading: ExactText(heading(page)))
            return memo.map { $0.value(page.outputPath, input) { Self.part(input) } } ?? Self.part(input)
        }
        html.reserveCapacity(html.utf8.count + parts.reduce(0) { $0 + $1.utf8.count })
        for part in parts { html += part }
        return html
    }

    /// One page's section of the print page.
    static func part(_ input: DemoteInput) -> String {
        sectionStart + " aria-labelledby=\"\(input.prefix)\">\n"
            + "<h2 id=\"\(input.prefix)\">\(escapeHTML(input.heading.text))</h2>\n"
            + demote(input.html.text, prefix: input.prefix, base: input.base) + "</section>\n"
    }

    /// How each page's part begins, on a line of its own: the link check reads the page
    /// back part by part from here (`LinkChecker.partStarts`).
    static let sectionStart = "<section class=\"print-section\""

    func heading(_ page: Page) -> String {
        sectionNumbers[page.language]?[page.slug].map { "\($0). \(page.frontMatter.title)" } ?? page.frontMatter.title
    }
}

struct PrintStrings {
    var title: String
    var description: String
    var intro: String
    var contents: String
    /// Footer link text.
    var link: String

    static func forLanguage(_ code: String) -> PrintStrings { code == "tr" ? .turkish : .english }

    static let turkish = PrintStrings(
        title: "Kılavuzun tamamı (yazdırmak için)",
        description: "e-İzin akademisyen kılavuzunun bütün bölümleri sırayla, tek sayfada; yazdırmak ya da PDF olarak kaydetmek için.",
        intro: "Bu sayfa kılavuzun bütün bölümlerini sırayla bir arada gösterir. Tarayıcınızın yazdırma komutuyla kâğıda basabilir ya da PDF olarak kaydedebilirsiniz; yazdırılan sayfada her bağlantının adresi bağlantının yanına yazılır.",
        contents: "Bölümler", link: "Yazdırılabilir sürüm")

    static let english = PrintStrings(
        title: "The whole guide (for printing)",
        description: "Every section of the e-İzin guide for foreign academics in order on one page, to print or save as PDF.",
        intro: "This page shows every section of the guide in order. Print it or save it as a PDF with your browser's print command; on paper, each link's address is written next to it.",
        contents: "Sections", link: "Printable version")
}
