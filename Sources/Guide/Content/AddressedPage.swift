import SiteLayout

/// A page with an address: `PageSource`, `Page` and Site's `SitePage`.
public protocol AddressedPage {
    var address: PageAddress { get }
}

extension AddressedPage {
    public var language: String { address.language }
    public var slug: String { address.slug }
    /// "tr/giris-sayfasi.html", relative to the site root.
    public var outputPath: String { address.outputPath }
}
