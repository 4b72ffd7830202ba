// swift-tools-version:6.0
import PackageDescription
import Foundation

let package = Package(
    name: "eizin",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "eizin", targets: ["eizin"]),
        .library(name: "JSONSchema", targets: ["JSONSchema"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // C libraries from Debian, found through pkg-config (installed by scripts/setup-system).
        .systemLibrary(
            name: "CCmarkGFM", path: "Sources/CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CICU", path: "Sources/CICU", pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]),
        // ICU's C regex API (uregex_*) behind plain C types: the step and stack limits, and
        // their errors, which NSRegularExpression on Linux drops.
        .target(name: "ICURegex", dependencies: ["CICU"]),
        // The calling thread's stack bounds (pthread_getattr_np, which needs _GNU_SOURCE):
        // the validator stops deep evaluation before the stack runs out.
        .target(name: "ThreadStack"),

        // One calendar day written YYYY-MM-DD: the JSON Schema `date` format, application
        // dates and the guide's front-matter dates all read it here.
        .target(name: "CivilDates"),
        // Where a page lives in the built site (`<language>/<slug>.html`) and the site's
        // published address: shared by the generator and the validator's guide links.
        .target(name: "SiteLayout"),
        // Work spread over every core with results in input order (the build, many files).
        .target(name: "ParallelWork"),

        // Standalone JSON + JSON Schema draft 2020-12. Knows nothing of permits.
        .target(
            name: "JSONSchema",
            dependencies: [
                "ICURegex", "CivilDates", "ThreadStack", "FilePaths",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "BigInt", package: "BigInt"),
            ]),
        // Paths as the system has them (bytes, not necessarily UTF-8): shared by the
        // validator's file reading and the generator's output.
        .target(name: "FilePaths"),
        // The guide's domain: application kinds, identifiers, rules; emits schemas.
        .target(name: "Permits", dependencies: ["JSONSchema", "FilePaths", "CivilDates", "SiteLayout", "ParallelWork"]),
        // Content: pages, front matter, Markdown rendering, anchors.
        .target(
            name: "Guide",
            dependencies: [
                "CCmarkGFM", "CivilDates", "FilePaths", "SiteLayout", "ParallelWork",
                .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The generator: layouts, navigation, checks, atomic output. Knows nothing of permits.
        .target(
            name: "Site",
            dependencies: [
                "Guide", "FilePaths", "CLibXML2", "CivilDates", "SiteLayout", "ParallelWork",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources")]),
        // Permit knowledge plugged into the generator: the rules page and the form pages
        // (with their scripts and stylesheet, in its own Resources).
        .target(name: "PermitPages", dependencies: ["Site", "Guide", "Permits", "SiteLayout"], resources: [.copy("Resources")]),
        // The command line (thin).
        .executableTarget(
            name: "eizin",
            dependencies: [
                "JSONSchema", "Permits", "Guide", "Site", "PermitPages", "FilePaths", "CivilDates", "SiteLayout",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "CivilDatesTests", dependencies: ["CivilDates"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema", "CivilDates"]),
        .testTarget(name: "PermitsTests", dependencies: ["Permits", "JSONSchema", "FilePaths", "CivilDates"]),
        .testTarget(name: "GuideTests", dependencies: ["Guide", "CivilDates"]),
        // Runs the built `eizin` executable: exit codes, messages, files on disk.
        .testTarget(name: "CommandLineTests", dependencies: ["eizin"]),
        // Fixtures and golden files are read through #filePath, not bundled.
        .testTarget(name: "SiteTests", dependencies: ["Site", "Guide", "Permits", "PermitPages", "FilePaths", "CivilDates", "SiteLayout", "ParallelWork"], exclude: ["Fixtures", "Golden"]),
    ]
)

// libFuzzer targets (Fuzz/, docs/testing.md), only when EIZIN_FUZZ=1: each has
// `@_cdecl("LLVMFuzzerTestOneInput")` and starts libFuzzer from SwiftPM's renamed entry point
// (`<target>_main`, through FuzzDriver), so it links only with `-sanitize=fuzzer`.
// scripts/fuzz builds them into .build-fuzz; ordinary builds never see them.
if ProcessInfo.processInfo.environment["EIZIN_FUZZ"] == "1" {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("fuzz-json", ["JSONSchema"]),
        ("fuzz-schema", ["JSONSchema"]),
        ("fuzz-application", ["Permits", "JSONSchema", "CivilDates"]),
        ("fuzz-content", ["Guide"]),
    ]
    package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/Sources/FuzzDriver"))
    for (name, dependencies) in fuzzTargets {
        package.products.append(.executable(name: name, targets: [name]))
        package.targets.append(.executableTarget(name: name, dependencies: dependencies + ["FuzzDriver"], path: "Fuzz/Sources/\(name)"))
    }
}
