import SiteLayout

/// A page with an address, at each of its three stages: read (`PageSource`: front matter
/// and Markdown), rendered (`Page`: body HTML, contents, links) and laid out by the site
/// (Site's `SitePage`, which generated pages also are). Each stage adds what the next step
/// needs; the address is the one thing they all share, in one type.
public protocol AddressedPage {
    var address: PageAddress { get }
}

extension AddressedPage {
    public var language: String { address.language }
    public var slug: String { address.slug }
    /// "tr/giris-sayfasi.html", relative to the site root.
    public var outputPath: String { address.outputPath }
}
