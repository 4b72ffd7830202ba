import Foundation
import Guide

/// Everything a build keeps for the next one in the same process (`eizin serve`,
/// `eizin build --watch`), step by step, each result by page and with the whole input it was
/// made from (`Memo`): a page's front matter and Markdown (load, render), its section
/// in the print page, its search-index rows, its finished HTML (layout: by what it shows
/// of itself and of the site, `LayoutKey`), what libxml2 read back from it and its check's result (check: by its
/// bytes and what it reads of the pages it links to). Whatever changed is made
/// again by the same code as in a build from scratch, so both give the same bytes; what
/// did not change costs a comparison. The steps that look at the whole site (navigation,
/// sitemap, the print page and search index as a whole) run on every build, from these parts.
public final class SiteMemo: Sendable {
    let pages = PageMemo()
    let print = Memo<PrintPage.DemoteInput, String>()
    let search = Memo<SearchIndex.RowsInput, SearchIndex.Rows>()
    /// By what each page shows of itself and, once per build, of the site (`LayoutKey`).
    let layout = Memo<LayoutKey.Page, LaidOutPage>()
    /// The same identifier while what every page shows of the site is unchanged.
    let siteLayout = Memo<ExactText, UUID>()
    let readBack = Memo<LinkChecker.PageBytes, LinkChecker.ReadBack>()
    /// The parts of a page read back in parts (the printable guide), by their bytes.
    let readBackParts = Memo<ExactBytes, LinkChecker.PartFacts>()
    let checked = Memo<LinkChecker.CheckInput, [LinkChecker.Finding]>()
    /// What the last check saw of every file (`LinkChecker.TargetState`).
    private let targetState = LockedValue<LinkChecker.TargetState?>(nil)

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
        siteLayout.startBuild()
        readBack.startBuild()
        readBackParts.startBuild()
        checked.startBuild()
        bundled.startBuild()
    }

    /// Keeps `state` for the next check and returns the one kept by the last.
    func swapTargetState(_ state: LinkChecker.TargetState) -> LinkChecker.TargetState? {
        targetState.exchange(state)
    }

    /// What the build since `startBuild()` computed anew.
    var work: Work { Work(rendered: pages.renderedCount, laidOut: layout.computedCount, readBack: readBack.computedCount, checked: checked.computedCount) }
}

/// One value that several threads read and replace, under a lock.
final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Puts `newValue` in and returns what was there.
    func exchange(_ newValue: Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        let old = value
        value = newValue
        return old
    }
}
