import Foundation

/// Finds nst/JSONTestSuite's `test_parsing` folder: $JSON_TEST_SUITE (the suite or its
/// `test_parsing` folder), else `../shared/json-test-suite` beside the package, else
/// /work/shared/json-test-suite.
enum JSONTestSuiteLocation {
    static let parsingDirectory: URL? = SharedSuiteLocator.locate(
        environmentVariable: "JSON_TEST_SUITE", folder: "json-test-suite"
    ) { candidate in
        [candidate.appendingPathComponent("test_parsing"), candidate].first(where: isParsingDirectory)
    }

    static var shouldRun: Bool { SharedSuiteLocator.shouldRun(found: parsingDirectory) }

    private static func isParsingDirectory(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("y_structure_lonely_null.json").path)
    }
}
