import Guide
import SiteLayout

/// The parts of the page context that come from the journey and the standard pages:
/// the section number, the "on the journey" line and the footer links.
extension PageLayout {
    func addJourney(to context: inout [String: Any], page: SitePage) {
        if let number = page.sectionNumber { context["sectionNumber"] = number }
        let links = footerLinks(page)
        context["footerLinks"] = links
        context["hasFooterLinks"] = !links.isEmpty
        context["footerLabel"] = page.language == "tr" ? "Kılavuzun tamamı ve bu site" : "The whole guide and this site"
        guard let journey = journeys[page.language], let number = page.sectionNumber,
              let section = journey.sections.first(where: { $0.slug == page.slug }),
              hasPage(page.language, JourneyPage.slug) else { return }
        let strings = JourneyStrings.forLanguage(page.language)
        var parts = [strings.position(number, journey.sections.count)]
        let alternatives = journey.alternatives(of: page.slug).map(\.number)
        if !alternatives.isEmpty { parts[0] += " (\(strings.positionAlternative(alternatives)))" }
        let steps = section.steps.compactMap(\.number)
        if let first = steps.first, let last = steps.last { parts.append(strings.positionSteps(first, last)) }
        context["journeyPosition"] = [
            "text": parts.joined(separator: " · "),
            "href": PageAddress.link(to: JourneyPage.slug, anchor: JourneyPage.sectionID(number)),
            "linkText": strings.wholeJourney,
        ]
    }

    /// Journey, glossary, printable guide, accessibility and feedback: each when the
    /// language has the page; `current` on the page itself.
    func footerLinks(_ page: SitePage) -> [[String: Any]] {
        let language = page.language
        var candidates: [(slug: String, text: String)] = [(JourneyPage.slug, JourneyStrings.forLanguage(language).wholeJourney)]
        if let glossary = glossarySlugs[language], let title = index[language]?.bySlug[glossary]?.title {
            candidates.append((glossary, title))
        }
        candidates.append((PrintPage.slug, PrintStrings.forLanguage(language).link))
        candidates.append((AccessibilityPage.slug, AccessibilityStrings.forLanguage(language).link))
        return candidates.filter { candidate in hasPage(language, candidate.slug) }.map { candidate in
            ["href": PageAddress.link(to: candidate.slug), "text": candidate.text, "current": candidate.slug == page.slug]
        }
    }
}
