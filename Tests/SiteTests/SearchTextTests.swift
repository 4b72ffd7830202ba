import CivilDates
import Foundation
import Testing
@testable import Guide
@testable import PermitPages
@testable import Site

/// The search's words in Swift (SearchText) against the vectors the browser's script is
/// held to as well (Tests/browser/js/search-vectors.json, node: search.test.js), and the
/// index `eizin build` writes (SearchIndex).
@Suite struct SearchTextTests {
    struct Vectors: Decodable {
        var fold: [[String]]
        var tokens: [Token]
        var stem: [String: [[String]]]
        var sameStem: [String: [[String]]]

        struct Token: Decodable {
            var input: String
            var expected: [String]
            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                input = try container.decode(String.self)
                expected = try container.decode([String].self)
            }
        }
    }

    static let vectorsURL = TestFiles.folder.appendingPathComponent("../browser/js/search-vectors.json").standardizedFileURL

    func vectors() throws -> Vectors {
        try JSONDecoder().decode(Vectors.self, from: Data(contentsOf: Self.vectorsURL))
    }

    @Test func foldMatchesTheSharedVectors() throws {
        let vectors = try vectors()
        #expect(vectors.fold.count >= 10)
        for pair in vectors.fold { #expect(SearchText.fold(pair[0]) == pair[1], "\(pair[0])") }
    }

    @Test func tokensMatchTheSharedVectors() throws {
        for token in try vectors().tokens { #expect(SearchText.tokens(token.input) == token.expected, "\(token.input)") }
    }

    @Test(arguments: ["tr", "en"]) func stemsMatchTheSharedVectors(language: String) throws {
        let vectors = try vectors()
        let pairs = try #require(vectors.stem[language])
        #expect(pairs.count >= 20)
        for pair in pairs {
            #expect(SearchText.stem(SearchText.fold(pair[0]), language: language) == pair[1], "\(language) \(pair[0])")
        }
        for group in vectors.sameStem[language] ?? [] {
            let stems = Set(group.map { SearchText.stem(SearchText.fold($0), language: language) })
            #expect(stems.count == 1, "\(group): \(stems)")
        }
    }

    @Test func turkishCasingIsNotEnglishCasing() {
        #expect(SearchText.fold("İZİN") == "izin")
        #expect(SearchText.fold("IĞDIR") == "igdir")
        #expect(SearchText.stem(SearchText.fold("BAŞVURULARIN"), language: "tr") == SearchText.stem("basvuru", language: "tr"))
    }

    @Test func sectionsFollowHeadingsAndCallouts() {
        let body = """
        <p>Giriş <strong>metni</strong>.</p>
        <div class="section-heading"><h2 id="bir">Birinci</h2><a class="permalink" href="#bir" aria-label="Bağlantı">#</a></div>
        <p>Bir</p><table><tr><td>hücre1</td><td>hücre2</td></tr></table>
        <aside class="callout" id="uyari-x" role="note" aria-label="Uyarı: Başlık"><p class="callout-title" aria-hidden="true">Uyarı: Başlık</p><p>Uyarı metni</p></aside>
        <p>Sonrası</p>
        <div class="section-heading"><h3 id="iki">İkinci &amp; son</h3></div><p>İki</p>
        """
        let sections = SearchIndex.sections(title: "Sayfa", bodyHTML: body)
        #expect(sections == [
            .init(heading: "Sayfa", anchor: "", text: "Giriş metni."),
            .init(heading: "Birinci", anchor: "bir", text: "Bir hücre1 hücre2 Sonrası"),
            .init(heading: "Uyarı: Başlık", anchor: "uyari-x", text: "Uyarı metni"),
            .init(heading: "İkinci & son", anchor: "iki", text: "İki"),
        ])
    }

    /// A form page's data script and its items' templates are not text a reader sees.
    @Test func scriptsTemplatesAndStylesAreNotIndexed() {
        let body = """
        <p>Görünen</p><script type="application/json" id="eizin-data">{"$schema": "gizli"}</script>
        <template><label>şablon</label></template><style>.x{}</style><p>metin</p>
        """
        #expect(SearchIndex.sections(title: "Form", bodyHTML: body) == [.init(heading: "Form", anchor: "", text: "Görünen metin")])
    }

    @Test func scriptAssignsAGlobalAndEscapes() {
        let page = SitePage(language: "tr", slug: "x", title: "Başvuru \"A\" </script>", description: "d",
                            updated: CivilDate(iso: "2024-07-31")!, bodyHTML: "<p>izni\u{2028}</p>", source: "t")
        let script = SearchIndex(language: "tr", pages: [page], generated: ["tr/x.html"]).script()
        #expect(script.contains(#"(self.EizinSearchIndex = self.EizinSearchIndex || {})["tr"] = {"lang":"tr","pages":["#))
        #expect(script.contains(#"["x.html","Başvuru \"A\" \u003c/script>","basvur script",1]"#))
        #expect(script.contains(#"[0,"Başvuru \"A\" \u003c/script>","","izni","basvur script","izin"]"#))
        #expect(SearchIndex.json("a\u{2028}b\u{1}\\") == #""a\u2028b\u0001\\""#)
    }

    /// The real guide: every page of each language is in its index, with its contents' ids.
    @Test func realGuideIndexHasEveryPageAndAnchor() throws {
        let site = try #require(try? RulesPageTests.realSite(), "the real content must build")
        for language in ["tr", "en"] {
            let script = try #require(site.text("assets/search-index-\(language).js"))
            #expect(script.hasPrefix("/* Search index of the \(language) pages"))
            // The printable guide (yazdir.html) repeats every page's sections: not indexed.
            #expect(!script.contains("[\"yazdir.html\","))
            for path in site.htmlPaths where path.hasPrefix("\(language)/") && !path.hasSuffix("404.html") && !path.hasSuffix("/yazdir.html") {
                let slug = String(path.dropFirst(language.count + 1))
                #expect(script.contains("[\"\(slug)\","), "\(path) not in the \(language) index")
                for entry in site.files[path]?.page?.toc ?? [] {
                    #expect(script.contains("\"\(entry.id)\""), "\(path)#\(entry.id) not in the index")
                }
            }
        }
        for language in ["tr", "en"] {
            // The form pages' data (schema and rules) stays out: each index is about 0.1 MB, not 0.5.
            let script = try #require(site.text("assets/search-index-\(language).js"))
            #expect(!script.contains("json-schema.org") && !script.contains("appliesToDrafts"))
            #expect(script.utf8.count < 200_000, "\(language): \(script.utf8.count) bytes")
        }
        let turkish = try #require(site.text("assets/search-index-tr.js"))
        // "İzni uzatmak": heading stems hold "izin" (from "izni") and "uzat".
        #expect(turkish.contains(#""İzni uzatmak","izin-uzatma","#))
        #expect(turkish.contains(#""izin uzat","#))
    }

    /// The ASCII shortcut of the word test gives the Unicode categories' answer.
    @Test func asciiWordScalarsFollowTheUnicodeCategories() {
        let letterOrNumber: Set<Unicode.GeneralCategory> = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
                                                            .otherLetter, .decimalNumber, .letterNumber, .otherNumber]
        for value in 0..<0x80 {
            let scalar = Unicode.Scalar(UInt8(value))
            #expect(SearchText.isWordScalar(scalar) == letterOrNumber.contains(scalar.properties.generalCategory), "U+\(String(value, radix: 16))")
            #expect(SearchText.isNumberScalar(scalar) == (scalar.properties.generalCategory == .decimalNumber), "U+\(String(value, radix: 16))")
        }
    }

    /// Section text keeps one space between words, as splitting by characters does, also
    /// where the shortcut by scalars does not apply (a combining mark after a space).
    @Test func sectionWhitespaceCollapsesAsCharactersDo() {
        var samples = ["  a  b\r\n c ", "", " ", "şu  ve\tbu", "a\u{85}b\u{A0}c\u{0B}d\u{1C}e", "e\u{301} x", " \u{301}a", "x\u{2003}y \u{3000} z"]
        for value in 0..<0x300 {
            let character = Character(Unicode.Scalar(UInt32(value))!)
            samples.append("a\(character)b \(character) ")
        }
        for sample in samples {
            #expect(SearchIndex.collapsingWhitespace(sample) == sample.split(whereSeparator: \.isWhitespace).joined(separator: " "), "\(sample.unicodeScalars.map(\.value))")
        }
    }
}
