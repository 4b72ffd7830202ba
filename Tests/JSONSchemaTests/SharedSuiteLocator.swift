import Foundation

/// Finds a test suite that lives in `../shared/` beside the package (as on the developers'
/// machines and CI), or wherever an environment variable points.
enum SharedSuiteLocator {
    /// The first of: `$environmentVariable`, `../shared/<folder>` beside the package,
    /// `/work/shared/<folder>`, for which `accept` returns the folder to use.
    static func locate(environmentVariable: String, folder: String, accept: (URL) -> URL?) -> URL? {
        var candidates: [URL] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment[environmentVariable], !fromEnvironment.isEmpty {
            candidates.append(URL(fileURLWithPath: fromEnvironment))
        }
        if let root = packageRoot {
            candidates.append(root.deletingLastPathComponent().appendingPathComponent("shared/\(folder)"))
        }
        candidates.append(URL(fileURLWithPath: "/work/shared/\(folder)"))
        return candidates.lazy.compactMap(accept).first
    }

    /// True when a suite's tests must run: it is here, or CI demands it (and then its
    /// absence is a failure rather than a skip).
    static func shouldRun(found: URL?) -> Bool {
        if found != nil || ProcessInfo.processInfo.environment["CI"] != nil { return true }
        // Skipped outside CI, but never quietly: a green run here did not check conformance.
        print("""
            WARNING: a conformance suite was not found beside the package (../shared/) and its \
            tests are SKIPPED; set JSON_SCHEMA_TEST_SUITE / JSON_TEST_SUITE, or run with CI=1 to \
            make its absence a failure.
            """)
        return false
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
}
