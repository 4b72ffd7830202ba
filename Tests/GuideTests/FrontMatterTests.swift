import CivilDates
import Testing
@testable import Guide

@Suite struct FrontMatterTests {
    func errors(_ text: String) -> [String] {
        do {
            _ = try FrontMatter.split(text, file: "content/tr/x.md")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func parsesAndKeepsBodyLines() throws {
        let text = "---\ntitle: Giriş\ndescription: Sisteme giriş.\norder: 2\nupdated: 2024-07-31\n---\n## Başlık\n"
        let (frontMatter, body) = try FrontMatter.split(text, file: "x.md")
        #expect(frontMatter.title == "Giriş")
        #expect(frontMatter.order == 2)
        #expect(frontMatter.updated.description == "2024-07-31")
        #expect(frontMatter.orderLocation.line == 4)
        // Six blank lines replace the front matter, so "## Başlık" stays on line 7.
        #expect(body.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "## Başlık") == 6)
    }

    @Test func windowsLineEndings() throws {
        let text = "---\r\ntitle: Giriş\r\ndescription: Sisteme giriş.\r\norder: 2\r\nupdated: 2024-07-31\r\n---\r\n## Başlık\r\n"
        let (frontMatter, _) = try FrontMatter.split(text, file: "x.md")
        #expect(frontMatter.title == "Giriş")
        #expect(frontMatter.orderLocation.line == 4)
        #expect(errors("---\r\ntitle: A\r\norder: x\r\n---\r\n").contains("content/tr/x.md:3:8: error: 'order' must be a whole number (0 or more), found 'x'"))
    }

    @Test func trailingSpacesAfterTheDelimitersAreAllowed() throws {
        let text = "--- \ntitle: Giriş\ndescription: Sisteme giriş.\norder: 2\nupdated: 2024-07-31\n---\t \n## Başlık\n"
        let (frontMatter, body) = try FrontMatter.split(text, file: "x.md")
        #expect(frontMatter.order == 2)
        #expect(body.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "## Başlık") == 6)
    }

    @Test func missingFrontMatter() {
        #expect(errors("## Başlık\n") == ["content/tr/x.md:1:1: error: missing front matter: a page starts with a line '---', then title, description, order and updated, then '---'"])
        #expect(errors("---\ntitle: A\n") == ["content/tr/x.md:1:1: error: front matter is not closed: add a line '---' after its last field"])
    }

    @Test func missingAndMalformedFieldsNameTheirLines() {
        let text = "---\ntitle: Giriş\norder: iki\nupdated: 2024-02-30\nsurum: 3\n---\n"
        #expect(errors(text) == [
            "content/tr/x.md:2:1: error: missing required field 'description'",
            "content/tr/x.md:3:8: error: 'order' must be a whole number (0 or more), found 'iki'",
            "content/tr/x.md:4:10: error: 'updated' must be a date written YYYY-MM-DD, found '2024-02-30'",
            "content/tr/x.md:5:1: error: unknown key 'surum'; expected one of: description, order, source, terms, title, updated",
        ])
    }

    @Test func invalidYAMLNamesItsLine() {
        let result = errors("---\ntitle: Giriş\ndescription: [açık\norder: 1\n---\n")
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("content/tr/x.md:") == true)
        #expect(result.first?.contains("invalid YAML") == true)
    }

    @Test func duplicateKey() {
        let text = "---\ntitle: A\ntitle: B\ndescription: d\norder: 1\nupdated: 2024-01-01\n---\n"
        #expect(errors(text) == ["content/tr/x.md:3:1: error: duplicate key 'title' (first at line 2)"])
    }

    /// `updated` is read as `CivilDate` reads a date: a real day, written YYYY-MM-DD.
    @Test(arguments: [("2024-02-29", true), ("2023-02-29", false), ("2024-7-31", false), ("2024-13-01", false), ("0000-01-01", false)])
    func updatedIsARealDay(_ text: String, _ accepted: Bool) throws {
        let page = "---\ntitle: T\ndescription: D\norder: 1\nupdated: \(text)\n---\n"
        #expect(errors(page).isEmpty == accepted, "\(errors(page))")
        if accepted { #expect(try FrontMatter.split(page, file: "x.md").frontMatter.updated == CivilDate(iso: text)) }
    }
}

@Suite struct TranslationSourceFieldTests {
    @Test func sourceIsOptionalHexAndRemembersWhereItIsWritten() throws {
        let text = "---\ntitle: T\ndescription: D\norder: 1\nupdated: 2024-07-31\nsource: 8d1cc77b4546\n---\nBody\n"
        let page = try FrontMatter.split(text, file: "content/en/x.md").frontMatter
        #expect(page.source == "8d1cc77b4546")
        #expect(page.sourceLocation?.description == "content/en/x.md:6:9")
        let without = try FrontMatter.split(text.replacingOccurrences(of: "source: 8d1cc77b4546\n", with: ""), file: "x.md").frontMatter
        #expect(without.source == nil)
        #expect(throws: DiagnosticsError.self) { try FrontMatter.split(text.replacingOccurrences(of: "8d1cc77b4546", with: "zz"), file: "x.md") }
        #expect(throws: DiagnosticsError.self) { try FrontMatter.split(text.replacingOccurrences(of: "8d1cc77b4546", with: "[a]"), file: "x.md") }
    }
}
