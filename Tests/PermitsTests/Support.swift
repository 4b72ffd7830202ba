import CivilDates
import Foundation
import JSONSchema
@testable import Permits

/// The repository's root, found from this file's path (tests run from anywhere).
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func readJSON(_ relativePath: String) throws -> JSONDocument {
    let data = try Data(contentsOf: repositoryRoot.appendingPathComponent(relativePath))
    return try JSONParser.parse([UInt8](data))
}

func date(_ iso: String) -> CivilDate {
    guard let d = CivilDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return d
}

/// Builds an object value from literal pairs, keeping their order.
func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(pairs.map { ($0.key, $0.value) })
}
