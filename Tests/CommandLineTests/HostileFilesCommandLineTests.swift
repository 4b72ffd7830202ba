import Foundation
import Testing

/// `eizin validate` with file names that are not UTF-8, as a shell passes them: Process
/// cannot put such bytes in argv, so these runs go through /bin/sh and printf.
@Suite struct HostileFilesCommandLineTests {
    let example = EizinBinary.packageRoot.appendingPathComponent("forms/examples/academic-application/invalid-passport-60-days.json")

    /// Runs `eizin` with `script`, a shell command line where `"$EIZIN"` is the binary.
    func shell(_ script: String) throws -> EizinBinary.Result {
        try EizinBinary.runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", script],
                                   environment: ["EIZIN": EizinBinary.executable.path])
    }

    /// A folder holding the invalid example as `ba\xFEvuru.json` (Windows-1254 "başvuru")
    /// with its photo.
    func withWindowsNamedApplication(_ body: (URL) throws -> Void) throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: example.deletingLastPathComponent().appendingPathComponent("files"),
                                         to: folder.appendingPathComponent("files"))
        let copy = try shell("cp '\(example.path)' '\(folder.path)'/\"$(printf 'ba\\376vuru.json')\"")
        #expect(copy.status == 0, "\(copy.stderr)")
        try body(folder)
    }

    /// Before: the folder looked empty ("no *.json file in this folder", exit 2) and the
    /// application with an error in it went unchecked.
    @Test func aFileNamedInWindows1254IsCheckedInAFolder() throws {
        try withWindowsNamedApplication { folder in
            let run = try shell("\"$EIZIN\" validate --lang en --today 2025-06-01 '\(folder.path)'")
            #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("\(folder.path)/ba\\xFEvuru.json:63:12: error passport-expiry-60-days:"), "\(run.stdout)")
            #expect(run.stdout.contains("Checked 1 file: 0 clean, 0 with warnings, 1 with errors, 0 unreadable; 1 error,"))
        }
    }

    /// Before: CommandLine.arguments decoded the name lossily (U+FFFD), so the file was
    /// "not found" (exit 2).
    @Test func aFileNamedInWindows1254IsReadWhenNamed() throws {
        try withWindowsNamedApplication { folder in
            let run = try shell("\"$EIZIN\" validate --lang tr --today 2025-06-01 '\(folder.path)'/\"$(printf 'ba\\376vuru.json')\"")
            #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("\(folder.path)/ba\\xFEvuru.json:63:12: error passport-expiry-60-days:"), "\(run.stdout)")
            let json = try shell("\"$EIZIN\" validate --format json --today 2025-06-01 '\(folder.path)'/\"$(printf 'ba\\376vuru.json')\"")
            #expect(json.stdout.contains(#""path" : "\#(folder.path)/ba\\xFEvuru.json""#) || json.stdout.contains(#""path": "\#(folder.path)/ba\\xFEvuru.json""#),
                    "valid JSON text, the byte escaped: \(json.stdout.prefix(300))")
            let generic = try shell("\"$EIZIN\" validate --schema forms/academic-application.schema.json '\(folder.path)'/\"$(printf 'ba\\376vuru.json')\"")
            #expect(generic.status == 0, "generic mode reads it too: \(generic.stdout)\(generic.stderr)")
        }
    }
}
