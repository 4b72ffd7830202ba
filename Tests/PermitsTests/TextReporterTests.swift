import Foundation
import JSONSchema
import Testing
@testable import Permits

/// The text format is one finding per line, whatever the file holds.
@Suite struct TextReporterTests {
    @Test func controlCharactersAreEscapedNotPrinted() {
        #expect(TextReporter.oneLine("plain — İğüş 😀") == "plain — İğüş 😀")
        #expect(TextReporter.oneLine("a\nb\r\tc") == #"a\nb\r\tc"#)
        #expect(TextReporter.oneLine("bell\u{7} del\u{7F} nel\u{85} ls\u{2028}") == #"bell\u0007 del\u007F nel\u0085 ls\u2028"#)
    }

    @Test func aValueWithALineBreakStaysOnItsFindingsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.json")
        try Data(#"{"kind": "lost-card-request", "permit": {"number": "A1"}, "incident": {"type": "lost", "date": "2025-01-01\n"}, "x\ny": 1}"#.utf8)
            .write(to: file)
        let report = try ValidationRun(settings: ValidationSettings(today: date("2025-06-01")), language: .en).run(paths: [file.path])
        let lines = TextReporter.render(report).split(separator: "\n")
        #expect(lines.count == 3, "two findings and the summary: \(lines)")
        #expect(lines.contains { $0.contains(#"unknown-field: x\ny (/x\ny)"#) })
        #expect(lines.contains { $0.contains(#""2025-01-01\n" is not a date the file can use"#) })
    }
}

/// `eizin validate --schema`'s text lines (TextReporter.schemaLines).
@Suite struct SchemaLinesTests {
    @Test func failuresAndCountedGroups() throws {
        let schema = try CompiledSchema(["items": ["type": "string"]], options: ValidationOptions(maxErrors: 1))
        let document = try JSONParser.parse("[1,\n 2, 3]")
        let lines = InstanceReport.lines(schema.validate(document.value), in: document)
        #expect(TextReporter.schemaLines(lines, file: "d.json", paint: .init(enabled: false)) == [
            #"d.json:1:2: expected string, found number [instance "/0", schema "/items/type"]"#,
            #"d.json:2:2: and 2 more like this [schema "/items/type"]"#,
        ])
        let uncounted = [InstanceReport.Line(entry: .moreUncounted, position: nil)]
        #expect(TextReporter.schemaLines(uncounted, file: "d.json", paint: .init(enabled: false)) == ["d.json: and more errors, not listed"])
    }
}
