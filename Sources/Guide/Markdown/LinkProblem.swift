/// Why a link or a loaded file (image, stylesheet, script) leads nowhere, as data: the
/// Markdown renderer and the site's link check find these, and `message` words them once.
/// `link` is the URL as its author wrote it (`giris.md#adim-2`, not the rendered `.html`).
public enum LinkProblem: Sendable, Hashable {
    /// No such file in the site. `source`: the Markdown file a `.md` link names
    /// ("content/tr/giris.md"), nil for other links.
    case missingPage(link: String, source: String? = nil)
    /// The page exists, without the id. `page`: as its author knows it (`pageName`: "b.md",
    /// "en/b.md" across language folders, "kurallar.html" for a generated page).
    /// `isMarkdown`: a link between guide pages, whose author is told how to fix it.
    case missingAnchor(link: String, fragment: String, page: String, isMarkdown: Bool = false)
    case missingImage(link: String)
    /// `javascript:`, `vbscript:` or `data:` (`SiteURL.forbiddenSchemes`).
    case forbiddenScheme(link: String, scheme: String)
    /// An element that loads a file (`<img>`, `<script>`, `<link rel=stylesheet>`) from another host.
    case externalResource(link: String, element: String)
    case outsideSite(link: String)
    case folder(link: String)
    case emptyFragment(link: String)

    /// The problem from resolving `link` (`SiteURL.resolve`); `.external` is no problem for
    /// a link, only for an element that loads a file, and then only the caller knows which.
    public init?(_ problem: SiteURL.Problem, link: String) {
        switch problem {
        case .external: return nil
        case .forbiddenScheme(let scheme): self = .forbiddenScheme(link: link, scheme: scheme)
        case .outsideSite: self = .outsideSite(link: link)
        case .folder: self = .folder(link: link)
        case .emptyFragment: self = .emptyFragment(link: link)
        }
    }

    /// The URL as its author wrote it.
    public var link: String {
        switch self {
        case .missingPage(let link, _), .missingAnchor(let link, _, _, _), .missingImage(let link), .forbiddenScheme(let link, _),
             .externalResource(let link, _), .outsideSite(let link), .folder(let link), .emptyFragment(let link):
            link
        }
    }

    /// For authors: what is wrong with which link and, where it is not obvious, what to do.
    public var message: String {
        switch self {
        case .missingPage(let link, nil):
            return "link to missing page '\(link)'"
        case .missingPage(let link, let source?):
            return "link to missing page '\(link)': there is no \(source); correct the file name, or write that page"
        case .missingAnchor(_, let fragment, let page, false):
            return "link to missing anchor #\(fragment) in \(page)"
        case .missingAnchor(_, let fragment, let page, true):
            return "link to missing anchor #\(fragment) in \(page): no heading or callout there has this id; "
                + "link one that does, or give the heading {#\(fragment)} at the end of its line"
        case .missingImage(let link):
            return "missing image '\(link)': the site has no such file (only the Markdown pages of content/ are published)"
        case .forbiddenScheme(let link, let scheme):
            return "\(scheme): URL '\(link)'"
        case .externalResource(let link, let element):
            return "<\(element)> loads '\(link)' from another host; the site must load nothing from other hosts"
        case .outsideSite(let link):
            return "link '\(link)' points outside the site"
        case .folder(let link):
            return "link '\(link)' points to a folder; link the .html file, folders do not open from file://"
        case .emptyFragment(let link):
            return "link '\(link)' has an empty #fragment"
        }
    }
}

extension LinkProblem {
    /// A page named as its author knows it: a guide page by its Markdown file (`source`),
    /// with its language folder when the link crosses into another one ("en/x.md", not
    /// "x.md"); a generated page by its file ("kurallar.html", "en/kurallar.html"), not by
    /// the Swift file that makes it. `page` is the linking page's output path, nil when none.
    public static func pageName(source: String, path: String, linkedFrom page: String?) -> String {
        let folder = { (path: String) in path.split(separator: "/").dropLast().joined(separator: "/") }
        let crosses = page.map { folder($0) != folder(path) } ?? false
        guard source.hasSuffix(".md") else {
            return crosses || page == nil ? path : String(path.split(separator: "/").last ?? Substring(path))
        }
        let parts = source.split(separator: "/")
        if crosses, parts.count >= 2 {
            return parts.suffix(2).joined(separator: "/")
        }
        return parts.last.map(String.init) ?? source
    }
}
