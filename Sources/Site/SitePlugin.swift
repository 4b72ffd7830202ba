import Guide

/// A link target some generated content depends on, checked like any link in the site.
/// Example: a rule that cites `tr/basvuru-adimlari.html#adim-10-2` fails the build when the
/// guide's author renames that step's id.
public struct RequiredTarget: Sendable, Hashable {
    /// Relative to the site root: "tr/basvuru-adimlari.html#adim-10-2".
    public var href: String
    /// Who needs it, for the error message: "Permits (tr): rule passport-expiry-60-days".
    public var requiredBy: String

    public init(href: String, requiredBy: String) {
        self.href = href
        self.requiredBy = requiredBy
    }
}

/// What plugins add to a build.
public struct SiteContributions: Sendable {
    /// Pages placed in the standard layout (navigation, breadcrumbs, checks and sitemap).
    public var pages: [SitePage] = []
    /// Other files, by path relative to the site root ("assets/rules.js").
    public var files: [String: [UInt8]] = [:]
    public var requiredTargets: [RequiredTarget] = []
    /// HTML added at the end of guide pages' bodies, by output path ("tr/basvuru-adimlari.html"):
    /// a box linking a guide page to the forms it explains. A path that is no guide page is an error.
    public var guidePageAdditions: [String: [String]] = [:]

    public init() {}
}

/// A way for other modules to add generated pages and the guide anchors they rely on.
/// Plugins run after the guide is rendered, so they can read its pages and anchors.
public protocol SitePlugin: Sendable {
    /// Short name for error messages: "rules".
    var name: String { get }
    func contribute(guide: GuideContent, to contributions: inout SiteContributions) throws(DiagnosticsError)
}
