import Foundation
import Guide
import Mustache

/// The Mustache layouts in Sources/Site/Resources/templates. `{{name}}` escapes HTML;
/// only the rendered Markdown body is inserted raw (`{{{body}}}`).
struct Templates: @unchecked Sendable {
    // MustacheLibrary is Sendable but holds templates parsed once; rendering is read-only.
    private let library: MustacheLibrary

    static let names = ["head", "page", "landing", "not-found"]

    /// Loads the templates bundled with the Site module.
    static func bundled() throws(ContentError) -> Templates {
        try Templates(folder: SiteResources.folder.appendingPathComponent("templates"))
    }

    init(folder: URL) throws(ContentError) {
        var library = MustacheLibrary()
        for name in Self.names {
            let url = folder.appendingPathComponent("\(name).mustache")
            let location = SourceLocation(file: "Sources/Site/Resources/templates/\(name).mustache")
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw ContentError(Diagnostic(location, "cannot read template"))
            }
            do {
                try library.register(text, named: name)
            } catch {
                throw ContentError(Diagnostic(location, "invalid template: \(error)"))
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

    /// The given files of Sources/Site/Resources (by default the stylesheet every site has;
    /// a plugin asks for its own, as `FormPages` does for the form pages' scripts).
    public static func bundled(_ paths: [String] = paths) throws(ContentError) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in paths {
            let url = SiteResources.folder.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw ContentError(Diagnostic(SourceLocation(file: "Sources/Site/Resources/\(path)"), "asset missing from the Site bundle"))
            }
            files[path] = path.hasSuffix(".js") ? Array(ScriptCompaction.compact(String(decoding: data, as: UTF8.self)).utf8) : Array(data)
        }
        return files
    }
}

/// The copied `Resources` folder inside the module's bundle. Its place differs between
/// platforms (flat on Linux, Contents/Resources on macOS), so ask the bundle for it.
enum SiteResources {
    static var folder: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources")
    }
}
