import Foundation
import Testing

/// End-to-end tests of the `eizin` executable as a user or a script runs it: exit codes,
/// where messages go, and what is left on disk. The library behaviour behind each command is
/// tested in the module test targets; these tests pin the contract of the command line.
@Suite struct CommandLineTests {
    let examples = EizinBinary.packageRoot.appendingPathComponent("forms/examples")

    @Test func helpListsEverySubcommand() throws {
        let run = try EizinBinary.run(["--help"])
        #expect(run.status == 0)
        for command in ["build", "validate", "schemas", "rules"] {
            #expect(run.stdout.contains(command), "help should mention \(command)")
        }
    }

    @Test func usageErrorsExitTwo() throws {
        let unknownOption = try EizinBinary.run(["validate", "--bogus"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.contains("--bogus"))

        // --today is a date argument: ArgumentParser's own message names the option.
        let badDate = try EizinBinary.run(["validate", "--today", "2023-02-29", "x.json"])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("The value '2023-02-29' is invalid for '--today <yyyy-mm-dd>'"), "\(badDate.stderr)")
        #expect(badDate.stdout.isEmpty)

        let noFiles = try EizinBinary.run(["validate"])
        #expect(noFiles.status == 2)
        #expect(noFiles.stderr.contains("no files given") && noFiles.stderr.contains("Usage: eizin validate"), "\(noFiles.stderr)")
    }

