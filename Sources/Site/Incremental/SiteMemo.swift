import Foundation
import Guide

/// Everything a build keeps for the next one in the same process (`eizin serve`,
/// `eizin build --watch`), step by step, each result by page and with the whole input it was
/// made from (`Memo`): a page's front matter and Markdown (load, render), its demoted copy
/// in the print page, its search-index rows, its finished HTML (layout: by its whole
/// template context), what libxml2 read back from it and its check's result (check: by its
/// bytes and what it reads of the pages it links to). Whatever changed is made
/// again by the same code as in a build from scratch, so both give the same bytes; what
/// did not change costs a comparison. The steps that look at the whole site (navigation,
/// sitemap, the print page and search index as a whole) run on every build, from these parts.
public final class SiteMemo: Sendable {
    let pages = PageMemo()
    let print = Memo<PrintPage.DemoteInput, String>()
    let search = Memo<SearchIndex.RowsInput, SearchIndex.Rows>()
    let layout = Memo<ExactBytes, LaidOutPage>()
    let readBack = Memo<LinkChecker.PageBytes, LinkChecker.ReadBack>()
    let checked = Memo<LinkChecker.CheckInput, [LinkChecker.Finding]>()

    /// The templates and stylesheet and scripts of the Site bundle, read once: they are part
    /// of the installed program, not of the content.
    private let bundled = Memo<Bool, (templates: Templates, assets: [String: [UInt8]])>()

    public init() {}

    func templates() throws(DiagnosticsError) -> Templates { try bundledFiles().templates }

    func assets() throws(DiagnosticsError) -> [String: [UInt8]] { try bundledFiles().assets }

    private func bundledFiles() throws(DiagnosticsError) -> (templates: Templates, assets: [String: [UInt8]]) {
        try bundled.value("bundle", true) { () throws(DiagnosticsError) in (try Templates.bundled(), try Assets.bundled()) }
    }

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
        /// Pages whose links and ids were checked.
        public var checked = 0
    }

    /// Starts a build: results the last build did not use are forgotten.
    func startBuild() {
        pages.startBuild()
        print.startBuild()
        search.startBuild()
        layout.startBuild()
        readBack.startBuild()
        checked.startBuild()
        bundled.startBuild()
    }

    /// What the build since `startBuild()` computed anew.
    var work: Work { Work(rendered: pages.renderedCount, laidOut: layout.computedCount, readBack: readBack.computedCount, checked: checked.computedCount) }
}

/// The layout memo's key: a page's whole Mustache context written out, every string with its
/// length (digits reversed), so two contexts give the same bytes only when they are the
/// same (the templates themselves are fixed for the life of the process).
enum ContextKey {
    static func bytes(_ context: [String: Any]) -> ExactBytes {
        var out: [UInt8] = []
        out.reserveCapacity(16 * 1024)
        append(context, to: &out)
        return ExactBytes(out)
    }

    /// By exact type first (`type(of:)`): a cast such as `as? [String: Any]` of a
    /// `[String: String]` builds a converted copy, which cost more than the rest.
    private static func append(_ value: Any, to out: inout [UInt8]) {
        let kind = type(of: value)
        if kind == String.self {
            append(string: value as! String, to: &out)
        } else if kind == [String: Any].self {
            append(dictionary: value as! [String: Any], to: &out)
        } else if kind == [[String: Any]].self {
            out.append(UInt8(ascii: "["))
            for item in value as! [[String: Any]] { append(dictionary: item, to: &out) }
            out.append(UInt8(ascii: "]"))
        } else if kind == [String: String].self {
            append(dictionary: value as! [String: String], to: &out)
        } else if kind == Bool.self {
            out.append(value as! Bool ? UInt8(ascii: "T") : UInt8(ascii: "F"))
        } else if kind == Int.self {
            out += "i\(value as! Int);".utf8
        } else if let list = value as? [Any] {
            out.append(UInt8(ascii: "["))
            for item in list { append(item, to: &out) }
            out.append(UInt8(ascii: "]"))
        } else if let dictionary = value as? [String: Any] {
            append(dictionary: dictionary, to: &out)
        } else {
            // No other kind is in a context today. Any other (a closure, whose description
            // says nothing of what it does) makes the key unique, so the page is always made.
            append(string: "?" + UUID().uuidString, to: &out)
        }
    }

    private static func append(string text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "s"))
        var count = text.utf8.count
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(count % 10))
            count /= 10
        } while count > 0
        out.append(UInt8(ascii: ":"))
        out += text.utf8
    }

    /// The same bytes for `[String: String]` as for `[String: Any]` holding strings. Keys
    /// sorted (a dictionary's own order differs from one copy to the next), with `<`: the
    /// keys are ASCII names, which it compares byte for byte.
    private static func append<Value>(dictionary: [String: Value], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
            append(string: key, to: &out)
            append(value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}
