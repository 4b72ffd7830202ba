import CivilDates
import Foundation
import Guide
import SiteLayout

/// The layout memo's key (`SiteMemo.layout`), in two parts, so that a rebuild after one page
/// changed does not make the template context of every page to compare it: what every page
/// shows of the site (its title, languages and revision, every page's title and place in the
/// navigation, the journey), written out once per build (`site`), and what one page shows
/// of itself (`Page`). Pages are laid out again when either changed. Strings are compared
/// byte for byte (`ExactText`, and `site` as bytes): the output differs with the bytes.
enum LayoutKey {
    /// One page's own part, with the number the memo gave the site part (`SiteMemo.siteLayout`).
    struct Page: Equatable {
        var site: UUID
        var address: PageAddress
        var title: ExactText
        var description: ExactText
        var updated: CivilDate
        var body: ExactText
        /// Compared as text (`==`): its headings are in `body` too, byte for byte.
        var toc: [TOCEntry]
        var head: PageHead
        var sectionNumber: Int?
        var section: String?
        var parentSlug: String?
        var inNavigation: Bool

        init(site: UUID, page: SitePage) {
            self.site = site
            address = page.address
            title = ExactText(page.title)
            description = ExactText(page.description)
            updated = page.updated
            body = ExactText(page.bodyHTML)
            toc = page.toc
            head = page.head
            sectionNumber = page.sectionNumber
            section = page.section
            parentSlug = page.parentSlug
            inNavigation = page.inNavigation
        }
    }

    /// Everything `PageLayout.context(for:)` reads beyond the page itself.
    static func site(_ layout: PageLayout) -> ExactText {
        var key = ""
        let configuration = layout.configuration
        append([layout.baseURL ?? "-", "\(configuration.revision.number)", configuration.revision.date.description], to: &key)
        for language in configuration.languages {
            append(["language", language.code, language.name, configuration.title[language.code] ?? "-",
                    layout.glossarySlugs[language.code] ?? "-"], to: &key)
            for page in layout.pages[language.code] ?? [] {
                append([page.slug, page.title, page.inNavigation ? "n" : "-", page.section ?? "-",
                        page.sectionNumber.map(String.init) ?? "-", page.parentSlug ?? "-"], to: &key)
            }
            // The journey is made of arrays and structs only, so its reflection is the same
            // text for the same journey.
            if let journey = layout.journeys[language.code] { append([String(reflecting: journey)], to: &key) }
        }
        return ExactText(key)
    }

    /// Each field with its length first, so that no two lists of fields give the same text.
    static func append(_ fields: [String], to key: inout String) {
        for field in fields {
            key += String(field.utf8.count)
            key += ":"
            key += field
        }
        key += ";"
    }
}
