import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// "Nothing leaves your machine": `eizin validate` and `eizin build` succeed in a network
/// namespace without any interface but a down loopback (`unshare -n`, which needs root or
/// user namespaces). Where unshare cannot make one, the test says so and passes.
@Suite struct OfflineTests {
    /// Runs `eizin arguments` under `unshare -n`; nil when no network namespace can be made.
    func offline(_ arguments: [String]) throws -> EizinBinary.Result? {
        guard (try? run(["unshare", "-n", "true"]))?.status == 0 else {
            print("OfflineTests: skipped, `unshare -n` is not available here (needs root or user namespaces)")
            return nil
        }
        return try run(["unshare", "-n", EizinBinary.executable.path] + arguments)
    }

    func run(_ arguments: [String]) throws -> EizinBinary.Result {
        try EizinBinary.runProgram(URL(fileURLWithPath: "/usr/bin/env"), arguments)
    }

    @Test func validateAndBuildNeedNoNetwork() throws {
        let folder = try EizinBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let validate = try offline(["validate", "--today", "2025-06-01", "forms/examples/academic-application/valid-yok-approved.json"]) else { return }
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(validate.stdout.contains("0 errors"))
        let generic = try offline(["validate", "--schema", "forms/academic-application.schema.json", "forms/examples/academic-application/valid-yok-approved.json"])
        #expect(generic?.status == 0, "\(generic?.stderr ?? "")")
        let build = try offline(["build", "--output", folder.appendingPathComponent("site").path])
        #expect(build?.status == 0, "\(build?.stderr ?? "")")
        #expect(build?.stdout.hasPrefix("Built ") == true)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/tr/kurallar.html").path))
    }
}
