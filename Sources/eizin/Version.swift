/// The version `eizin --version` prints, and the guide revision this build's rules and
/// links follow. `Tests/CommandLineTests/ConventionTests.swift` checks that the revision is
/// the one in content/site.yml, so a new guide revision cannot ship with a stale number;
/// `scripts/release` names the archive after `number`.
enum EizinVersion {
    static let number = "0.2.0"
    static let guideRevision = 2
    static let guideRevisionDate = "2024-07-31"

    static var description: String {
        "eizin \(number) (e-İzin guide revision \(guideRevision) of \(guideRevisionDate))"
    }
}
