import Foundation
import Testing
@testable import Guide
@testable import PermitPages
@testable import Site

/// The JavaScript a page carries: at most 40 KB (before compression) on every form page,
/// counted from the built site (what the browser downloads), and the search loaded only
/// when the box is first used.
@Suite struct ScriptBudgetTests {
    static let formPageBudget = 40 * 1024

    /// The files a page's `<script src>` tags name, relative to the site root.
    static func scripts(of page: String, in output: SiteOutput) -> [String] {
        let html = output.text(page) ?? ""
        let folder = page.split(separator: "/").dropLast().map(String.init)
        return html.matches(of: /<script\b[^>]*\bsrc="([^"]+)"/).map { match in
            var parts = folder
            for part in match.1.split(separator: "/") {
                if part == ".." { parts.removeLast() } else { parts.append(String(part)) }
            }
            return parts.joined(separator: "/")
        }
    }

    @Test func everyFormPageCarriesAtMost40KBOfJavaScript() throws {
        let output = try SiteBuilder(contentDirectory: RealContent.path, plugins: [FormPages(), RulesPage()]).makeSite()
        let formPages = output.htmlPaths.filter { $0.contains("/form-") || $0.hasSuffix("/formlar.html") }
        #expect(formPages.count == 16, "7 kinds and the index, in two languages")
        for page in output.htmlPaths {
            let scripts = Self.scripts(of: page, in: output)
            let bytes = try scripts.reduce(0) { sum, path in sum + (try #require(output.files[path], "\(page): \(path) missing")).bytes.count }
            #expect(bytes <= Self.formPageBudget, "\(page): \(bytes) bytes of JavaScript in \(scripts)")
            #expect(!scripts.contains("assets/search.js"), "\(page): the search loads on first use, not with the page")
            if page.contains("/form-") {
                #expect(Set(scripts) == ["assets/site.js", "assets/js/eizin-rules.js", "assets/js/eizin-form.js"], "\(page): \(scripts)")
            }
        }
        // site.js itself stays small: the search core is in search.js.
        let siteJS = try #require(output.text("assets/site.js"))
        #expect(siteJS.utf8.count <= 4 * 1024)
        #expect(!siteJS.contains("turkishStem") && siteJS.contains("search.js"))
        #expect(try #require(output.text("assets/search.js")).contains("function turkishStem"))
    }

    @Test func scriptsAreCompactedButKeepTheirCodeAndHeader() throws {
        let siteScripts = Assets.paths.filter { $0.hasSuffix(".js") }.map { (path: $0, folder: SiteResources.folder) }
        let formScripts = (FormPages.formScripts + FormPages.indexScripts).map { (path: $0, folder: PermitPagesResources.folder) }
        for (path, folder) in siteScripts + formScripts {
            let source = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            let compacted = ScriptCompaction.compact(source)
            #expect(compacted.utf8.count < source.utf8.count, "\(path) was not compacted")
            // The same code lines, in the same order, each as written but for its indentation.
            let code = source.split(separator: "\n").map { $0.drop { $0 == " " || $0 == "\t" } }
            var at = code.startIndex
            for line in compacted.split(separator: "\n") {
                let text = line.drop { $0 == " " || $0 == "\t" }   // the header keeps its indentation
                guard let found = code[at...].firstIndex(where: { $0 == text }) else {
                    Issue.record("\(path): a line not in the source: \(line)")
                    break
                }
                at = found + 1
            }
            #expect(compacted.hasPrefix("/*"), "\(path): the file's first comment says what it is")
        }
    }

    @Test func compactionLeavesMultiLineLiteralsAlone() {
        #expect(ScriptCompaction.compact("  a();\n  // c\n\n  /* x\n   * y */\n  b();\n") == "a();\nb();\n")
        #expect(ScriptCompaction.compact("/* head\n * more */\n  a(); // kept\n") == "/* head\n * more */\na(); // kept\n")
        for untouched in ["let t = `a\n  b`;\n", "let s = 'a\\\n  b';\n", "/* a */ b();\n  c();\n", "  a();\n  /* x\n  */ b();\n"] {
            #expect(ScriptCompaction.compact(untouched) == untouched)
        }
    }
}
