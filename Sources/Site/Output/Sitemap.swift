import Guide

/// sitemap.xml for search engines. With a base URL (`base_url` in site.yml or
/// `--base-url`) each `<loc>` is absolute, as the sitemap protocol asks; without one the
/// locations are relative to the sitemap's folder, which keeps the site movable.
enum Sitemap {
    static func xml(pages: [SitePage], baseURL: String?) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        ]
        let prefix = baseURL ?? ""
        let sorted = pages.map { (path: $0.outputPath, updated: $0.updated) }.sorted { SiteOutput.bytewise($0.path, $1.path) }
        lines.append("  <url><loc>\(escapeHTML(prefix))index.html</loc></url>")
        for page in sorted {
            lines.append("  <url><loc>\(escapeHTML(prefix + page.path))</loc><lastmod>\(page.updated)</lastmod></url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
