// libFuzzer target: a page's front matter and its Markdown rendering (cmark-gfm and the
// guide's passes). Errors must be DiagnosticsErrors; a rendered page holds no raw HTML beyond
// the allow-list. Built and run by scripts/fuzz (docs/testing.md, "Fuzzing").
import FuzzDriver
import Guide

func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz-content: \(message())") }
}

let fixedGlossary = Glossary(slug: "sozluk", terms: [
    GlossaryTerm(id: "e-imza", words: ["e-İmza", "e-imza", "elektronik imza"], location: SourceLocation(file: "sozluk.md", line: 5)),
    GlossaryTerm(id: "ikamet", words: ["ikamet izni", "İkamet"], location: SourceLocation(file: "sozluk.md", line: 6)),
])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContent(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    var body = text
    var glossary = fixedGlossary
    do {
        let split = try FrontMatter.split(text, file: "fuzz.md")
        body = split.body
        if !split.frontMatter.terms.isEmpty { glossary = Glossary(slug: "sozluk", terms: split.frontMatter.terms) }
    } catch {
        check(!error.description.isEmpty, "an empty front-matter error")
    }
    let english = count % 2 == 0
    let renderer = MarkdownRenderer(strings: english ? .english : .turkish, reservedIDs: ["main", "icerik"],
                                    partLanguages: [english ? "tr" : "en"], glossary: glossary)
    do {
        let rendered = try renderer.render(body, file: "fuzz.md")
        let html = rendered.html.lowercased()
        for tag in ["<script", "<iframe", "<style", "<object", "<img src=\"javascript:", "<a href=\"javascript:"] {
            check(!html.contains(tag), "rendered HTML contains \(tag)")
        }
        let ids = rendered.anchors.map(\.id)
        check(Set(ids).count == ids.count, "repeated anchor ids: \(ids)")
    } catch {
        check(!error.description.isEmpty, "an empty Markdown error")
    }
    return 0
}

/// SwiftPM renames an executable's `main` to `fuzz_content_main`; start libFuzzer from there.
@_cdecl("fuzz_content_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    eizin_fuzz_main(argc, argv)
}
