import Foundation
import JSONSchema
import Testing
@testable import Permits

@Suite struct SARIFTests {
    /// Columns count Unicode scalars, so the run must say so: under SARIF's default (UTF-16
    /// code units) a finding after an emoji would land one column off.
    @Test func columnsAreDeclaredAsCodePoints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eizin-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.json")
        try Data(#"{"kind": "lost-card-request", "x😀": 1, "y": 2}"#.utf8).write(to: file)
        let report = try ValidationRun(settings: ValidationSettings(today: date("2025-06-01"), draft: true), language: .en)
            .run(paths: [file.path])
        let sarif = try JSONParser.parse(SARIFReporter.render(report)).value
        func items(_ value: JSONValue?) -> [JSONValue] {
            if case .array(let list)? = value { return list }
            return []
        }
        let run = try #require(items(sarif[member: "runs"]).first)
        #expect(run[member: "columnKind"] == .string("unicodeCodePoints"))
        let columns = items(run[member: "results"]).compactMap { result in
            items(result[member: "locations"]).first?[member: "physicalLocation"]?[member: "region"]?[member: "startColumn"]
        }
        // "y" is the 40th scalar of the line (the 41st UTF-16 unit, as 😀 takes two).
        #expect(columns.contains(.number(JSONNumber(40))), "\(columns)")
    }
}
