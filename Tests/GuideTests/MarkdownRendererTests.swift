import Testing
@testable import Guide

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer(strings: .turkish, reservedIDs: ["main-content"])

    func render(_ markdown: String) throws -> RenderedMarkdown {
        try renderer.render(markdown, file: "content/tr/x.md")
    }

    func errors(_ markdown: String) -> [String] {
        do {
            _ = try renderer.render(markdown, file: "content/tr/x.md")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func headingIDsAreTurkishSlugsAndUnique() throws {
        let page = try render("## Çalışma İzni\n\n## Çalışma İzni\n\n### Iğdır\n\n## Adım 3.1: Giriş {#adim-3-1}\n")
        #expect(page.toc.map(\.id) == ["calisma-izni", "calisma-izni-2", "igdir", "adim-3-1"])
        #expect(page.toc.map(\.text) == ["Çalışma İzni", "Çalışma İzni", "Iğdır", "Adım 3.1: Giriş"])
        #expect(page.toc.map(\.level) == [2, 2, 3, 2])
        #expect(page.html.contains(#"<h2 id="adim-3-1">Adım 3.1: Giriş</h2>"#))
        #expect(page.html.contains(##"<a class="permalink" href="#adim-3-1" aria-label="Bu bölümün bağlantısı: Adım 3.1: Giriş">#</a>"##))
        #expect(!page.html.contains("{#"))
    }

    /// Numbering used to restart at -2 for every heading: n identical headings took n²/2
    /// dictionary lookups (20 000 headings: 200 million, minutes), now n.
    @Test func manyIdenticalHeadingsAreNumberedInLinearTime() throws {
        let count = 20_000
        let page = try render(String(repeating: "## Giriş\n\n", count: count) + "## Giriş 5\n\n## Giriş {#giris-7}\n")
        let ids = page.toc.map(\.id)
        #expect(ids.count == count + 2)
        #expect(Set(ids).count == ids.count)
        #expect(Array(ids.prefix(4)) == ["giris", "giris-2", "giris-3", "giris-4"])
        // giris-7 is promised to the explicit id, so the numbering steps over it.
        #expect(Array(ids[5...7]) == ["giris-6", "giris-8", "giris-9"])
        #expect(ids[count - 1] == "giris-\(count + 1)")
        // "Giriş 5" slugs to giris-5, already taken by the fifth heading: it is numbered too.
        #expect(ids[count] == "giris-5-2" && ids[count + 1] == "giris-7")
    }

    @Test func explicitIDWinsOverAutomatic() throws {
        // The automatic id of the first heading must step aside for the explicit one.
        let page = try render("## Giriş\n\n## Başka {#giris}\n")
        #expect(page.toc.map(\.id) == ["giris-2", "giris"])
        #expect(page.anchors.map(\.isExplicit) == [false, true])
    }

    @Test func duplicateExplicitIDsAndReservedIDsFail() {
        #expect(errors("## A {#x}\n\n## B {#x}\n") == ["content/tr/x.md:3:1: error: duplicate id 'x' (first at line 1)"])
        #expect(errors("## A {#main-content}\n") == ["content/tr/x.md:1:1: error: id 'main-content' is used by the page layout; choose another"])
        #expect(errors("## A {#Büyük}\n").first?.contains("invalid id 'Büyük'") == true)
    }

    @Test func levelOneHeadingIsAnError() {
        #expect(errors("\n# Başlık\n") == ["content/tr/x.md:2:1: error: '#' heading: the layout prints the page title as the h1; start sections with '##'"])
    }

    @Test func portalLabelsBecomeSpansButNotInCode() throws {
        let page = try render("[[Taslak Olarak Kaydet]] ve [[İleri]] `[[kod]]`\n\n    [[blok]]\n")
        #expect(page.html.contains(#"<span class="ui-label">Taslak Olarak Kaydet</span> ve <span class="ui-label">İleri</span> <code>[[kod]]</code>"#))
        #expect(page.html.contains("<pre><code>[[blok]]"))
    }

    @Test func portalLabelsInTableCellsAndLinks() throws {
        let page = try render("| Buton | Ne olur? |\n| --- | --- |\n| [[e-İmza ile Tamamla]] | Biter. |\n\n[[[Kaydet]] bölümü](x.md)\n")
        #expect(page.html.contains(#"<td><span class="ui-label">e-İmza ile Tamamla</span></td>"#))
        #expect(page.html.contains(#"<a href="x.html"><span class="ui-label">Kaydet</span> bölümü</a>"#))
    }

    @Test func portalLabelsOnEnglishPagesAreMarkedTurkish() throws {
        let english = MarkdownRenderer(strings: .english)
        let page = try english.render("Press [[Taslak Olarak Kaydet]] (“Save as draft”).\n\n| Tab |\n| --- |\n| [[İşyeri Bilgileri]] |\n", file: "content/en/x.md")
        #expect(page.html.contains(#"Press <span class="ui-label" lang="tr">Taslak Olarak Kaydet</span> (“Save as draft”)."#))
        #expect(page.html.contains(#"<td><span class="ui-label" lang="tr">İşyeri Bilgileri</span></td>"#))
        // On Turkish pages the label is in the page's language: no lang attribute.
        #expect(try render("[[Kaydet]]\n").html.contains(#"<span class="ui-label">Kaydet</span>"#))
    }

    @Test func linksShowingTheirAddressAreMarkedForPrint() throws {
        let page = try render("<https://a.example/x?y=1&z=2>, <b@c.example>, [Bakanlık](https://www.csgb.gov.tr) ve | <https://t.example> |\n\n| A |\n| --- |\n| <https://t.example> |\n")
        #expect(page.html.contains(#"<a class="url" href="https://a.example/x?y=1&amp;z=2">https://a.example/x?y=1&amp;z=2</a>"#))
        #expect(page.html.contains(#"<a class="url" href="mailto:b@c.example">b@c.example</a>"#))
        #expect(page.html.contains(#"<a href="https://www.csgb.gov.tr">Bakanlık</a>"#))
        #expect(page.html.contains(#"<td><a class="url" href="https://t.example">https://t.example</a></td>"#))
        // In a heading the link stays a link node, so the TOC keeps its text.
        let heading = try render("## Adres <https://h.example>\n")
        #expect(heading.toc.first?.text == "Adres https://h.example")
    }

    @Test func labelsWrappedAcrossLinesOrMissingABracketAreErrors() {
        #expect(errors("Basın: [[Taslak Olarak\nKaydet]] ve ş [[Eksik\n\n`[[kod]]` [[Tamam]]\n") == [
            "content/tr/x.md:1:8: error: portal label '[[' without its other half on this line: write [[Label]] on one line (see docs/authoring.md)",
            "content/tr/x.md:2:7: error: portal label ']]' without its other half on this line: write [[Label]] on one line (see docs/authoring.md)",
        ])
    }

    @Test func labelTextIsEscaped() throws {
        let page = try render("[[A &amp; B < C]]\n")
        #expect(page.html.contains(#"<span class="ui-label">A &amp; B &lt; C</span>"#))
    }

    /// Found by fuzz-content: a joiner or a combining mark right after a match ("]]" + U+200D is
    /// one character) put the match's end inside a character, and Foundation's `Range(_:in:)`
    /// then gave nil, which was force-unwrapped. Each text is kept scalar for scalar.
    @Test func joinersAndCombiningMarksAtAMatchsEdgeKeepTheirText() throws {
        let label = try render("Basın [[Devam Et]]\u{200D}tton ve [[İleri]]\u{301}.\n")
        #expect(label.html.contains("<span class=\"ui-label\">Devam Et</span>\u{200D}tton ve <span class=\"ui-label\">İleri</span>\u{301}."))
        let callout = try render("> [!NOT]\u{301} Başlık {#baslik}\n> Metin.\n")
        #expect(callout.html.contains("callout-note"))
        #expect(errors("<span lang=\"\u{200D}tr\">x</span> ve <span\u{200D} lang=\"en\">y</span>\n").count == 2)
    }

    @Test func calloutsBecomeAsides() throws {
        let page = try render("> [!UYARI] Pasaport ve 60 gün {#uyari-pasaport}\n> Pasaport **60 gün**.\n\n> [!NOTE]\n> English.\n\n> [!EKRAN]\n>\n> Ekran.\n\n> Sıradan alıntı.\n")
        #expect(page.html.contains(#"<aside class="callout callout-warning" id="uyari-pasaport" role="note" aria-label="Uyarı: Pasaport ve 60 gün">"#))
        #expect(page.html.contains(#"<p class="callout-title" aria-hidden="true">Uyarı: Pasaport ve 60 gün</p>"#))
        #expect(page.html.contains("<p>Pasaport <strong>60 gün</strong>.</p>\n</aside>"))
        #expect(page.html.contains(#"<aside class="callout callout-note" role="note" aria-label="Not">"#))
        #expect(page.html.contains(#"<aside class="callout callout-screen" role="note" aria-label="Ekran açıklaması">"#))
        #expect(page.html.contains("<blockquote>\n<p>Sıradan alıntı.</p>\n</blockquote>"))
        #expect(!page.html.contains("[!"))
        #expect(page.anchors.map(\.id) == ["uyari-pasaport"])
    }

    @Test func invalidExplicitIDsFail() {
        #expect(errors("> [!NOT] {#Büyük_Harf}\n> x\n") == ["content/tr/x.md:1:3: error: invalid id 'Büyük_Harf': use lowercase letters, digits and hyphens"])
        #expect(errors("## Başlık {#}\n") == ["content/tr/x.md:1:1: error: invalid id '': use lowercase letters, digits and hyphens"])
        // A callout id shares the page's namespace with heading ids.
        #expect(errors("> [!UYARI] Başlık {#giris}\n> x\n\n## Giriş {#giris}\n") == ["content/tr/x.md:4:1: error: duplicate id 'giris' (first at line 1)"])
    }

    /// A callout with an id is a place readers are sent to: it is listed in the contents,
    /// in page order, as an h3-level entry under the section it stands in.
    @Test func calloutsWithAnIDAreContentsEntriesInPageOrder() throws {
        let page = try render("""
            > [!NOT] Önce okuyun {#once}
            > Giriş notu.

            ## Tamamlamak {#tamamla}

            > [!UYARI] Pasaport & 60 gün {#uyari-pasaport}
            > x

            > [!UYARI]
            > Kimliksiz uyarı: listede yok.

            ### Adım 11.1: İmzalayın {#adim-11-1}

            > [!EKRAN] Sonuç ekranı {#ekran}
            > y

            ## Taslak {#taslak}

            """)
        #expect(page.toc.map(\.id) == ["once", "tamamla", "uyari-pasaport", "adim-11-1", "ekran", "taslak"])
        #expect(page.toc.map(\.level) == [3, 2, 3, 3, 3, 2])
        #expect(page.toc.map(\.text) == ["Not: Önce okuyun", "Tamamlamak", "Uyarı: Pasaport & 60 gün", "Adım 11.1: İmzalayın", "Ekran açıklaması: Sonuç ekranı", "Taslak"])
        #expect(page.toc[2].html == "Uyarı: Pasaport &amp; 60 gün")
        #expect(page.html.contains(#"aria-label="Uyarı: Pasaport &amp; 60 gün""#))
        // The anchors keep an empty text for callouts (the rules page names them by the page).
        #expect(page.anchors.filter { $0.kind == .callout }.map(\.text) == ["", "", ""])
        let english = try MarkdownRenderer(strings: .english).render("> [!WARNING] When to apply {#uyari-uzatma-suresi}\n> x\n", file: "content/en/x.md")
        #expect(english.toc == [TOCEntry(level: 3, id: "uyari-uzatma-suresi", text: "Warning: When to apply")])
    }

    @Test func calloutTitlesNeedAnIDAndPlainText() throws {
        // Text after the marker without an id stays the callout's text, as before.
        let plain = try render("> [!NOT] Kısa not.\n")
        #expect(plain.html.contains(#"aria-label="Not">"#))
        #expect(plain.html.contains("<p>Kısa not.</p>"))
        #expect(plain.toc.isEmpty)
        #expect(errors("> [!UYARI] {#uyari}\n> x\n") == ["content/tr/x.md:1:3: error: callout with id 'uyari' needs a title before the id ('[!UYARI] Title {#uyari}'): it is listed in the page's contents"])
        #expect(errors("> [!UYARI] Pasaport *60* gün {#uyari}\n> x\n") == ["content/tr/x.md:1:3: error: a callout title with an id is plain text: no emphasis, code, links or HTML on the marker line"])
        #expect(errors("> [!UYARI] [[Kaydet]] {#uyari}\n> x\n") == ["content/tr/x.md:1:3: error: portal label in a callout title: quote labels in the callout's text, not in its title"])
    }

    @Test func unknownCalloutFails() {
        #expect(errors("> [!DIKKAT]\n> x\n") == ["content/tr/x.md:1:3: error: unknown callout '[!DIKKAT]'; use [!UYARI], [!NOT], [!EKRAN] (or [!WARNING], [!NOTE], [!SCREEN])"])
    }

    @Test func markdownLinksAreRewrittenAndRecorded() throws {
        let page = try render("Bkz. [adımlar](basvuru-adimlari.md#adim-10-2), [aynı](#giris), [dış](https://www.csgb.gov.tr) ve [üst](../en/index.md).\n")
        #expect(page.html.contains(#"<a href="basvuru-adimlari.html#adim-10-2">adımlar</a>"#))
        #expect(page.html.contains(#"<a href="../en/index.html">üst</a>"#))
        #expect(page.html.contains(#"<a href="https://www.csgb.gov.tr">dış</a>"#))
        #expect(page.links.map(\.href) == ["basvuru-adimlari.html#adim-10-2", "#giris", "../en/index.html"])
        #expect(page.links.map(\.original) == ["basvuru-adimlari.md#adim-10-2", "#giris", "../en/index.md"])
        // Columns count characters: "Bkz. " is 5 characters.
        #expect(page.links.first?.location.description == "content/tr/x.md:1:6")
    }

    @Test func rewriteKeepsQueryAndFragment() {
        #expect(Links.rewrite("a.md") == "a.html")
        #expect(Links.rewrite("a.md#b") == "a.html#b")
        #expect(Links.rewrite("a.md?x=1#b") == "a.html?x=1#b")
        #expect(Links.rewrite("a.mdx") == "a.mdx")
        #expect(Links.rewrite("#a.md") == "#a.md")
    }

    @Test func dangerousAndAbsoluteURLsFail() {
        #expect(errors("[x](javascript:alert(1))\n") == ["content/tr/x.md:1:1: error: javascript: URLs are not allowed"])
        #expect(errors("Ön [x](JaVaScript:alert(1))\n") == ["content/tr/x.md:1:4: error: javascript: URLs are not allowed"])
        #expect(errors("[x](/tr/a.html)\n").first?.contains("absolute path") == true)
        #expect(errors("![logo](https://example.com/a.png)\n").first?.contains("loads nothing from other hosts") == true)
    }

    @Test func allowListedHTMLPasses() throws {
        let page = try render("<kbd>Ctrl</kbd>+<kbd>F</kbd> satır<br>sonu <abbr title=\"Yabancı Kimlik Numarası\">YKN</abbr>\n")
        #expect(page.html.contains("<kbd>Ctrl</kbd>+<kbd>F</kbd> satır<br>sonu <abbr title=\"Yabancı Kimlik Numarası\">YKN</abbr>"))
    }

    @Test func rawHTMLIsRejectedWithPosition() {
        #expect(errors("Metin ve <b>a</b>\n") == [
            "content/tr/x.md:1:10: error: raw HTML tag '<b>' is not allowed; only <kbd>, <br>, <abbr title=\"...\"> and <span lang=\"...\"> are allowed (see docs/authoring.md)",
            "content/tr/x.md:1:14: error: raw HTML tag '</b>' is not allowed; only <kbd>, <br>, <abbr title=\"...\"> and <span lang=\"...\"> are allowed (see docs/authoring.md)",
        ])
        #expect(errors("Giriş\n\n<script>alert(1)</script>\n").first?.hasPrefix("content/tr/x.md:3:1: error: raw HTML tag '<script>'") == true)
        #expect(errors("a <abbr>YKN</abbr>\n").first?.contains("'<abbr>' is not allowed") == true)
        #expect(errors("a <kbd onclick=\"x\">b</kbd>\n").first?.contains("is not allowed") == true)
        #expect(errors("a <!-- yorum -->\n").first?.contains("raw HTML") == true)
        #expect(errors("a <kbd>b\n").first?.contains("'<kbd>' is not closed") == true)
    }

    /// An English page may mark Turkish words; `tr` is the site's other language.
    let english = MarkdownRenderer(strings: .english, partLanguages: ["tr"])

    func englishErrors(_ markdown: String) -> [String] {
        do {
            _ = try english.render(markdown, file: "content/en/x.md")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func spanLangMarksWordsInTheSiteOtherLanguage() throws {
        let page = try english.render(
            "First publication (<span lang=\"tr\">İlk yayın</span>), fee (<span lang='tr'>harç</span>)\n\n"
            + "## Select <span lang=\"tr\">Hayır</span> {#hayir}\n\n| A |\n| --- |\n| <span lang=\"tr\">Evet</span> |\n",
            file: "content/en/x.md")
        #expect(page.html.contains(#"First publication (<span lang="tr">İlk yayın</span>), fee (<span lang='tr'>harç</span>)"#))
        #expect(page.html.contains(#"<h2 id="hayir">Select <span lang="tr">Hayır</span></h2>"#))
        #expect(page.html.contains(#"<td><span lang="tr">Evet</span></td>"#))
        // Plain text (permalink label, anchors) drops the tags; the contents list keeps the span.
        #expect(page.toc.map(\.text) == ["Select Hayır"])
        #expect(page.toc.map(\.html) == [#"Select <span lang="tr">Hayır</span>"#])
        let tab = try english.render("## A <SPAN\tlang=\"tr\">b</SPAN>\n", file: "content/en/x.md")
        #expect(tab.toc.map(\.html) == ["A <SPAN\tlang=\"tr\">b</SPAN>"])
    }

    @Test func contentsEntryIsEscapedTextWithoutLinksOrOtherTags() throws {
        let page = try render("## A & [l\\<b\\>](x.md) <kbd>Ctrl</kbd> `<i>` *vurgu* {#a}\n")
        #expect(page.toc.map(\.html) == ["A &amp; l&lt;b&gt; Ctrl &lt;i&gt; vurgu"])
    }

    @Test func spanTakesOnlyLangWithAnotherSiteLanguage() {
        #expect(englishErrors("a <span style=\"color:red\">b</span>\n") == [
            "content/en/x.md:1:3: error: raw HTML tag '<span style=\"color:red\">' is not allowed; <span> takes exactly one attribute, lang=\"...\" (tr) (see docs/authoring.md)",
        ])
        #expect(englishErrors("a <span lang=\"tr\" class=\"x\">b</span>\n").first?.contains("<span> takes exactly one attribute") == true)
        #expect(englishErrors("a <span>b</span>\n").first?.contains("<span> takes exactly one attribute") == true)
        #expect(englishErrors("a <span lang=tr>b</span>\n").first?.contains("<span> takes exactly one attribute") == true)
        #expect(englishErrors("a <span lang=\"de\">b</span>\n") == [
            "content/en/x.md:1:3: error: '<span lang=\"de\">': 'de' is not a language this page may mark; use one of the site's other languages: tr (see docs/authoring.md)",
        ])
        // The page's own language says nothing new; codes compare exactly, as site.yml writes them.
        #expect(englishErrors("a <span lang=\"en\">b</span>\n").first?.contains("'en' is not a language this page may mark") == true)
        #expect(englishErrors("a <span lang=\"TR\">b</span>\n").first?.contains("'TR' is not a language") == true)
        #expect(errors("a <span lang=\"tr\">b</span>\n").first?.contains("this site has no other language") == true)
        #expect(englishErrors("a <span lang=\"tr\">b\n") == ["content/en/x.md:1:3: error: '<span>' is not closed in the same paragraph"])
        #expect(englishErrors("a b</span>\n") == ["content/en/x.md:1:4: error: '</span>' closes nothing"])
        #expect(englishErrors("a <span lang=\"tr\">b</kbd></span>\n").first?.contains("'</kbd>' closes nothing") == true)
    }

    @Test func tablesAndStrikethroughRender() throws {
        let page = try render("| A | B |\n|---|---|\n| 1 | ~~2~~ |\n")
        #expect(page.html.contains("<table>"))
        #expect(page.html.contains("<del>2</del>"))
    }
}
