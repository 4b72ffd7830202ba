import Foundation
import Testing
@testable import PermitPages
@testable import Site

/// docs/authoring.md: a language may be listed in site.yml before its pages exist. The
/// permit pages (rules, forms) are then made only for the languages that have pages.
@Suite struct LanguageWithoutPagesTests {
    @Test func aListedLanguageWithoutPagesBuilds() throws {
        let scratch = try Scratch()
        let content = try RealContent.copy(into: scratch)
        try FileManager.default.removeItem(atPath: content + "/en")
        // English stays listed, without navigation, as the authoring guide shows.
        let config = content + "/site.yml"
        var lines = try String(contentsOfFile: config, encoding: .utf8).components(separatedBy: "\n")
        let english = try #require(lines.firstIndex(of: "  - code: en"))
        var end = english + 1
        while end < lines.count, lines[end].hasPrefix("    ") { end += 1 }
        lines.replaceSubrange(english..<end, with: ["  - code: en", "    name: English"])
        try lines.joined(separator: "\n").write(toFile: config, atomically: true, encoding: .utf8)

        let output = try SiteBuilder(contentDirectory: content, plugins: [FormPages(), RulesPage()]).makeSite()
        #expect(output.text("tr/kurallar.html") != nil)
        #expect(output.text("tr/formlar.html") != nil)
        #expect(output.text("en/kurallar.html") == nil)
        #expect(output.text("en/formlar.html") == nil)
    }
}
