import Foundation
import Guide
import Mustache

/// The Mustache layouts in Sources/Site/Resources/templates. `{{name}}` escapes HTML with
/// the site's own `escapeHTML` (each template starts `{{% CONTENT_TYPE: EIZIN_HTML}}`; the
/// library's own escape goes character by character, the largest part of laying out a
/// page); only HTML the site made is inserted raw (`{{{body}}}`).
struct Templates: @unchecked Sendable {
    /// The content type the templates name, registered once before any is parsed.
    private static let contentType: Void = MustacheContentTypes.register(EscapedHTML(), named: "EIZIN_HTML")

    private struct EscapedHTML: MustacheContentType {
        func escapeText(_ text: String) -> String { escapeHTML(text) }
    }

    // MustacheLibrary is Sendable but holds templates parsed once; rendering is read-only.
    private let library: MustacheLibrary

    static let names = ["head", "page", "landing", "not-found"]

    /// Loads the templates bundled with the Site module.
    static func bundled() throws(DiagnosticsError) -> Templates {
        try Templates(folder: SiteResources.folder.appendingPathComponent("templates"))
    }

    init(folder: URL) throws(DiagnosticsError) {
        _ = Self.contentType
        var library = MustacheLibrary()
        for name in Self.names {
            let url = folder.appendingPathComponent("\(name).mustache")
            let location = SourceLocation(file: "Sources/Site/Resources/templates/\(name).mustache")
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw DiagnosticsError(Diagnostic(location, "cannot read template"))
            }
            do {
                try library.register(text, named: name)
            } catch {
                throw DiagnosticsError(Diagnostic(location, "invalid template: \(error)"))
            }
        }
        self.library = library
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}

/// Files copied into the site: the stylesheet, the scripts (site.js: menu, language switch,
/// the search box; search.js, loaded on the box's first use: the search; see SearchIndex)
/// and the favicon. Scripts lose their indentation and comments (`ScriptCompaction`).
public enum Assets {
    public static let paths = ["assets/site.css", "assets/site.js", "assets/search.js", "assets/favicon.svg"]

    /// The files every site has, from Sources/Site/Resources.
    static func bundled() throws(DiagnosticsError) -> [String: [UInt8]] {
        try files(paths, in: SiteResources.folder, source: "Sources/Site/Resources")
    }

    /// Files of a module's copied `Resources` folder, by their path in it (which is their path
    /// in the site), as the site gets them: scripts compacted, other files as they are. A
    /// plugin brings its own this way (`FormPages` its scripts and stylesheet). `source` is
    /// the folder in the repository, for the error message.
    public static func files(_ paths: [String], in folder: URL, source: String) throws(DiagnosticsError) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in paths {
            let url = folder.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw DiagnosticsError(Diagnostic(SourceLocation(file: "\(source)/\(path)"), "asset missing from the module's bundle"))
            }
            files[path] = path.hasSuffix(".js") ? Array(ScriptCompaction.compact(String(decoding: data, as: UTF8.self)).utf8) : Array(data)
        }
        return files
    }

    /// The copied `Resources` folder inside a module's bundle. Its place differs between
    /// platforms (flat on Linux, Contents/Resources on macOS), so ask the bundle for it.
    public static func resourcesFolder(of bundle: Bundle) -> URL {
        bundle.url(forResource: "Resources", withExtension: nil) ?? bundle.bundleURL.appendingPathComponent("Resources")
    }
}

/// Site's own `Resources` folder: templates and the assets every site has.
enum SiteResources {
    static var folder: URL { Assets.resourcesFolder(of: .module) }
}
