import CivilDates
import SiteLayout
import Yams

/// content/site.yml: the site-wide settings (see docs/authoring.md).
public struct SiteConfiguration: Sendable, Equatable {
    public struct Revision: Sendable, Equatable {
        public var number: Int
        public var date: CivilDate
    }

    public struct Language: Sendable, Equatable {
        /// "tr", "en": also the folder name under content/ and site/.
        public var code: String
        /// The language's own name, shown in the language switcher ("Türkçe").
        public var name: String
        /// Page slugs in reading order; nil while the language has no pages yet.
        public var navigation: [String]?
        /// Where each navigation entry is written in site.yml, for errors.
        public var navigationLocations: [String: SourceLocation]
        public var location: SourceLocation
        /// Page slug → the slug of the section page it is listed under (`- section: [pages]`
        /// in site.yml); empty for a flat navigation. With sections, each page's sidebar lists
        /// the top-level entries and the pages of its own section only, as docs sites do.
        public var sections: [String: String] = [:]

        /// The entries written at the top level of `navigation`, in order.
        public var topLevelNavigation: [String] { (navigation ?? []).filter { sections[$0] == nil } }
    }

    /// Site title per language code.
    public var title: [String: String]
    public var revision: Revision
    /// In the order written; the first is the primary language.
    public var languages: [Language]
    /// Optional absolute URL the site is published under, with its final `/`: for
    /// sitemap.xml, the hreflang links, the print page and the validator's guide links.
    public var baseURL: String?
    /// Optional: how the journey page groups the guide's sections (`journey:`).
    public var journey: Journey? = nil
    /// Optional: where readers report an error in the guide (`feedback:`).
    public var feedback: Feedback? = nil

    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }

    static let knownKeys: Set<String> = ["title", "revision", "languages", "base_url", "journey", "feedback"]

    /// `base_url` of `contentFolder`'s site.yml (with its final `/`), or nil when it has none,
    /// or the file cannot be read or parsed: a caller that only wants the address (the
    /// validator's guide links) must not fail over the guide's other settings.
    public static func publishedAddress(contentFolder: String) -> String? {
        let file = contentFolder + "/site.yml"
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return (try? parse(text, file: file))?.baseURL
    }

    /// Parses site.yml's text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(DiagnosticsError) -> SiteConfiguration {
        let whole = SourceLocation(file: file, line: 1)
        let fields = try YAMLFields.parse(text, file: file, lineOffset: 0, wholeLocation: whole)
        var collector = DiagnosticCollector()
        collector.append(contentsOf: fields.unknownKeys(known: knownKeys))

        var title: [String: String] = [:]
        if let node = fields.value("title") {
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    if let code = key.string, let text = value.string, !text.isEmpty {
                        title[code] = text
                    } else {
                        collector.report(fields.location(of: key), "each title must be `code: text`")
                    }
                }
            } else {
                collector.report(fields.location(of: node), "'title' must map language codes to titles, e.g. `tr: \"e-İzin ...\"`")
            }
        } else {
            collector.report(whole, "missing required field 'title'")
        }

        var revision: Revision?
        if let node = fields.value("revision") {
            if let inner = collector.collect({ () throws -> YAMLFields in
                try YAMLFields.fields(of: node, file: file, lineOffset: 0, fallback: fields.location(of: node))
            }) {
                collector.append(contentsOf: inner.unknownKeys(known: ["number", "date"]))
                let number = inner.requiredInt("number", minimum: 1, into: &collector)
                let date = inner.requiredDate("date", into: &collector)
                if let number, let date { revision = Revision(number: number, date: date) }
            }
        } else {
            collector.report(whole, "missing required field 'revision'")
        }

        var languages: [Language] = []
        if let node = fields.value("languages") {
            if let sequence = node.sequence, !sequence.isEmpty {
                for item in sequence {
                    if let language = parseLanguage(item, fields: fields, into: &collector) { languages.append(language) }
                }
            } else {
                collector.report(fields.location(of: node), "'languages' must be a non-empty list")
            }
        } else {
            collector.report(whole, "missing required field 'languages'")
        }
        var seenCodes: Set<String> = []
        for language in languages {
            if !seenCodes.insert(language.code).inserted {
                collector.report(language.location, "language '\(language.code)' is listed twice")
            }
            if title[language.code] == nil {
                collector.report(fields.value("title").map(fields.location(of:)) ?? whole, "no title for language '\(language.code)'")
            }
        }

        var baseURL: String?
        if let node = fields.value("base_url") {
            if let folder = node.string.flatMap(SiteAddress.folder) {
                baseURL = folder
            } else {
                collector.report(fields.location(of: node), "'base_url' must be an absolute http(s) URL")
            }
        }

        let journey = fields.value("journey").flatMap { parseJourney($0, fields: fields, file: file, into: &collector) }
        let feedback = fields.value("feedback").flatMap { parseFeedback($0, fields: fields, file: file, into: &collector) }

        try collector.throwIfAny()
        return SiteConfiguration(title: title, revision: revision!, languages: languages, baseURL: baseURL, journey: journey, feedback: feedback)
    }

    private static func parseLanguage(_ node: Node, fields: YAMLFields, into collector: inout DiagnosticCollector) -> Language? {
        let location = fields.location(of: node)
        guard let mapping = node.mapping else {
            collector.report(location, "each language needs `code`, `name` and (once it has pages) `navigation`")
            return nil
        }
        var code: String?
        var name: String?
        // A key with a bad value is reported where it is, not again as a missing key.
        var seenKeys: Set<String> = []
        var navigation: [String]?
        var navigationLocations: [String: SourceLocation] = [:]
        var sections: [String: String] = [:]
        for (key, value) in mapping {
            if let keyName = key.string { seenKeys.insert(keyName) }
            switch key.string {
            case "code":
                if let text = value.string, TurkishSlug.isValidID(text) { code = text } else {
                    collector.report(fields.location(of: value), "language code must be lowercase letters, e.g. 'tr'")
                }
            case "name":
                if let text = value.string, !text.isEmpty { name = text } else {
                    collector.report(fields.location(of: value), "language name must be a non-empty text")
                }
            case "navigation":
                if case .scalar(let scalar) = value, scalar.string.isEmpty || scalar.string == "null" || scalar.string == "~" {
                    navigation = nil
                } else if let sequence = value.sequence {
                    var list: [String] = []
                    func add(_ entry: Node, section: String?) {
                        if let slug = entry.string, TurkishSlug.isValidID(slug) {
                            if navigationLocations[slug] != nil {
                                collector.report(fields.location(of: entry), "duplicate slug '\(slug)' in navigation")
                            } else {
                                list.append(slug)
                                navigationLocations[slug] = fields.location(of: entry)
                                if let section { sections[slug] = section }
                            }
                        } else {
                            collector.report(fields.location(of: entry), "navigation entries are file names without .md (lowercase letters, digits, hyphens), found '\(entry.string ?? "?")'")
                        }
                    }
                    for entry in sequence {
                        // `- section: [page, page]`: a section page and the pages under it.
                        if let mapping = entry.mapping, mapping.count == 1, let (key, value) = mapping.first,
                           let children = value.sequence {
                            add(key, section: nil)
                            if let section = key.string, navigationLocations[section] != nil {
                                for child in children { add(child, section: section) }
                            }
                        } else if entry.mapping != nil {
                            collector.report(fields.location(of: entry), "a navigation section is one section page with a list of pages, e.g. `- bolum: [sayfa-1, sayfa-2]`")
                        } else {
                            add(entry, section: nil)
                        }
                    }
                    navigation = list
                } else {
                    collector.report(fields.location(of: value), "'navigation' must be a list of page names")
                }
            default:
                collector.report(fields.location(of: key), "unknown key '\(key.string ?? "?")' in language; expected code, name, navigation")
            }
        }
        guard let code else {
            if !seenKeys.contains("code") { collector.report(location, "language without 'code'") }
            return nil
        }
        guard let name else {
            if !seenKeys.contains("name") { collector.report(location, "language '\(code)' without 'name'") }
            return nil
        }
        return Language(code: code, name: name, navigation: navigation, navigationLocations: navigationLocations, location: location, sections: sections)
    }
}
