import Foundation
import Testing
@testable import Guide
@testable import Site

/// The printable guide's byte scanners (`PrintPage.demote`) against the regular
/// expressions that first said what they do, on every page of the real guide and on the
/// corner cases of each pattern.
@Suite struct PrintPageTests {
    /// The reference: four `NSRegularExpression` passes, one per pattern.
    static func regexDemote(_ html: String, prefix: String, base: String?) -> String {
        let permalink = try! NSRegularExpression(pattern: ##"<a class="permalink" href="#[^"]*" aria-label="[^"]*">#</a>"##)
        let headingTag = try! NSRegularExpression(pattern: #"<(/?)h([1-5])\b"#)
        let idAttribute = try! NSRegularExpression(pattern: #"\s(id|aria-labelledby|aria-describedby|for)="([^"]*)""#)
        let hrefAttribute = try! NSRegularExpression(pattern: #"\shref="([^"]*)""#)
        func replace(_ pattern: NSRegularExpression, in text: String, _ transform: ([String]) -> String) -> String {
            var result = ""
            var cursor = text.startIndex
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let whole = text.scalarBounds(of: match.range) else { continue }
                result += text.scalars(cursor..<whole.lowerBound)
                result += transform((0..<match.numberOfRanges).map { text.matchedText(match.range(at: $0)) })
                cursor = whole.upperBound
            }
            return result + text.scalars(cursor..<text.endIndex)
        }
        var text = replace(permalink, in: html) { _ in "" }
        text = replace(headingTag, in: text) { groups in "<\(groups[1])h\(Int(groups[2])! + 1)" }
        text = replace(idAttribute, in: text) { groups in
            " \(groups[1])=\"" + groups[2].split(separator: " ").map { "\(prefix)--\($0)" }.joined(separator: " ") + "\""
        }
        text = replace(hrefAttribute, in: text) { groups in
            let href = groups[1]
            if href.hasPrefix("#") { return " href=\"#\(prefix)--\(href.dropFirst())\"" }
            let isRelative = !href.contains(":") && !href.hasPrefix("/")
            if let base, isRelative { return " href=\"\(base)\(href)\"" }
            return " href=\"\(href)\""
        }
        return text
    }

    static let cornerCases = [
        ##"<h2 id="a">A <a class="permalink" href="#a" aria-label="Bağlantı: A">#</a></h2><p>x</p>"##,
        #"<h1>t</h1><h5 id="e">e</h5><h6 id="f">f</h6><h2x>no</h2x><h2>ok</h2><h2_>no</h2_><h2ş>no</h2ş><h3"#,
        "<p\tid=\"a b  c\"\nfor=\"x\" aria-labelledby=\"\" aria-describedby=\"d\">\u{A0}id=\"nbsp\"\u{2003}href=\"#em\"</p>",
        ##"<a href="#frag">i</a><a href="other.html#x">o</a><a href="https://e.org/">e</a><a href="/root.html">r</a><img src="a.png" alt="">"##,
        #"<a href="open <p id="unclosed>text"#,
        #"<label for="f">F</label><input id="f"><span lang="en">id="not an attribute"</span> xid="no" data-id="no""#,
        ##"<a class="permalink" href="#a" aria-label="x">#</a>id="joined" <a class="permalink" href="#b">#</a>"##,
        "Türkçe metin: şğüöçı İ — <h3 id=\"ş\">ş</h3>",
    ]

    @Test func theScannersReplaceWhatTheRegularExpressionsDid() throws {
        var bodies = Self.cornerCases
        let guide = try ContentLoader(directory: RealContent.path, reservedIDs: PageLayout.reservedIDs).load()
        bodies += guide.allPages.map(\.body.html)
        #expect(bodies.count > 40)
        for body in bodies {
            for base in [nil, "https://example.org/kilavuz/tr/"] as [String?] {
                #expect(PrintPage.demote(body, prefix: "sayfa", base: base) == Self.regexDemote(body, prefix: "sayfa", base: base),
                        "\(body.prefix(80))")
            }
        }
    }
}
