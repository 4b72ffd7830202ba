import Site
import Guide
import Permits

/// The body of the rules page in one language: an introduction, then the rules grouped by
/// severity (errors, then warnings), each in catalogue order with its id as the heading id
/// so help-desk staff can link to `kurallar.html#passport-expiry-60-days`.
struct RulesPageHTML {
    let language: Language
    let guide: GuideContent
    let rules: [Rule]
    var strings: RulesPageStrings { .forLanguage(language) }

    /// Heading ids of the two groups; the catalogue's ids are kebab-case English words
    /// too, so the tests check these never clash with a rule id.
    static let groupIDs: [Severity: String] = [.error: "errors", .warning: "warnings"]

    func render() -> String {
        var html = strings.introHTML.map { "<p>\($0)</p>\n" }.joined()
        let groups = Severity.allCases.map { severity in (severity, rules.filter { $0.severity == severity }) }
        html += "<ul class=\"rule-groups\">\n"
        for (severity, members) in groups where !members.isEmpty {
            html += "<li><a href=\"#\(Self.groupIDs[severity]!)\">\(escapeHTML(groupTitle(severity)))</a> (\(escapeHTML(strings.count(members.count))))</li>\n"
        }
        html += "</ul>\n"
        for (severity, members) in groups where !members.isEmpty {
            html += heading(level: 2, id: Self.groupIDs[severity]!, text: groupTitle(severity), permalinkLabel: strings.sectionPermalink)
            for rule in members { html += entry(rule) }
        }
        return html
    }

    func groupTitle(_ severity: Severity) -> String {
        severity == .error ? strings.errors : strings.warnings
    }

    func severityWord(_ severity: Severity) -> String {
        severity == .error ? strings.severityError : strings.severityWarning
    }

    /// The same heading markup as the guide's (`HeadingAnchors`): heading plus "#" permalink.
    func heading(level: Int, id: String, text: String, permalinkLabel: String? = nil) -> String {
        let label = escapeHTML("\(permalinkLabel ?? strings.permalink): \(text)")
        return "<div class=\"section-heading\"><h\(level) id=\"\(id)\">\(escapeHTML(text))</h\(level)><a class=\"permalink\" href=\"#\(id)\" aria-label=\"\(label)\">#</a></div>\n"
    }

    func entry(_ rule: Rule) -> String {
        var html = "<section class=\"rule rule-\(rule.severity.rawValue)\">\n"
        html += heading(level: 3, id: rule.id, text: rule.title[language])
        html += "<dl>\n"
        html += item(strings.ruleID, "<code>\(escapeHTML(rule.id))</code>")
        html += item(strings.severity, "<span class=\"severity severity-\(rule.severity.rawValue)\">\(escapeHTML(severityWord(rule.severity)))</span>")
        html += item(strings.message, escapeHTML(rule.catalogueMessage[language]))
        html += item(strings.source, escapeHTML(rule.source[language]))
        html += item(strings.kinds, kindsHTML(rule))
        html += item(strings.drafts, escapeHTML(rule.appliesToDrafts ? strings.checkedInDrafts : strings.notCheckedInDrafts))
        var guideHTML = guideLinkHTML(rule.guide)
        if rule.linksToField { guideHTML += " (\(escapeHTML(strings.fieldOwnStep)))" }
        html += item(strings.guide, guideHTML)
        html += "</dl>\n</section>\n"
        return html
    }

    func item(_ term: String, _ definitionHTML: String) -> String {
        "<dt>\(escapeHTML(term))</dt><dd>\(definitionHTML)</dd>\n"
    }

    func kindsHTML(_ rule: Rule) -> String {
        let kinds = FormCatalog.kinds(checking: rule)
        if kinds.count == FormCatalog.all.count { return escapeHTML(strings.allKinds) }
        let items = kinds.map { kind in
            "<li>\(escapeHTML(FormCatalog.definition(for: kind).title[language])) (<code>\(escapeHTML(kind.rawValue))</code>)</li>"
        }
        return "<ul>\(items.joined())</ul>"
    }

    /// A relative link to the guide page in this language, named by the page title and the
    /// heading (a callout has no heading text: the page title alone).
    func guideLinkHTML(_ link: GuideLink) -> String {
        GuideStepLink(guide: guide, language: language).html(link)
    }
}
