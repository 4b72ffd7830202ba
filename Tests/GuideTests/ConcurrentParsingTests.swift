import Testing
@testable import Guide

/// cmark-gfm's table of extension characters is process-wide; parses running at the same
/// time must still each see `~~` (see `MarkdownDocument.parseLock`).
@Suite struct ConcurrentParsingTests {
    @Test func strikethroughSurvivesParallelParses() async {
        let rendered = await withTaskGroup(of: String.self) { group in
            for i in 0..<400 {
                group.addTask {
                    let document = MarkdownDocument("Satır \(i): ~~eski~~ yeni, | a |\n|---|\n| b |\n")
                    return document.html()
                }
            }
            var all: [String] = []
            for await html in group { all.append(html) }
            return all
        }
        #expect(rendered.count == 400)
        #expect(rendered.allSatisfy { $0.contains("<del>eski</del>") },
                "\(rendered.filter { !$0.contains("<del>") }.count) parses lost strikethrough")
    }
}
