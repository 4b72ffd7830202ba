/// An id a page offers to links: a heading or a callout.
public struct Anchor: Sendable, Hashable {
    public enum Kind: String, Sendable { case heading, callout }
    public var id: String
    public var kind: Kind
    /// True when the author wrote `{#id}`: such ids are promised to stay stable.
    public var isExplicit: Bool
    public var location: SourceLocation
    /// The heading's text ("Adım 10.2: Pasaport bilgisi"); empty for callouts.
    public var text: String = ""
}

/// One entry of a page's table of contents (its `##` and `###` headings).
public struct TOCEntry: Sendable, Hashable {
    public var level: Int
    public var id: String
    public var text: String
    /// The text as HTML for the contents list: escaped, keeping only `<span lang>` so that
    /// words in another language stay marked there too (WCAG 3.1.2). Links, emphasis, kbd
    /// and abbr are dropped: the entry is itself a link.
    public var html: String

    public init(level: Int, id: String, text: String, html: String? = nil) {
        self.level = level
        self.id = id
        self.text = text
        self.html = html ?? escapeHTML(text)
    }
}

/// A link (or image) to something inside the site, as written and as rendered.
public struct LinkReference: Sendable, Hashable {
    public enum Kind: String, Sendable { case link, image }
    /// Which step checks that the link leads somewhere.
    public enum Destination: String, Sendable {
        /// `x.md#frag`: a page of content/; `GuideLinks.check` resolves it against the
        /// loaded pages and their anchors when the guide is rendered.
        case guidePage
        /// A glossary term's entry: the glossary check makes sure every term has one.
        case glossaryEntry
        /// Anything else (`#frag` on the page itself, an image, a generated page such as
        /// `kurallar.html`): the site build resolves it once every file exists.
        case siteFile
    }
    public var kind: Kind
    /// As the author wrote it: `basvuru-adimlari.md#adim-10-2`.
    public var original: String
    /// As the page links it: `basvuru-adimlari.html#adim-10-2`.
    public var href: String
    public var location: SourceLocation
    public var destination: Destination

    public init(kind: Kind, original: String, href: String, location: SourceLocation, destination: Destination = .siteFile) {
        self.kind = kind
        self.original = original
        self.href = href
        self.location = location
        self.destination = destination
    }
}

/// Parses an explicit id suffix `{#id}` at the end of a heading or callout line.
enum ExplicitID {
    /// Returns the text without the suffix and the id, or nil when there is no suffix.
    /// A suffix with an invalid id is reported, not silently kept as text.
    static func split(_ text: String) -> (text: String, id: String)? {
        let trimmed = text.trimmingTrailingWhitespace
        guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else { return nil }
        let id = String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)])
        guard !id.contains("}"), !id.contains(" ") else { return nil }
        return (String(trimmed[..<open.lowerBound]).trimmingTrailingWhitespace, id)
    }
}

extension String {
    var trimmingTrailingWhitespace: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
