// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "shiryo",
    products: [
        .executable(name: "shiryo", targets: ["shiryo"]),
        .library(name: "Shiryo", targets: ["Shiryo"]),
    ],
    // Pinned exactly: Package.resolved stays out of git (the project brief), so the versions are fixed here and
    // every clone builds with the same ones. To upgrade, change the version here and run the full suite.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        // poppler-glib (and glib/cairo through it), read in-process.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // ICU behind an ICU-free header: importing system ICU into Swift clashes with Foundation's copy.
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // Records, diagnostics, source locations, positioned glyphs: the values every stage passes on.
        .target(name: "ShiryoCore"),
        // Decoding, artefact repair, normalization, line joining, numbers, citations, wareki.
        .target(name: "JapaneseText", dependencies: ["ShiryoCore", "CICUShim"]),
        // PDF pages → positioned glyphs (poppler-glib), page rendering for review.
        .target(name: "PDFExtraction", dependencies: ["ShiryoCore", "CPoppler"]),
        // Text lines or page geometry → rows and cells → records.
        .target(name: "TableParsing", dependencies: ["ShiryoCore", "JapaneseText"]),
        // Records → canonical JSON, CSV, NDJSON; JSON Schema validation.
        // The JSON Schema is compiled in (ShippedSchema.swift, generated from Schemas/shiryo.schema.json).
        .target(name: "JSONEmission", dependencies: ["ShiryoCore", .product(name: "CSV", package: "CSV.swift")]),
        // Citations checked against the plan they cite: plan index (page keys, printed page numbers), search.
        .target(name: "PlanVerification", dependencies: ["ShiryoCore", "JapaneseText", "PDFExtraction"]),
        // The pipeline: ingest, check, validate, review. The CLI only wires this.
        .target(
            name: "Shiryo",
            dependencies: ["ShiryoCore", "JapaneseText", "PDFExtraction", "TableParsing", "JSONEmission", "PlanVerification"]
        ),
        .executableTarget(
            name: "shiryo",
            dependencies: ["Shiryo", "ShiryoCore", "PlanVerification", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // libFuzzer targets (Scripts/fuzz); without -D SHIRYO_FUZZ they replay files given as arguments.
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "ShiryoFuzzText", dependencies: ["Shiryo", "CFuzzDriver"]),
        .executableTarget(name: "ShiryoFuzzPDF", dependencies: ["Shiryo", "CFuzzDriver"]),
        // Structure-aware: fuzz bytes are choices of hostile operators and operands (StructuredPDF).
        .executableTarget(name: "ShiryoFuzzPDFStructure", dependencies: ["Shiryo", "CFuzzDriver"]),
        // Helpers the tests share: repository paths, fixture lists with their minimum counts, the CLI runner,
        // scratch folders, golden-diff printing, JSON edits. A regular target, so its code is compiled once.
        .target(
            name: "ShiryoTestSupport",
            dependencies: ["Shiryo", "JSONEmission"],
            path: "Tests/ShiryoTestSupport"
        ),
        .testTarget(
            name: "ShiryoTests",
            dependencies: [
                "Shiryo", "ShiryoCore", "JapaneseText", "PDFExtraction", "TableParsing", "JSONEmission",
                "PlanVerification", "ShiryoTestSupport",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
