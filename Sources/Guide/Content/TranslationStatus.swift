import Crypto

/// Whether a translated page (en/x.md) still follows its source page (tr/x.md, the first
/// language of site.yml). The translation records the source's fingerprint when it was
/// last aligned, in its front matter (`source: 3f2a9c0b1d4e`); when the source page has
/// changed since, the build warns and the page says at its top that it may be out of date.
/// `eizin translations` prints every page's state and the fingerprint to paste.
public struct TranslationStatus: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        /// `source:` equals the source page's fingerprint.
        case current
        /// The source page changed after the translation was aligned (`source:` differs).
        case outdated(recorded: String)
        /// No `source:` yet.
        case untracked
    }

    /// "content/en/x.md"
    public var page: String
    /// "content/tr/x.md"
    public var sourcePage: String
    public var language: String
    public var sourceLanguage: String
    public var slug: String
    /// The source page's fingerprint now: what `source:` should say once the pages agree.
    public var fingerprint: String
    public var state: State
    /// `source:`'s value, or the front matter's first line.
    public var location: SourceLocation

    /// A fingerprint is the first 12 hex digits of SHA-256 over the source file's text as
    /// the build reads it (UTF-8, a byte-order mark dropped, CRLF as LF), so saving the
    /// file with other line endings does not make its translations outdated.
    public static func fingerprint(of text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let digest = SHA256.hash(data: Array(ContentLoader.normalizingLineEndings(text).utf8))
        return digest.prefix(6).map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    }

    /// Every page of another language whose slug the first language also has, in
    /// site.yml and navigation order.
    public static func of(_ sources: ContentSources) -> [TranslationStatus] {
        guard let first = sources.configuration.languages.first else { return [] }
        let originals = Dictionary((sources.pages[first.code] ?? []).map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [TranslationStatus] = []
        for language in sources.configuration.languages.dropFirst() {
            for page in sources.pages[language.code] ?? [] {
                guard let original = originals[page.slug] else { continue }
                let state: State
                switch page.frontMatter.source {
                case nil: state = .untracked
                case original.fingerprint?: state = .current
                case let recorded?: state = .outdated(recorded: recorded)
                }
                result.append(TranslationStatus(
                    page: page.sourcePath, sourcePage: original.sourcePath, language: language.code,
                    sourceLanguage: first.code, slug: page.slug, fingerprint: original.fingerprint, state: state,
                    location: page.frontMatter.sourceLocation ?? SourceLocation(file: page.sourcePath, line: 1, column: 1)))
            }
        }
        return result
    }

    /// `file:line:column: warning: …` for an outdated or untracked page; nil when current.
    public var warning: String? {
        switch state {
        case .current:
            return nil
        case .outdated(let recorded):
            return "\(location): warning: \(sourcePage) changed after this translation was aligned (source: \(recorded)); update the text, then set source: \(fingerprint)"
        case .untracked:
            return "\(location): warning: no 'source:' in the front matter; when this page matches \(sourcePage), add source: \(fingerprint)"
        }
    }

    /// The report's line for this page: the warning, or that it is current.
    public var line: String { warning ?? "\(page): current (source: \(fingerprint))" }

    /// "3 translations: 2 current, 1 outdated, 0 without source:."
    public static func summary(_ statuses: [TranslationStatus]) -> String {
        let current = statuses.filter { $0.state == .current }.count
        let untracked = statuses.filter { $0.state == .untracked }.count
        let outdated = statuses.count - current - untracked
        return "\(statuses.count) translation\(statuses.count == 1 ? "" : "s"): \(current) current, \(outdated) outdated, \(untracked) without source:."
    }

    public var isOutdated: Bool {
        if case .outdated = state { return true }
        return false
    }
}
