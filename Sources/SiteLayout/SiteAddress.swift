/// A site's published address (site.yml's `base_url`, the command line's `--base-url` and
/// `--site-url`): an absolute http(s) URL, kept with a final `/` so page paths join to it.
public enum SiteAddress {
    /// `address` ending in `/`; nil when it is not an http(s) URL.
    public static func folder(_ address: String) -> String? {
        guard address.hasPrefix("https://") || address.hasPrefix("http://") else { return nil }
        return address.hasSuffix("/") ? address : address + "/"
    }
}
