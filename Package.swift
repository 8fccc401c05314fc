// swift-tools-version:6.1
import PackageDescription

// Targets are boundaries: each has one job, and a lower layer never imports a higher one.
// The allowed arrows are listed in docs/architecture.md and checked by Scripts/check_layers.sh.
let package = Package(
    name: "kb",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kb", targets: ["kb"]),
        .library(name: "KBIngest", targets: ["KBIngest"]),
        .library(name: "KBCheck", targets: ["KBCheck"]),
        .library(name: "KnowledgeStore", targets: ["KnowledgeStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The text layer: tokens (shape, depth, clause, word classes), noun phrases, and the one lexicon, as data.
        .target(name: "KBText"),
        // The model: value types every stage passes on (answers, facts, claims, findings, locations).
        .target(name: "KBModel", dependencies: ["KBText"]),
        // Claims: the quantity scanner, units, frames (subject, metric, qualifiers), support statements.
        .target(name: "KBClaims", dependencies: ["KBText", "KBModel"]),
        // libxml2's HTML parser (Debian: libxml2-dev).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // glibc's malloc.h, for the executable's memory tuning (Linux only).
        .systemLibrary(name: "CMalloc"),
        // Ingest: readers, boilerplate, dedup, fact splitting, topics, and the Ingestor that feeds a store.
        .target(name: "KBIngest", dependencies: ["CLibXML2", "KBText", "KBModel", "KBClaims"]),
        // Check: alignment of frames, the rules (one per kind of finding), reports (JSON, SARIF, GitHub).
        .target(name: "KBCheck", dependencies: ["KBText", "KBModel", "KBClaims"]),
        // Search: turning typed text into safe FTS5 queries, highlighting, results.
        .target(name: "KBSearch", dependencies: ["KBText", "KBModel"]),
        // Export: fact sheets in Markdown, JSON, CSV and HTML.
        .target(name: "KBExport", dependencies: ["KBText", "KBModel"]),
        // The only target that imports GRDB: schema, transactions, FTS5 queries, the ingest writer.
        .target(
            name: "KnowledgeStore",
            dependencies: [
                "KBText", "KBModel", "KBSearch", "KBIngest", "KBCheck",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "kb",
            dependencies: [
                "KBText", "KBModel", "KBClaims", "KBIngest", "KBCheck", "KBSearch", "KBExport", "KnowledgeStore",
                .target(name: "CMalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Scoring of kb against labelled evaluation sets (Eval/): reads kb's JSON output only.
        .target(name: "KBEval", dependencies: ["KBClaims"]),
        .executableTarget(name: "kb-eval", dependencies: ["KBEval", "KBText", "KBModel", "KBClaims", "KBCheck"]),
        // Helpers shared by the test targets (repository paths, temporary folders, seeded randomness).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "KnowledgeBaseTests",
            dependencies: ["KBText", "KBModel", "KBClaims", "KBIngest", "KBCheck", "KBSearch", "KBExport", "TestSupport"],
            // Fixture pages are read by path from the repository, not bundled as resources.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "KnowledgeStoreTests",
            dependencies: [
                "KBText", "KBModel", "KBClaims", "KBIngest", "KBCheck", "KBSearch", "KBExport", "KnowledgeStore",
                .target(name: "CMalloc", condition: .when(platforms: [.linux])), "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "kbTests",
            dependencies: ["kb", "KBText", "KBModel", "KBClaims", "KBIngest", "KBCheck", "KBSearch", "KBExport", "KnowledgeStore",
                           "KBEval", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")],
            // The SARIF schema is read by path from the repository, not bundled as a resource.
            exclude: ["Fixtures"]
        ),
    ]
)
