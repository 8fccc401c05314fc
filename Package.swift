// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "kb",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kb", targets: ["kb"]),
        .library(name: "KnowledgeBase", targets: ["KnowledgeBase"]),
        .library(name: "KnowledgeStore", targets: ["KnowledgeStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libxml2's HTML parser (Debian: libxml2-dev).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Model, readers, boilerplate, dedup, fact splitting, query building. Never prints.
        .target(name: "KnowledgeBase", dependencies: ["CLibXML2", "KBText", "KBModel"]),
        // The only target that imports GRDB: schema, ingest transactions, search.
        .target(
            name: "KnowledgeStore",
            dependencies: [
                "KnowledgeBase", "KBText", "KBModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The text layer: tokens (shape, depth, clause, word classes) and the one lexicon, as data.
        .target(name: "KBText"),
        // The model: value types every stage passes on (answers, facts, claims, findings, locations).
        .target(name: "KBModel", dependencies: ["KBText"]),
        // Scoring of kb against labelled evaluation sets (Eval/): reads kb's JSON output only.
        .target(name: "KBEval"),
        .executableTarget(name: "kb-eval", dependencies: ["KBEval", "KnowledgeBase"]),
        // The thin command-line front end.
        .executableTarget(
            name: "kb",
            dependencies: [
                "KnowledgeBase", "KBText", "KBModel",
                "KnowledgeStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (repository paths, temporary folders, seeded randomness).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "KnowledgeBaseTests",
            dependencies: ["KnowledgeBase", "KBText", "KBModel", "TestSupport"],
            // Fixture pages are read by path from the repository, not bundled as resources.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "KnowledgeStoreTests",
            dependencies: [
                "KnowledgeBase", "KBText", "KBModel", "KnowledgeStore", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "kbTests",
            dependencies: ["kb", "KnowledgeBase", "KBText", "KBModel", "KnowledgeStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            // The SARIF schema is read by path from the repository, not bundled as a resource.
            exclude: ["Fixtures"]
        ),
    ]
)
