import Foundation

/// `shiryo chekc`: ingest is the default command, so a mistyped command would be taken for a missing
/// file. A first argument that is not a path on disk, looks like a word and is a typo away from a
/// command is reported as an unknown command instead.
public enum CommandSuggestion {
    /// Edits (insertions, deletions, substitutions, swaps of neighbours) that still count as a typo.
    static let typoDistance = 2

    public static func misspelled(_ typed: String, commands: [String]) -> String? {
        guard !commands.contains(typed), !typed.hasPrefix("-"), typed.allSatisfy({ $0.isASCII && $0.isLetter }),
            !FileManager.default.fileExists(atPath: typed)
        else { return nil }
        let scored = commands.map { (name: $0, distance: distance(typed.lowercased(), $0)) }
        return scored.filter { $0.distance <= typoDistance }.min { $0.distance < $1.distance }?.name
    }

    /// Damerau–Levenshtein (optimal string alignment) distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