    /// Past the validator's cap (1000 listed failures a file), generic mode says how many more,
    /// in the application mode's words, where the first of them stands.
    @Test func genericModeSaysHowManyMorePastTheCap() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("schema.json"), data = folder.appendingPathComponent("data.json")
        try Data(#"{"items": {"type": "string"}}"#.utf8).write(to: schema)
        try Data(("[" + Array(repeating: "1", count: 1234).joined(separator: ",") + "]").utf8).write(to: data)
        let run = try EizinBinary.run(["validate", "--schema", schema.path, data.path])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1001, "\(lines.count)")
        // The 1001st value is at byte 2001: column 2002.
        #expect(lines.last == "\(data.path):1:2002: and 234 more like this [schema \"/items/type\"]", "\(lines.last ?? "")")
    }

    @Test func validExampleExitsZero() throws {
        let file = examples.appendingPathComponent("academic-application/valid-yok-approved.json")
        let run = try EizinBinary.run(["validate", "--today", "2025-06-01", "--lang", "en", file.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("0 errors"))
    }

    @Test func brokenRuleNamesFileLineRuleAndGuideStepInBothLanguages() throws {
        let file = examples.appendingPathComponent("academic-application/invalid-passport-60-days.json")
        for (lang, summary) in [("tr", "1 hata"), ("en", "1 error")] {
            let run = try EizinBinary.run(["validate", "--today", "2025-06-01", "--lang", lang, file.path])
            #expect(run.status == 1)
            #expect(run.stdout.contains("\(file.path):63:12: error passport-expiry-60-days:"))
            #expect(run.stdout.contains("(/permit/end)"))
            #expect(run.stdout.contains("— \(lang)/basvuru-sonuclandirma.html#uyari-pasaport-60-gun"))
            #expect(run.stdout.contains(summary), "\(lang): \(run.stdout)")
        }
    }

    @Test func strictMakesWarningsFail() throws {
        let file = examples.appendingPathComponent("academic-application/warning-foreign-id-98.json")
        let lenient = try EizinBinary.run(["validate", "--today", "2025-06-01", file.path])
        #expect(lenient.status == 0, "\(lenient.stdout)")
        #expect(lenient.stdout.contains("warning"))
        let strict = try EizinBinary.run(["validate", "--today", "2025-06-01", "--strict", file.path])
        #expect(strict.status == 1)
    }

    @Test func unparsableFileExitsTwoWithPositionAndDoesNotStopTheOthers() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"kind\": \"lost-card-request\",\n  \"a\": 1,}\n".utf8)
            .write(to: folder.appendingPathComponent("a-broken.json"))
        try FileManager.default.copyItem(
            at: examples.appendingPathComponent("academic-application/invalid-passport-60-days.json"),
            to: folder.appendingPathComponent("b-app.json"))
        try FileManager.default.copyItem(
            at: examples.appendingPathComponent("academic-application/files"),
            to: folder.appendingPathComponent("files"))

        let run = try EizinBinary.run(["validate", "--today", "2025-06-01", "--lang", "en", folder.path])
        #expect(run.status == 2, "unreadable input wins over findings")
        #expect((run.stdout + run.stderr).contains("a-broken.json:2:10:"), "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("b-app.json:63:12: error passport-expiry-60-days"), "the good file is still checked")
    }

    /// Under --lang tr every file-level line is Turkish, down to the JSON syntax error the
    /// parser words in English, and keeps FILE:LINE:COLUMN.
    @Test func fileFailuresAreTurkishUnderLangTr() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try Data("{\"kind\": \"lost-card-request\",\n  \"a\": 1,}\n".utf8).write(to: URL(fileURLWithPath: file("broken.json")))
        try Data("{\n  \"kind\": \"lost-card-request\",\n  \"kind\": \"visa\"\n}".utf8).write(to: URL(fileURLWithPath: file("twice.json")))
        try Data([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]).write(to: URL(fileURLWithPath: file("utf16.json")))
        try Data("{\"kind\": \"visa\"}".utf8).write(to: URL(fileURLWithPath: file("visa.json")))
        _ = FileManager.default.createFile(atPath: file("huge.json"), contents: nil)
        let huge = try FileHandle(forWritingTo: URL(fileURLWithPath: file("huge.json")))
        try huge.truncate(atOffset: 17 * 1024 * 1024)  // sparse: refused by its size before any read
        try huge.close()
        try FileManager.default.createDirectory(atPath: file("empty"), withIntermediateDirectories: false)

        let run = try EizinBinary.run(["validate", "--lang", "tr", file("broken.json"), file("twice.json"), file("utf16.json"),
                                       file("visa.json"), file("huge.json"), file("empty"), file("missing.json")])
        #expect(run.status == 2)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let expected = [
            "\(file("broken.json")):2:10: error: geçerli JSON değil: ',' işaretinden sonra bir üye adı bekleniyordu, '}' bulundu (sonda virgül olamaz)",
            "\(file("twice.json")):3:3: error: geçerli JSON değil: \"kind\" anahtarı 3:3'te yineleniyor, ilk tanımı 2:3'te",
            "\(file("utf16.json")):1:1: error: geçerli JSON değil: dosya UTF-16 kodlamasında; UTF-8 olarak kaydedin",
            "\(file("visa.json")):1:10: error: bilinmeyen başvuru türü \"visa\"",
            "\(file("huge.json")): error: dosya okunamadı: dosya çok büyük (17825792 bayt; en çok 16777216 bayt okunur)",
            "\(file("empty")): error: bu klasörde *.json dosyası yok",
            "\(file("missing.json")): error: dosya okunamadı: böyle bir dosya yok",
        ]
        for line in expected {
            #expect(lines.contains { $0.hasPrefix(line) }, "missing \(line) in:\n\(run.stdout)")
        }
        // Apart from the machine-readable "error" keyword, nothing English is left.
        for line in lines {
            let words = line.replacingOccurrences(of: ": error: ", with: " ").lowercased()
            for english in ["expected", "found", "not valid", "cannot", "input", "file:", "no such", "too large", "checked"] {
                #expect(!words.contains(english), "\(english) in: \(line)")
            }
        }
    }

    @Test func missingFileExitsTwo() throws {
        let run = try EizinBinary.run(["validate", "/nonexistent/application.json"])
        #expect(run.status == 2)
        #expect((run.stdout + run.stderr).contains("/nonexistent/application.json"))
        #expect(run.stdout.contains("cannot read the file: no such file"), "the message says why: \(run.stdout)")
    }

    @Test func folderWithoutJSONFilesIsReportedNotPassed() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not json".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let run = try EizinBinary.run(["validate", "--lang", "en", folder.path])
        #expect(run.status == 2, "checking nothing is not success: \(run.stdout)")
        #expect(run.stdout.contains("\(folder.path): error: no *.json file in this folder"), "\(run.stdout)")
        let generic = try EizinBinary.run(["validate", "--schema", examples.appendingPathComponent("../academic-application.schema.json").path, folder.path])
        #expect(generic.status == 2, "\(generic.stdout)")
        #expect(generic.stdout.contains("no *.json file in this folder"))
    }

    @Test func genericSchemaModeExitCodes() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("schema.json")
        try Data(#"{"type": "object", "required": ["name"], "properties": {"age": {"minimum": 0}}}"#.utf8).write(to: schema)
        let good = folder.appendingPathComponent("good.json")
        try Data(#"{"name": "x", "age": 3}"#.utf8).write(to: good)
        let bad = folder.appendingPathComponent("bad.json")
        try Data("{\n  \"age\": -1\n}\n".utf8).write(to: bad)

        #expect(try EizinBinary.run(["validate", "--schema", schema.path, good.path]).status == 0)

        let invalid = try EizinBinary.run(["validate", "--schema", schema.path, bad.path])
        #expect(invalid.status == 1)
        #expect(invalid.stdout.contains("bad.json:2:10:"), "\(invalid.stdout)")

        let basic = try EizinBinary.run(["validate", "--schema", schema.path, "--output", "basic", bad.path])
        #expect(basic.status == 1)
        #expect(basic.stdout.contains("\"instanceLocation\""))

        let brokenSchema = folder.appendingPathComponent("broken.schema.json")
        try Data(#"{"type": 12}"#.utf8).write(to: brokenSchema)
        #expect(try EizinBinary.run(["validate", "--schema", brokenSchema.path, good.path]).status == 2)
    }

    @Test func genericOutputFormatKeepsStdoutPureJSON() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("schema.json")
        try Data(#"{"type": "object"}"#.utf8).write(to: schema)
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: data.appendingPathComponent("good.json"))

        let mixed = try EizinBinary.run(["validate", "--schema", schema.path, "--output", "flag",
                                         data.appendingPathComponent("good.json").path, folder.appendingPathComponent("missing.json").path])
        #expect(mixed.status == 2)
        let parsed = try JSONSerialization.jsonObject(with: Data(mixed.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 1, "stdout is one JSON document: \(mixed.stdout)")
        #expect(mixed.stderr.contains("missing.json: cannot read the file: no such file"), "\(mixed.stderr)")

        let oneFile = try EizinBinary.run(["validate", "--schema", schema.path, "--output", "flag", data.appendingPathComponent("good.json").path])
        #expect(oneFile.stdout == "{\n  \"valid\": true\n}\n", "a file named alone gives its unit")
        let folderOfOne = try EizinBinary.run(["validate", "--schema", schema.path, "--output", "flag", data.path])
        #expect(folderOfOne.stdout.hasPrefix("["), "a folder always gives a list, however many files it holds: \(folderOfOne.stdout)")
    }

    @Test func genericFindingsAreInFileOrderAndNameProblemsPointAtTheKey() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("schema.json")
        try Data(#"{"properties": {"a": {"type": "integer"}}, "additionalProperties": false, "required": ["b"]}"#.utf8).write(to: schema)
        let data = folder.appendingPathComponent("data.json")
        try Data("{\n  \"a\": 1.5,\n  \"extra\": 2\n}\n".utf8).write(to: data)
        let run = try EizinBinary.run(["validate", "--schema", schema.path, data.path])
        #expect(run.status == 1)
        let locations = run.stdout.split(separator: "\n").map { line in
            String(line.dropFirst(data.path.count + 1).prefix { $0 != " " })
        }
        #expect(locations == ["1:1:", "2:8:", "3:3:"], "required at the object, type at the value, the unknown member at its key: \(run.stdout)")
    }

    /// `--files-from LIST` checks the listed files like arguments, in the same order, with
    /// the same findings (it exists for lists longer than a command line or than the
    /// argument parser handles quickly); files are validated on several cores, and the
    /// output stays in file order.
    @Test func filesFromListsFilesLikeArguments() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("schema.json")
        try Data(#"{"type": "object", "properties": {"id": {"type": "string", "pattern": "^[0-9]{3}$"}}}"#.utf8).write(to: schema)
        var names: [String] = []
        for index in 0..<40 {
            let file = folder.appendingPathComponent("f\(index).json")
            try Data((index % 3 == 0 ? #"{"id": "12"}"# : #"{"id": "123"}"#).utf8).write(to: file)
            names.append(file.path)
        }
        let list = folder.appendingPathComponent("list.txt")
        try Data((names.joined(separator: "\r\n") + "\n\n").utf8).write(to: list)
        let direct = try EizinBinary.run(["validate", "--schema", schema.path] + names)
        let listed = try EizinBinary.run(["validate", "--schema", schema.path, "--files-from", list.path])
        #expect(direct.status == 1 && listed.status == 1)
        #expect(listed.stdout == direct.stdout)
        #expect(direct.stdout.split(separator: "\n").count == 14, "\(direct.stdout)")
        #expect(direct.stdout.hasPrefix("\(names[0]):1:8: '12' does not match the pattern ^[0-9]{3}$"), "\(direct.stdout)")
        let missing = try EizinBinary.run(["validate", "--schema", schema.path, "--files-from", folder.appendingPathComponent("none").path])
        #expect(missing.status == 2 && missing.stderr.contains("--files-from"), "\(missing.stderr)")
    }

    @Test func genericModeRefusesSchemasItWouldMisread() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data.json")
        try Data(#"{"a": 1}"#.utf8).write(to: data)
        func run(_ schema: String) throws -> EizinBinary.Result {
            let file = folder.appendingPathComponent("schema.json")
            try Data(schema.utf8).write(to: file)
            return try EizinBinary.run(["validate", "--schema", file.path, data.path])
        }
        let typo = try run(#"{"type": "strin"}"#)
        #expect(typo.status == 2, "a schema the meta-schema rejects is a bad schema, not a failing file")
        #expect(typo.stderr.contains("schema.json:1:10: invalid schema: 'strin' is not one of the allowed values"), "\(typo.stderr)")
        #expect(typo.stderr.split(separator: "\n").count == 1, "one line per mistake: \(typo.stderr)")
        #expect(typo.stdout.isEmpty)

        let draft7 = try run(#"{"$schema": "http://json-schema.org/draft-07/schema#", "items": [{"type": "string"}]}"#)
        #expect(draft7.status == 2, "draft-07 would be read with 2020-12 semantics")
        #expect(draft7.stderr.contains("declares draft-07"), "\(draft7.stderr)")

        #expect(try run(#"{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}"#).status == 0)
        #expect(try run("true").status == 0)
    }

    /// A custom `$schema` skips the 2020-12 meta-schema check; an invalid keyword value
    /// must still be an invalid schema (exit 2), not a crash while validating.
    @Test func customMetaSchemaWithAnInvalidKeywordIsAnInvalidSchema() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data.json")
        try Data(#"{"a": 1}"#.utf8).write(to: data)
        let schema = folder.appendingPathComponent("schema.json")
        try Data(#"{"$schema": "https://example.com/my-meta", "type": []}"#.utf8).write(to: schema)
        let run = try EizinBinary.run(["validate", "--schema", schema.path, data.path])
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("invalid schema") && run.stderr.contains("/type: must name at least one type"), "\(run.stderr)")
    }

    @Test func applicationOptionsAreRefusedInGenericMode() throws {
        let schema = EizinBinary.packageRoot.appendingPathComponent("forms/lost-card-request.schema.json").path
        let file = examples.appendingPathComponent("lost-card-request/invalid-incident-type.json").path
        for option in [["--format", "json"], ["--draft"], ["--today", "2025-06-01"], ["--lang", "tr"], ["--kind", "lost-card-request"], ["--strict"]] {
            let run = try EizinBinary.run(["validate", "--schema", schema] + option + [file])
            #expect(run.status == 2, "\(option) should be a usage error with --schema")
            #expect(run.stderr.contains("\(option[0]) cannot be used with --schema"), "\(run.stderr)")
            #expect(run.stdout.isEmpty, "nothing is validated")
        }
        #expect(try EizinBinary.run(["validate", "--schema", schema, "--format", "text", file]).status == 1, "the default is harmless")
    }

    @Test func helpTeachesTheLineFormatAndExamples() throws {
        let validate = try EizinBinary.run(["validate", "--help"])
        #expect(validate.status == 0)
        for text in ["FILE:LINE:COLUMN: error|warning RULE-ID", "Examples:", "eizin validate --lang tr", "--today <yyyy-mm-dd>", "Exit status"] {
            #expect(validate.stdout.contains(text), "validate --help should show \(text)")
        }
        let rules = try EizinBinary.run(["rules", "--help"])
        #expect(rules.stdout.contains("Examples:") && rules.stdout.contains("--lang <tr|en>"), "\(rules.stdout)")
        let schemas = try EizinBinary.run(["schemas", "--help"])
        #expect(schemas.stdout.contains("Exit status"), "\(schemas.stdout)")
    }

    @Test func schemasIntoAFileIsAClearErrorNotADump() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("forms")
        try Data().write(to: file)
        let run = try EizinBinary.run(["schemas", "--output", file.path])
        #expect(run.status == 2)
        #expect(run.stderr == "eizin schemas: \(file.path) is a file, not a folder\n", "\(run.stderr)")
        let below = try EizinBinary.run(["schemas", "--output", file.appendingPathComponent("sub").path])
        #expect(below.status == 2)
        #expect(below.stderr.hasPrefix("eizin schemas: cannot write "), "\(below.stderr)")
        #expect(!below.stderr.contains("Domain="), "no Foundation error dump: \(below.stderr)")
    }

    /// A full disk used to trap (`FileHandle.write` has a `try!` inside) or, with `print`,
    /// to exit 0 having written nothing; a closed standard output trapped too.
    @Test func outputThatCannotBeWrittenIsAnErrorNotACrash() throws {
        let valid = examples.appendingPathComponent("academic-application/valid-yok-approved.json").path
        let schema = EizinBinary.packageRoot.appendingPathComponent("forms/academic-application.schema.json").path
        let commands: [(String, [String])] = [
            ("rules", ["rules"]), ("rules", ["rules", "--format", "json"]),
            ("validate", ["validate", "--today", "2025-06-01", valid]),
            ("validate", ["validate", "--today", "2025-06-01", "--format", "sarif", valid]),
            ("validate", ["validate", "--schema", schema, "--output", "basic", valid]),
            ("schemas", ["schemas", "--check", "--output", EizinBinary.packageRoot.appendingPathComponent("forms").path]),
        ]
        for (name, arguments) in commands {
            for target in [EizinBinary.Stdout.fullDisk, .closed] {
                let run = try EizinBinary.run(arguments, stdout: target)
                #expect(run.status == 2, "\(arguments) > \(target): \(run.status) \(run.stderr)")
                #expect(run.stderr.hasPrefix("eizin \(name): the output could not be written: "), "\(arguments) > \(target): \(run.stderr)")
                #expect(run.stderr.contains(target == .fullDisk ? "No space left on device" : "Bad file descriptor"), "\(run.stderr)")
            }
        }
    }

    @Test func committedSchemasAreCurrent() throws {
        let run = try EizinBinary.run(["schemas", "--check", "--output", EizinBinary.packageRoot.appendingPathComponent("forms").path])
        #expect(run.status == 0, "forms/ is stale: run `eizin schemas` (\(run.stdout)\(run.stderr))")
    }

    @Test func rulesCatalogueInBothLanguages() throws {
        let tr = try EizinBinary.run(["rules", "--lang", "tr"])
        let en = try EizinBinary.run(["rules", "--lang", "en"])
        #expect(tr.status == 0 && en.status == 0)
        for id in ["passport-expiry-60-days", "extension-too-early", "extension-too-late"] {
            #expect(tr.stdout.contains(id) && en.stdout.contains(id), "\(id) missing from the catalogue")
        }
        #expect(tr.stdout != en.stdout)
    }

    @Test func buildWithBrokenLinkExitsOneAndKeepsThePreviousSite() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        let output = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: EizinBinary.packageRoot.appendingPathComponent("content"), to: content)

        let first = try EizinBinary.run(["build", "--content", content.path, "--output", output.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Built "))
        let before = try Data(contentsOf: output.appendingPathComponent("tr/yardim.html"))

        let page = content.appendingPathComponent("tr/yardim.md")
        var text = try String(contentsOf: page, encoding: .utf8)
        text += "\nBkz. [olmayan adım](basvuru-adimlari.md#adim-99-1).\n"
        try text.write(to: page, atomically: true, encoding: .utf8)

        let second = try EizinBinary.run(["build", "--content", content.path, "--output", output.path])
        #expect(second.status == 1)
        #expect(second.stderr.contains("tr/yardim.md:"), "\(second.stderr)")
        #expect(second.stderr.contains("#adim-99-1"))
        let after = try Data(contentsOf: output.appendingPathComponent("tr/yardim.html"))
        #expect(before == after, "a failed build must leave the previous site as it was")
    }

    @Test func buildOfMissingContentFolderFails() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try EizinBinary.run(["build", "--content", folder.appendingPathComponent("nope").path,
                                 "--output", folder.appendingPathComponent("site").path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("nope"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))
    }

    @Test func buildUsageErrorsExitTwoAndNameTheProblem() throws {
        let inside = try EizinBinary.run(["build", "--output", "content/site"])
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("--output must be outside --content"), "\(inside.stderr)")
        let around = try EizinBinary.run(["build", "--output", "."])
        #expect(around.status == 2)
        #expect(around.stderr.contains("--output must not contain --content"), "\(around.stderr)")
        let baseURL = try EizinBinary.run(["build", "--output", "/nonexistent/site", "--base-url", "ftp://example.org/"])
        #expect(baseURL.status == 2)
        #expect(baseURL.stderr.contains("--base-url must start with https:// or http://"))
    }

    /// Two builds inside one test process iterate every Set and Dictionary in the same
    /// order; two processes have different hash seeds, so only they catch an unsorted loop.
    @Test func buildsInSeparateProcessesAreByteIdentical() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var trees: [[String: Data]] = []
        for name in ["a", "b"] {
            let output = folder.appendingPathComponent(name)
            let run = try EizinBinary.run(["build", "--output", output.path])
            #expect(run.status == 0, "\(run.stderr)")
            var files: [String: Data] = [:]
            let enumerator = try #require(FileManager.default.enumerator(atPath: output.path))
            for case let path as String in enumerator {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: output.path + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                    files[path] = try Data(contentsOf: output.appendingPathComponent(path))
                }
            }
            trees.append(files)
        }
        #expect(trees[0].count > 30)
        #expect(trees[0].keys.sorted() == trees[1].keys.sorted())
        for (path, data) in trees[0] where trees[1][path] != data {
            Issue.record("\(path) differs between two builds")
        }
    }
}

/// Runs the executable built next to this test bundle.
enum EizinBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var executable: URL {
        // swift test builds `eizin` (a dependency of this target) into the same folder as
        // the test bundle.
        let bundleFolder = Bundle.main.bundleURL
        for folder in [bundleFolder, bundleFolder.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("eizin")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return bundleFolder.appendingPathComponent("eizin")
    }

    /// Where standard output goes when it is not captured.
    enum Stdout { case captured, fullDisk, closed }

    static func run(_ arguments: [String], stdout target: Stdout = .captured) throws -> Result {
        if target != .captured { return try runWithoutCapturedOutput(arguments, target) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Standard output to /dev/full (every write fails with ENOSPC), or closed (EBADF), via
    /// the shell, which Foundation's `Process` cannot do; standard error is captured.
    private static func runWithoutCapturedOutput(_ arguments: [String], _ target: Stdout) throws -> Result {
        let quoted = ([executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let redirect = target == .fullDisk ? ">/dev/full" : ">&-"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec " + quoted.joined(separator: " ") + " " + redirect]
        process.currentDirectoryURL = packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("eizin-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
