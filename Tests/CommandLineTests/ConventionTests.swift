import Foundation
import Testing

/// The conventions people expect from command-line tools: `-` for standard input,
/// `--version`, colour only on a terminal (NO_COLOR, --color), a summary that counts files
/// by outcome, and shell completions.
@Suite struct ConventionTests {
    let examples = EizinBinary.packageRoot.appendingPathComponent("forms/examples")
    var invalid: String { examples.appendingPathComponent("academic-application/invalid-passport-60-days.json").path }

    // MARK: - standard input

    @Test func dashReadsStandardInputAndFindsThePhotoInTheCurrentFolder() throws {
        let folder = examples.appendingPathComponent("academic-application")
        let valid = try Data(contentsOf: folder.appendingPathComponent("valid-yok-approved.json"))
        // In the example's folder, files/photo.png is found: the current folder stands in
        // for the folder a piped file does not have.
        let here = try EizinBinary.runWith(["validate", "--today", "2025-06-01", "-"], in: folder, input: valid)
        #expect(here.status == 0, "\(here.stdout)\(here.stderr)")
        #expect(here.stdout.contains("Checked 1 file: 1 clean"), "\(here.stdout)")

        // Elsewhere, the photo is missing, and the finding names <stdin>.
        let elsewhere = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let there = try EizinBinary.runWith(["validate", "--today", "2025-06-01", "-"], in: elsewhere, input: valid)
        #expect(there.status == 1)
        #expect(there.stdout.contains("<stdin>:31:12: error file-exists:"), "\(there.stdout)")

        let broken = try EizinBinary.runWith(["validate", "-"], input: Data("{\"kind\": \"lost-card-request\",\n  \"a\": 1,}".utf8))
        #expect(broken.status == 2)
        #expect(broken.stdout.hasPrefix("<stdin>:2:10: error: not valid JSON"), "\(broken.stdout)")
    }

