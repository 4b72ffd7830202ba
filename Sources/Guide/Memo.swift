import Foundation

/// Results of one pure step of the build, kept between the builds of `eizin serve` and
/// `eizin build --watch`, so that a rebuild redoes only what an edit changed. Each result is
/// kept under an id (a file path) together with the whole input it was made from, and is
/// used again only when the new input is equal: a remembered result is always the one the
/// step would compute. Results not asked for during a build (a page deleted or renamed) are
/// forgotten when the next build starts. Safe to use from every core at once.
public final class Memo<Input: Equatable, Value>: @unchecked Sendable {
    /// One result with its input, kept by reference: a build looks up and keeps again
    /// every page's entry, and copying a page's input and result field by field (a retain
    /// for each string and array in them) cost more than comparing them.
    private final class Entry {
        let input: Input
        let value: Value

        init(_ input: Input, _ value: Value) {
            self.input = input
            self.value = value
        }
    }

    private let lock = NSLock()
    private var previous: [String: Entry] = [:]
    private var current: [String: Entry] = [:]
    private var computed = 0

    public init() {}

    /// The result for `id` made from `input`: the remembered one, or `compute()`'s. A step
    /// that throws remembers nothing, so a broken page is read again on the next build.
    /// `recomputing`: the result depends on more than `input`, and that has changed.
    public func value<E: Error>(_ id: String, _ input: Input, recomputing: Bool = false, _ compute: () throws(E) -> Value) throws(E) -> Value {
        lock.lock()
        let known = recomputing ? nil : current[id] ?? previous[id]
        lock.unlock()
        if let known, known.input == input {
            remember(id, known)
            return known.value
        }
        let value = try compute()
        lock.lock()
        computed += 1
        lock.unlock()
        remember(id, Entry(input, value))
        return value
    }

    private func remember(_ id: String, _ entry: Entry) {
        lock.lock()
        current[id] = entry
        lock.unlock()
    }

    /// Starts a build: what the last one used stays, the rest is forgotten. After a build
    /// that failed half-way, what it did not reach is kept from the build before.
    public func startBuild() {
        lock.lock()
        defer { lock.unlock() }
        if !current.isEmpty {
            previous = current
            current = [:]
        }
        current.reserveCapacity(previous.count)
        computed = 0
    }

    /// Results computed anew since the build started.
    public var computedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return computed
    }
}

/// Text compared byte for byte. Swift's `==` on `String` compares canonical equivalence
/// ("é" as one scalar equals "e" + U+0301), but the build's output differs with the bytes,
/// so a memo's input must not; comparing bytes is also faster than normalising.
public struct ExactText: Equatable, Sendable {
    public var text: String

    public init(_ text: String) { self.text = text }

    public static func == (a: ExactText, b: ExactText) -> Bool {
        var a = a.text, b = b.text
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }
}

/// Bytes compared with memcmp(3): `Array`'s `==` reached through a generic `Memo` compares
/// element by element through the `Equatable` witness, slower by far for a page's bytes.
public struct ExactBytes: Equatable, Sendable {
    public var bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public static func == (a: ExactBytes, b: ExactBytes) -> Bool {
        guard a.bytes.count == b.bytes.count else { return false }
        return a.bytes.withUnsafeBytes { x in b.bytes.withUnsafeBytes { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }
}

/// What `ContentLoader` keeps between builds: each page's text (by the file's stamp), its
/// front matter (by the text) and its rendered Markdown (by the Markdown and everything else the renderer reads).
public final class PageMemo: Sendable {
    public struct RenderInput: Equatable, Sendable {
        var markdown: ExactText
        /// The glossary's terms as written (`String(reflecting:)`), compared byte for byte.
        var glossary: ExactText
        var partLanguages: Set<String>
        var reservedIDs: Set<String>
    }

    /// site.yml's settings by its text (a big site's navigation is thousands of lines).
    let configuration = Memo<ExactText, SiteConfiguration>()
    /// Each page file's text by its `FileStamp`: an unchanged file is not read again.
    let texts = Memo<FileStamp, String>()
    let files = Memo<ExactText, (frontMatter: FrontMatter, body: String, fingerprint: String)>()
    let bodies = Memo<RenderInput, RenderedMarkdown>()

    public init() {}

    /// Starts a build (`Memo.startBuild`).
    public func startBuild() {
        configuration.startBuild()
        texts.startBuild()
        files.startBuild()
        bodies.startBuild()
    }

    /// Pages rendered anew since the build started.
    public var renderedCount: Int { bodies.computedCount }
}
