import Foundation

/// Paths of the repository, found from this file so tests run from any working directory.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures")
    static func fixture(_ path: String) -> URL { fixtures.appendingPathComponent(path) }
}
