import Guide

/// Everything a build keeps for the next one in the same process (`eizin serve`,
/// `eizin build --watch`), step by step, each result by page and with the whole input it was
/// made from (`Memo`): a page's front matter and Markdown (load, render), its demoted copy
/// in the print page, its search-index rows, its finished HTML (layout: by its whole
/// template context) and what libxml2 read back from it (check). Whatever changed is made
/// again by the same code as in a build from scratch, so both give the same bytes; what
/// did not change costs a comparison. The steps that look at the whole site (navigation,
/// link and anchor resolution, sitemap, the print page and search index as a whole) run
/// on every build, from these parts.
public final class SiteMemo: Sendable {
    let pages = PageMemo()
    let print = Memo<PrintPage.DemoteInput, String>()
    let search = Memo<SearchIndex.RowsInput, SearchIndex.Rows>()
    let layout = Memo<[UInt8], LaidOutPage>()
    let readBack = Memo<LinkChecker.PageBytes, HTMLFacts>()

    public init() {}

    /// A page through the template, and where its sidebar is (`SiteBuilder.sidebarRange`).
    struct LaidOutPage {
        var bytes: [UInt8]
        var sidebar: Range<Int>?
    }

    /// What a build redid, page by page.
    public struct Work: Sendable, Equatable {
        /// Pages whose Markdown was rendered.
        public var rendered = 0
        /// Pages put through the template.
        public var laidOut = 0
        /// Pages read back with libxml2 for the link check.
        public var readBack = 0
    }

    /// Starts a build: results the last build did not use are forgotten.
    func startBuild() {
        pages.startBuild()
        print.startBuild()
        search.startBuild()
        layout.startBuild()
        readBack.startBuild()
    }

    /// What the build since `startBuild()` computed anew.
    var work: Work { Work(rendered: pages.renderedCount, laidOut: layout.computedCount, readBack: readBack.computedCount) }
}

/// The layout memo's key: a page's whole Mustache context written out, every string with its
/// length, dictionary keys sorted, so two contexts give the same bytes only when they are
/// the same (the templates themselves are fixed for the life of the process).
enum ContextKey {
    static func bytes(_ context: [String: Any]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 * 1024)
        append(context, to: &out)
        return out
    }

    private static func append(_ value: Any, to out: inout [UInt8]) {
        switch value {
        case let text as String:
            out.append(UInt8(ascii: "s"))
            out += String(text.utf8.count).utf8
            out.append(UInt8(ascii: ":"))
            out += text.utf8
        case let number as Int:
            out += "i\(number);".utf8
        case let flag as Bool:
            out.append(flag ? UInt8(ascii: "T") : UInt8(ascii: "F"))
        case let dictionary as [String: Any]:
            out.append(UInt8(ascii: "{"))
            for key in dictionary.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                append(key, to: &out)
                append(dictionary[key]!, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case let list as [Any]:
            out.append(UInt8(ascii: "["))
            for item in list { append(item, to: &out) }
            out.append(UInt8(ascii: "]"))
        default:
            // No other kind is in a context today; any other is still told apart by its description.
            append("?" + String(reflecting: value), to: &out)
        }
    }
}
