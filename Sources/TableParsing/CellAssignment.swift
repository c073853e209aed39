import JapaneseText
import ShiryoCore

/// A text export prints a row as blocks of lines (separated by blank lines and ⇒ lines) in column order,
/// but an empty cell prints nothing and a cell may hold several blocks. This spreads a row's blocks over
/// the header's columns, keeping their order, choosing the spread that breaks the fewest expectations:
/// - a ⇒ always starts a new cell (the table prints ⇒ between columns);
/// - a block that starts with a page citation belongs to the reflection column, which holds any number of
///   blocks and starts with a citation; a citation alone on its line is followed by its text;
/// - an opinion or response is rarely empty, a merged policy cell or an unknown column (備考) often is;
///   among equally likely spreads, the columns further right are the ones left empty;
/// - an extra paragraph is likelier in the opinion than in the response, and least likely in the policy;
/// - a block that reads like a heading (Ⅰ…, （１）…, no 。) is a policy, not an opinion or response;
/// - ⇒ leads to a response or a reflection, not to a policy or an opinion.
enum CellAssignment {
    struct Block {
        var lines: [SourceLine]
        /// The block follows a ⇒.
        var afterArrow: Bool
        /// The line of that ⇒, when it stood alone.
        var arrowLine: Int? = nil

        var text: String { lines.first?.text.trimmedWhitespace ?? "" }

        var startsWithCitation: Bool {
            lines.first.map { Citations.isCitationLine($0.text.trimmedWhitespace) } ?? false
        }
        var isCitationOnly: Bool { lines.count == 1 && startsWithCitation }
        var isPlaceholder: Bool { lines.allSatisfy { ReflectionParser.isNoneMarker($0.text) } }
        /// 「Ⅰ　都市基盤（２）公園を守る」: opens with a pillar or bracketed measure label and has no sentence end,
        /// as a policy cell does (an opinion 「（１）…してほしい。」 is prose).
        var looksLikeHeading: Bool {
            guard let first = lines.first?.text.trimmedWhitespace, !lines.contains(where: { $0.text.contains("。") }) else {
                return false
            }
            return Headings.pillarLabel(Substring(first)) != nil
                || (first.hasPrefix("（") || first.hasPrefix("(")) && Headings.measureLabel(Substring(first)) != nil
        }
    }

    /// A spread this costly breaks a rule (citation outside the reflection, ⇒ inside a cell): worth a warning.
    static let doubtfulCost = 10.0

    /// For each column (in order), the range of blocks it gets. `emptyRank`: per column, how readily it is
    /// left empty when the spread is otherwise a tie (higher: sooner); by default the further right.
    static func assign(_ blocks: [Block], to columns: [ColumnHeader], emptyRank: [Int]? = nil) -> [Range<Int>] {
        spread(blocks, over: columns, emptyRank: emptyRank).ranges
    }

    /// The ranges and what they cost (see `cellCost`).
    static func spread(_ blocks: [Block], over columns: [ColumnHeader], emptyRank: [Int]? = nil)
        -> (ranges: [Range<Int>], cost: Double)
    {
        let ranks = emptyRank ?? Array(columns.indices)
        let n = blocks.count
        let m = columns.count
        guard m > 0 else { return ([], 0) }
        // best[c][i]: lowest cost of giving blocks i..<n to columns c..<m; choice[c][i]: end of column c's run.
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: n + 1), count: m + 1)
        var choice = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: m + 1)
        best[m][n] = 0
        for c in stride(from: m - 1, through: 0, by: -1) {
            for i in 0...n {
                // The last column takes whatever is left.
                let ends = c == m - 1 ? n...n : i...n
                for j in ends where best[c + 1][j] < .infinity {
                    let cost = cellCost(blocks[i..<j], column: columns[c], emptyRank: ranks[c]) + best[c + 1][j]
                    if cost < best[c][i] - 1e-9 {
                        best[c][i] = cost
                        choice[c][i] = j
                    }
                }
            }
        }
        var ranges: [Range<Int>] = []
        var start = 0
        for c in 0..<m {
            let end = choice[c][start]
            ranges.append(start..<end)
            start = end
        }
        return (ranges, best[0][0])
    }

    static func cellCost(_ cell: ArraySlice<Block>, column: ColumnHeader, emptyRank: Int) -> Double {
        guard let first = cell.first else { return emptyCost(column.role) - Double(emptyRank) * 0.001 }
        var cost = 0.0
        for block in cell.dropFirst() {
            if block.afterArrow { cost += 10 }
            if column.role != .reflection { cost += paragraphCost(column.role) }
        }
        if column.role == .reflection {
            if !first.startsWithCitation && !first.isPlaceholder { cost += 4 }
            if cell.last!.isCitationOnly { cost += 3 }
        } else {
            cost += Double(cell.filter(\.startsWithCitation).count) * 10
        }
        if column.role == .opinion || column.role == .response, first.looksLikeHeading { cost += 6 }
        // ⇒ leads from the opinion to the response and on to the reflection, never into a policy or opinion.
        if column.role == .opinion || column.role == .policy, first.afterArrow { cost += 3 }
        return cost
    }

    static func emptyCost(_ role: ColumnRole?) -> Double {
        switch role {
        case .opinion: 6
        case .response: 4
        case .policy, .reflection: 1.5
        case .number, nil: 1
        }
    }

    static func paragraphCost(_ role: ColumnRole?) -> Double {
        switch role {
        case .opinion: 2
        case .policy: 3
        default: 2.5
        }
    }
}
