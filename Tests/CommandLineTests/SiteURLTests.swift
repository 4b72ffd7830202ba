import Foundation
import Testing

/// With the help site's address known (--site-url, or base_url in ./content/site.yml),
/// every format carries links a reader can click.
@Suite struct SiteURLTests {
    let file = EizinBinary.packageRoot.appendingPathComponent("forms/examples/academic-application/invalid-passport-60-days.json").path
    let page = "en/basvuru-sonuclandirma.html#uyari-pasaport-60-gun"

    @Test func siteURLMakesTextJSONAndSARIFLinksAbsolute() throws {
        let base = "https://kilavuz.example.org/e-izin"
        let text = try EizinBinary.run(["validate", "--today", "2025-06-01", "--lang", "en", "--site-url", base, file])
        #expect(text.stdout.contains("— \(base)/\(page)\n"), "\(text.stdout)")

        let json = try EizinBinary.run(["validate", "--today", "2025-06-01", "--lang", "en", "--site-url", base + "/", "--format", "json", file])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let finding = try #require(((report["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])?.first)
        #expect(finding["guideURL"] as? String == "\(base)/\(page)")
        #expect(finding["guidePage"] as? String == page, "the relative link stays, for older readers")

        let sarif = try EizinBinary.run(["validate", "--today", "2025-06-01", "--lang", "en", "--site-url", base, "--format", "sarif", file])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let rule = try #require(rules.first { $0["id"] as? String == "passport-expiry-60-days" })
        #expect(rule["helpUri"] as? String == "\(base)/\(page)")
        #expect(rules.allSatisfy { ($0["helpUri"] as? String)?.hasPrefix(base + "/en/") == true })
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(((result["message"] as? [String: Any])?["text"] as? String)?.hasSuffix("— \(base)/\(page)") == true)

        // Without an address, links stay relative and SARIF has no helpUri.
        let plain = try EizinBinary.run(["validate", "--today", "2025-06-01", "--lang", "en", "--format", "sarif", file])
        #expect(!plain.stdout.contains("helpUri"))

        let bad = try EizinBinary.run(["validate", "--site-url", "kilavuz.example.org", file])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--site-url must start with https:// or http://"))
    }

    @Test func baseURLInContentSiteYmlIsUsedAndTheOptionWins() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        var yml = try String(contentsOf: EizinBinary.packageRoot.appendingPathComponent("content/site.yml"), encoding: .utf8)
        yml += "\nbase_url: https://guide.example.net/\n"
        try Data(yml.utf8).write(to: content.appendingPathComponent("site.yml"))

        let configured = try EizinBinary.runWith(["validate", "--today", "2025-06-01", "--lang", "en", file], in: folder)
        #expect(configured.stdout.contains("— https://guide.example.net/\(page)"), "\(configured.stdout)")
        let overridden = try EizinBinary.runWith(["validate", "--today", "2025-06-01", "--lang", "en", "--site-url", "https://other.example/", file], in: folder)
        #expect(overridden.stdout.contains("— https://other.example/\(page)"), "\(overridden.stdout)")
    }
}