    @Test func dashWorksInGenericModeAndOnlyOnce() throws {
        let schema = EizinBinary.packageRoot.appendingPathComponent("forms/lost-card-request.schema.json").path
        let data = try Data(contentsOf: examples.appendingPathComponent("lost-card-request/invalid-incident-type.json"))
        let generic = try EizinBinary.runWith(["validate", "--schema", schema, "-"], input: data)
        #expect(generic.status == 1, "\(generic.stdout)\(generic.stderr)")
        #expect(generic.stdout.hasPrefix("<stdin>:"), "\(generic.stdout)")

        let twice = try EizinBinary.runWith(["validate", "-", "-"], input: data)
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("standard input (-) can be read only once"), "\(twice.stderr)")
    }

    // MARK: - version

    /// The revision `--version` names is the one content/site.yml declares: a new guide
    /// revision must update Sources/eizin/Version.swift too.
    @Test func versionNamesTheGuideRevisionOfSiteYml() throws {
        let run = try EizinBinary.run(["--version"])
        #expect(run.status == 0)
        let yml = try String(contentsOf: EizinBinary.packageRoot.appendingPathComponent("content/site.yml"), encoding: .utf8)
        let number = try #require(yml.firstMatch(of: /revision:\s*\n\s+number:\s*(\d+)\s*\n\s+date:\s*(\d{4}-\d{2}-\d{2})/))
        #expect(run.stdout.hasPrefix("eizin "), "\(run.stdout)")
        #expect(run.stdout.contains("guide revision \(number.1) of \(number.2)"), "site.yml says revision \(number.1) of \(number.2); --version says \(run.stdout)")
        #expect(run.stdout.firstMatch(of: #/^eizin \d+\.\d+\.\d+ /#) != nil, "a semantic version first: \(run.stdout)")
    }

    // MARK: - colour

    static let escape = "\u{1B}["

    @Test func colorAlwaysColoursTheSeverityAndLocationButNeverWhenPipedByDefault() throws {
        let always = try EizinBinary.runWith(["validate", "--today", "2025-06-01", "--color", "always", invalid])
        #expect(always.status == 1)
        #expect(always.stdout.contains("\u{1B}[1;31merror\u{1B}[0m passport-expiry-60-days"), "\(always.stdout)")
        #expect(always.stdout.contains("\u{1B}[1m\(invalid):63:12\u{1B}[0m: "), "\(always.stdout)")
        let summary = try #require(always.stdout.split(separator: "\n").last)
        #expect(!summary.contains(Self.escape), "the summary stays plain")

        let auto = try EizinBinary.runWith(["validate", "--today", "2025-06-01", invalid])
        #expect(!auto.stdout.contains(Self.escape), "a pipe gets no colour: \(auto.stdout)")
        let never = try EizinBinary.runWith(["validate", "--today", "2025-06-01", "--color", "never", invalid])
        #expect(!never.stdout.contains(Self.escape))
        // Only the text format is coloured.
        let json = try EizinBinary.runWith(["validate", "--today", "2025-06-01", "--color", "always", "--format", "json", invalid])
        #expect(!json.stdout.contains(Self.escape))
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
    }

    @Test func alwaysWinsOverNoColorAndNoColorWinsOverAuto() throws {
        let always = try EizinBinary.runWith(["validate", "--today", "2025-06-01", "--color", "always", invalid], environment: ["NO_COLOR": "1"])
        #expect(always.stdout.contains(Self.escape), "--color always is the user's latest word")

        // On a terminal: colour by default, none with NO_COLOR (any non-empty value), and
        // an empty NO_COLOR does not count.
        guard let terminal = try EizinBinary.runOnTerminal(["validate", "--today", "2025-06-01", invalid]) else { return }
        #expect(terminal.contains("\u{1B}[1;31merror"), "a terminal gets colour: \(terminal)")
        let noColor = try #require(try EizinBinary.runOnTerminal(["validate", "--today", "2025-06-01", invalid], environment: ["NO_COLOR": "yes"]))
        #expect(!noColor.contains(Self.escape), "\(noColor)")
        let emptyNoColor = try #require(try EizinBinary.runOnTerminal(["validate", "--today", "2025-06-01", invalid], environment: ["NO_COLOR": ""]))
        #expect(emptyNoColor.contains(Self.escape))
        let dumb = try #require(try EizinBinary.runOnTerminal(["validate", "--today", "2025-06-01", invalid], environment: ["TERM": "dumb"]))
        #expect(!dumb.contains(Self.escape))
        let never = try #require(try EizinBinary.runOnTerminal(["validate", "--today", "2025-06-01", "--color", "never", invalid]))
        #expect(!never.contains(Self.escape))
    }

    @Test func badColorValueIsAUsageError() throws {
        let run = try EizinBinary.run(["validate", "--color", "sometimes", invalid])
        #expect(run.status == 2)
        #expect(run.stderr.contains("auto") && run.stderr.contains("always") && run.stderr.contains("never"), "\(run.stderr)")
    }

    // MARK: - summary

    /// Clean, with warnings, with errors, unreadable: each file counted once, by its worst
    /// outcome, in both languages and in JSON (the older fields unchanged).
    @Test func summaryCountsFilesByOutcome() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let academic = examples.appendingPathComponent("academic-application")
        for name in ["valid-yok-approved.json", "warning-foreign-id-98.json", "invalid-passport-60-days.json"] {
            try FileManager.default.copyItem(at: academic.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: academic.appendingPathComponent("files"), to: folder.appendingPathComponent("files"))
        try Data("{".utf8).write(to: folder.appendingPathComponent("z-broken.json"))

        let en = try EizinBinary.run(["validate", "--today", "2025-06-01", "--lang", "en", folder.path])
        #expect(en.status == 2)
        let enSummary = try #require(en.stdout.split(separator: "\n").last)
        #expect(enSummary.hasPrefix("Checked 4 files: 1 clean, 1 with warnings, 1 with errors, 1 unreadable; 1 error, "), "\(enSummary)")
        let tr = try EizinBinary.run(["validate", "--today", "2025-06-01", "--lang", "tr", folder.path])
        let trSummary = try #require(tr.stdout.split(separator: "\n").last)
        #expect(trSummary.hasPrefix("4 dosya denetlendi: 1 temiz, 1 uyarılı, 1 hatalı, 1 okunamadı; 1 hata, "), "\(trSummary)")

        let json = try EizinBinary.run(["validate", "--today", "2025-06-01", "--format", "json", folder.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["files"] == 4 && summary["errors"] == 1 && summary["unreadable"] == 1, "the old fields: \(summary)")
        #expect(summary["clean"] == 1 && summary["withWarnings"] == 1 && summary["withErrors"] == 1, "the new ones: \(summary)")
        #expect((summary["warnings"] ?? 0) >= 1)
    }

    // MARK: - completions

    @Test func completionScriptsOfferFilesAndTheOptionsValues() throws {
        for shell in ["bash", "zsh", "fish"] {
            let run = try EizinBinary.run(["--generate-completion-script", shell])
            #expect(run.status == 0, "\(shell): \(run.stderr)")
            for value in ["academic-application", "document-upload", "sarif", "always", "never", "exempt-in-turkey"] {
                #expect(run.stdout.contains(value), "\(shell) completion should offer \(value)")
            }
            for option in ["--kind", "--lang", "--format", "--color", "--schema", "--ref", "--site-url"] {
                #expect(run.stdout.contains(option.dropFirst(2)), "\(shell) completion should know \(option)")
            }
        }
        let bash = try EizinBinary.run(["--generate-completion-script", "bash"]).stdout
        #expect(bash.contains("'tr'$'\\n''en'"), "the languages")
        #expect(bash.contains("__eizin_add_completions -f"), "file names for the files to validate")
        let zsh = try EizinBinary.run(["--generate-completion-script", "zsh"]).stdout
        #expect(zsh.contains("_files -g '\\''*.json'\\''"), "--schema and --ref offer JSON files")
        let fish = try EizinBinary.run(["--generate-completion-script", "fish"]).stdout
        #expect(fish.contains("-rfka 'tr en'"), "the languages")
    }
}

/// The man page `scripts/share` writes (with swift-argument-parser's generate-manual
/// plugin, from the same definitions as --help). Generating it takes a release build, so
/// this checks the page `scripts/build` left in .build/share, when there is one.
@Suite struct ManualPageTests {
    @Test func manualPageDocumentsEveryCommandAndOption() throws {
        let page = EizinBinary.packageRoot.appendingPathComponent(".build/share/man/man1/eizin.1")
        let script = EizinBinary.packageRoot.appendingPathComponent("scripts/share")
        #expect(FileManager.default.isExecutableFile(atPath: script.path))
        guard let text = try? String(contentsOf: page, encoding: .utf8) else { return }
        #expect(text.hasPrefix(".\\\" \"Generated by swift-argument-parser\""))
        #expect(text.contains("e-\\[u0130]zin"), "the İ the generator drops is put back")
        for command in ["build", "validate", "new", "schemas", "rules"] {
            #expect(text.contains(".It Em \(command)"), "\(command) is documented")
        }
        for option in ["-color", "-site-url", "-ref", "-format-assertion", "-draft", "-path", "-version"] {
            #expect(text.contains("Fl \(option)"), "\(option) is documented")
        }
    }
}
