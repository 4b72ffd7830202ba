import Foundation

/// Finds nst/JSONTestSuite's `test_parsing` folder: $JSON_TEST_SUITE (the suite or its
/// `test_parsing` folder), else `../shared/json-test-suite` beside the package, else
/// /work/shared/json-test-suite.
enum JSONTestSuiteLocation {
    static let parsingDirectory: URL? = {
        var candidates: [URL] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["JSON_TEST_SUITE"], !fromEnvironment.isEmpty {
            candidates.append(URL(fileURLWithPath: fromEnvironment))
        }
        if let root = packageRoot {
            candidates.append(root.deletingLastPathComponent().appendingPathComponent("shared/json-test-suite"))
        }
        candidates.append(URL(fileURLWithPath: "/work/shared/json-test-suite"))
        for candidate in candidates {
            for directory in [candidate.appendingPathComponent("test_parsing"), candidate] where isParsingDirectory(directory) {
                return directory
            }
        }
        return nil
    }()

    /// True when the test must run: the suite is here, or CI demands it (and then its
    /// absence is a failure rather than a skip).
    static var shouldRun: Bool {
        parsingDirectory != nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// The folder holding Package.swift, walking up from this file.
    private static var packageRoot: URL? {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    private static func isParsingDirectory(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("y_structure_lonely_null.json").path)
    }
}
