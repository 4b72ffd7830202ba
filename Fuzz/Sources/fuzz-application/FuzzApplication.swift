// libFuzzer target: the application validator on arbitrary input, every form kind, then
// the three reports. Built and run by scripts/fuzz (docs/testing.md, "Fuzzing").
import CivilDates
import FuzzDriver
import JSONSchema
import Permits

func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz-application: \(message())") }
}

/// Files that exist or not, by their name's length: every file rule gets its turn.
struct FakeFiles: FileAccess {
    func inspect(_ relativePath: String) -> FileFacts {
        switch relativePath.utf8.count % 6 {
        case 0: .outsideFolder
        case 1: .missing
        case 2: .notAFile(.folder)
        case 3: .file(size: 0, type: .unknown)
        case 4: .file(size: 12_000_000, type: .pdf)
        default: .file(size: 40_000, type: relativePath.hasSuffix(".png") ? .png : .jpeg)
        }
    }
}

/// Compiled once per process; compiling must succeed for every kind.
let validators: [FormKind: ApplicationValidator] = Dictionary(uniqueKeysWithValues: FormKind.allCases.map { kind in
    (kind, try! ApplicationValidator(form: FormCatalog.definition(for: kind)))
})
let today = CivilDate(year: 2025, month: 6, day: 15)!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzApplication(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let file: FileReport
    do {
        let document = try JSONParser.parse(bytes)
        // The kind the file names, else one chosen by the input's length.
        let kind: FormKind
        switch KindDetection.detect(document.value) {
        case .success(let detected): kind = detected
        case .failure(let failure):
            _ = failure.message(.tr) + failure.message(.en)
            _ = document.position(of: failure.pointer)
            kind = FormKind.allCases[count % FormKind.allCases.count]
        }
        let settings = ValidationSettings(today: today, draft: count % 3 == 0)
        let findings = validators[kind]!.validate(document.value, document: document, settings: settings,
                                                  files: count % 5 == 0 ? nil : FakeFiles())
        for finding in findings {
            check(!finding.message.en.isEmpty && !finding.message.tr.isEmpty, "a finding without a message: \(finding)")
            if let position = finding.position {
                check(position.offset >= 0 && position.offset < bytes.count, "finding position \(position.offset) outside the input")
            }
        }
        file = FileReport(path: "fuzz.json", kind: kind, findings: findings)
    } catch {
        let message = error.localizedMessage
        check(!message.tr.isEmpty && !message.en.isEmpty, "a parse error without a message")
        file = FileReport(path: "fuzz.json", failure: FileFailure(message: message, position: error.position))
    }
    for language in Language.allCases {
        let report = RunReport(files: [file], language: language)
        _ = TextReporter.render(report, paint: TextReporter.Paint(enabled: count % 2 == 0))
        let json = JSONReporter.render(report)
        let sarif = SARIFReporter.render(report)
        check((try? JSONParser.parse(json)) != nil, "the JSON report does not parse")
        check((try? JSONParser.parse(sarif)) != nil, "the SARIF report does not parse")
    }
    return 0
}

/// SwiftPM renames an executable's `main` to `fuzz_application_main`; start libFuzzer from there.
@_cdecl("fuzz_application_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    eizin_fuzz_main(argc, argv)
}
