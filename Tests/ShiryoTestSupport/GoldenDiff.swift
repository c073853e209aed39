import JSONEmission
import Shiryo

/// How a test prints JSON differences from an expected file: one indented line per difference, the first
/// `limit` of them, then how many more.
public enum GoldenDiff {
    public static func lines(_ differences: [JSONDifference], limit: Int = 30) -> String {
        var lines = differences.prefix(limit).map { "  " + $0.description }
        if differences.count > limit { lines.append("  … and \(differences.count - limit) more") }
        return lines.joined(separator: "\n")
    }

    /// The report of one fixture that differs from its expected.json.
    public static func report(_ fixture: Fixture, _ differences: [JSONDifference], limit: Int = 30) -> String {
        "\(fixture) differs from expected.json in \(differences.count) field(s):\n" + lines(differences, limit: limit)
    }
}
