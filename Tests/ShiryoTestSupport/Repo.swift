import Foundation

/// Paths of the repository, found from this file so tests run from any working directory.
public enum Repo {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let fixtures = root.appendingPathComponent("Fixtures")
    public static func fixture(_ path: String) -> URL { fixtures.appendingPathComponent(path) }
}

/// The seed table (平塚市 H30 資料1-2), as a text export and a PDF, relative to Fixtures/.
public enum Seed {
    public static let text = "hiratsuka-h30-text/hiratsuka-h30-shiryo1-2.txt"
    public static let pdf = "hiratsuka-h30-pdf/hiratsuka-h30-shiryo1-2.pdf"
    public static let textExpected = "hiratsuka-h30-text/expected.json"
}
