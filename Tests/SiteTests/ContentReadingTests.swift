import Foundation
import Testing
@testable import Guide
@testable import Site
#if canImport(Glibc)
import Glibc
#endif

/// A page of content/ that cannot be read says what is there instead and what to do;
/// nothing in content/ can make the build wait.
@Suite struct ContentReadingTests {
    /// The messages the build gives for `tr/giris-sayfasi.md` replaced by `make`.
    func messages(replacingPage make: (String) throws -> Void) throws -> [String] {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let content = try scratch.copyOfBasicContent()
        let page = content + "/tr/giris-sayfasi.md"
        try FileManager.default.removeItem(atPath: page)
        try make(page)
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: content, outputDirectory: scratch.path("site")).build()
        }
        return error.diagnostics.filter { $0.location.file == page }.map(\.message)
    }

    /// Before: "file not found", though the file is there.
    @Test func aLinkLoopIsCalledALoop() throws {
        let said = try messages { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "giris-sayfasi.md") }
        #expect(said == ["the symbolic links form a loop; fix or remove the link"])
    }

    @Test func aDanglingLinkNamesItsTarget() throws {
        let said = try messages { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "../eski/giris.md") }
        #expect(said == ["a symbolic link to a missing file (../eski/giris.md); fix or remove the link"])
    }

    /// Before: "cannot read file".
    @Test func aFolderOrPipeSaysWhatItIs() throws {
        #expect(try messages { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) }
                == ["is a folder, not a file; rename it or move it out of the content folder"])
        let pipe = try messages { _ = mkfifo($0, 0o600) }
        #expect(pipe == ["is a named pipe (FIFO), not a file; put the page's file here instead"])
    }

    /// A pipe with a writer that never closes it must not hold the build: it is refused
    /// without being read.
    @Test func aPipeWithAWriterDoesNotHang() throws {
        let said = try messages { path in
            _ = mkfifo(path, 0o600)
            _ = open(path, O_RDWR)   // a writer that stays open, as `sleep 1000 > page.md` would
        }
        #expect(said == ["is a named pipe (FIFO), not a file; put the page's file here instead"])
    }

    /// Before: "content folder not found" for a content folder that is a link loop, and a
    /// language folder that is one made every page of its navigation "does not exist".
    @Test func aContentOrLanguageFolderLoopIsNamed() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: scratch.path("loop"), withDestinationPath: "loop")
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: scratch.path("loop"), outputDirectory: scratch.path("site")).build()
        }
        #expect(error.diagnostics.map(\.message) == ["the symbolic links form a loop; fix the link or name the real folder"])

        let content = try scratch.copyOfBasicContent()
        try FileManager.default.removeItem(atPath: content + "/en")
        try FileManager.default.createSymbolicLink(atPath: content + "/en", withDestinationPath: "en")
        let language = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(contentDirectory: content, outputDirectory: scratch.path("site")).build()
        }
        #expect(language.diagnostics.map(\.message) == ["the symbolic links form a loop; fix the link or name the real folder"])
    }
}
