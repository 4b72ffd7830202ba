import Foundation
import Testing

/// `eizin new`: a blank application for every kind and path, which a draft validation
/// accepts and a final validation reports only as still to be filled in.
@Suite struct NewCommandTests {
    static let kinds: [(kind: String, paths: [String])] = [
        ("workplace-registration", []),
        ("academic-application", ["yok", "exempt-foreign-id", "exempt-in-turkey", "exempt-abroad"]),
        ("extension-application", []),
        ("start-of-work-notification", ["in-turkey", "abroad"]),
        ("lost-card-request", []),
        ("termination-request", []),
        ("document-upload", []),
    ]

    static var cases: [(String, String?)] {
        kinds.flatMap { kind in kind.paths.isEmpty ? [(kind.kind, nil)] : kind.paths.map { (kind.kind, $0) } }
    }

    /// What a blank (empty) field may be reported as by a final validation: missing, empty,
    /// not in the expected form, of the wrong type (null), or the declaration not accepted.
    static let emptyFindings: Set<String> = [
        "required-field", "invalid-format", "wrong-type", "calendar-date", "email-address", "sgk-number",
        "not-allowed-value", "declaration-accepted", "email-verified", "documents-uploaded", "foreign-id-checksum",
    ]

    @Test(arguments: cases)
    func blankIsAValidDraftAndAFinalValidationOnlyAsksToFillItIn(kind: String, path: String?) throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("application.json").path
        let made = try EizinBinary.run(["new", kind] + (path.map { ["--path", $0] } ?? []) + ["-o", file, "--lang", "en"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.contains("eizin validate --draft \(file)"), "says what to do next: \(made.stderr)")

        let blank = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        #expect(blank["$schema"] as? String == "https://eizin.example/forms/\(kind).schema.json")
        #expect(blank["kind"] as? String == kind)
        if blank["declarationAccepted"] != nil { #expect(blank["declarationAccepted"] as? Bool == false) }

        let draft = try EizinBinary.run(["validate", "--draft", "--today", "2025-06-01", "--format", "json", file])
        #expect(draft.status == 0, "a blank file is a valid draft: \(draft.stdout)")
        let draftReport = try #require(try JSONSerialization.jsonObject(with: Data(draft.stdout.utf8)) as? [String: Any])
        let draftFindings = ((draftReport["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
        #expect(draftFindings.isEmpty, "\(draftFindings)")

        // A final validation: every finding is a field still empty (or the declaration).
        let final = try EizinBinary.run(["validate", "--today", "2025-06-01", "--format", "json", file])
        #expect(final.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(final.stdout.utf8)) as? [String: Any])
        let findings = try #require((report["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            let rule = finding["rule"] as? String ?? ""
            #expect(Self.emptyFindings.contains(rule), "\(kind) \(path ?? ""): \(rule) is not about an empty field: \(finding)")
        }
        #expect(!findings.contains { ($0["rule"] as? String) == "field-outside-branch" }, "only the path's own fields")
    }

    @Test func pathsAreCheckedAndExistingFilesKept() throws {
        let needsPath = try EizinBinary.run(["new", "academic-application", "--lang", "en"])
        #expect(needsPath.status == 2)
        // A usage error, as ArgumentParser reports one: the message (in the chosen language), then the usage.
        #expect(needsPath.stderr.hasPrefix("Error: academic-application needs --path: yok, exempt-foreign-id, exempt-in-turkey, exempt-abroad\nUsage: eizin new "),
                "\(needsPath.stderr)")
        let unknown = try EizinBinary.run(["new", "academic-application", "--path", "kktc", "--lang", "tr"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("bilinmeyen yol \"kktc\""), "\(unknown.stderr)")
        let noPaths = try EizinBinary.run(["new", "lost-card-request", "--path", "yok", "--lang", "en"])
        #expect(noPaths.status == 2)
        #expect(noPaths.stderr.contains("has one shape"))
        #expect(try EizinBinary.run(["new", "visa"]).status == 2)

        // Standard output by default; an existing file is not replaced without --force.
        let stdout = try EizinBinary.run(["new", "lost-card-request"])
        #expect(stdout.status == 0 && stdout.stdout.hasPrefix("{\n  \"$schema\": "), "\(stdout.stdout)")
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.json")
        try Data("{\"kept\": true}".utf8).write(to: file)
        let kept = try EizinBinary.run(["new", "lost-card-request", "-o", file.path, "--lang", "en"])
        #expect(kept.status == 2)
        #expect(kept.stderr.contains("exists; use --force"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "{\"kept\": true}")
        #expect(try EizinBinary.run(["new", "lost-card-request", "-o", file.path, "--force"]).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == stdout.stdout)
    }

    /// A draft treats "" and null like a missing member, whatever wrote them; a value that
    /// is filled in is still checked.
    @Test func draftTreatsEmptyLikeMissingButChecksWhatIsFilledIn() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("draft.json")
        let made = try EizinBinary.run(["new", "academic-application", "--path", "yok"])
        let filled = made.stdout.replacingOccurrences(of: "\"birthDate\": \"\"", with: "\"birthDate\": \"1984-02-30\"")
        #expect(filled != made.stdout)
        try Data(filled.utf8).write(to: file)
        let run = try EizinBinary.run(["validate", "--draft", "--today", "2025-06-01", "--lang", "en", file.path])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2, "one finding and the summary: \(run.stdout)")
        #expect(lines.first?.contains("error calendar-date: Birth date (/identity/personal/birthDate)") == true, "\(run.stdout)")
    }
}
