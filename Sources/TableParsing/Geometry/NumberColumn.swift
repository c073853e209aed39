import JapaneseText
import ShiryoCore

/// A printed row number on a page: a run of its own that reads as 1, １, 1-1, ①, (1), （１）, ⑴.
struct NumberToken: Sendable {
    let text: String
    let number: RowNumber
    let minX: Double
    let maxX: Double
    let minY: Double
    let maxY: Double
    /// Index of the page line it was printed on.
    let line: Int
}

/// The column of row numbers that count up down the page, found by structure rather than by its header.
struct NumberColumn: Sendable {
    let tokens: [NumberToken]
    var minX: Double { tokens.map(\.minX).min() ?? 0 }
    var maxX: Double { tokens.map(\.maxX).max() ?? 0 }
    /// Steps from one number to the next that count up (1→2, 1-2→1-3, 1-3→2-1).
    let countingSteps: Int
    /// Steps that go back (a list numbered inside each cell restarts at 1).
    let restarts: Int

    /// Every row-number token of the page: the first run of a line split at gaps of `numberRunGap` em, or any
    /// run of it standing alone (a № printed after a merged date cell, 「10:00　　1」).
    static func tokens(in lines: [GlyphLine], tolerances: GeometryTolerances) -> [NumberToken] {
        var result: [NumberToken] = []
        for (index, line) in lines.enumerated() {
            for run in line.runs(gapInEm: tolerances.numberRunGap) {
                let text = run.text.trimmedWhitespace
                guard let number = Numbers.rowNumber(text) else { continue }
                result.append(
                    NumberToken(
                        text: text, number: number, minX: run.minX, maxX: run.maxX,
                        minY: run.minY, maxY: run.maxY, line: index))
            }
        }
        return result
    }

    /// The best column of counting numbers: no restarts first, then the most counting steps, then the
    /// leftmost. Nil when no column counts up at least once (`minimumSteps`).
    static func find(in tokens: [NumberToken], minimumSteps: Int = 1, tolerances: GeometryTolerances) -> NumberColumn? {
        let columns = clusters(tokens, tolerances: tolerances).map(column(of:))
        let ranked = columns.filter { $0.countingSteps >= minimumSteps }.sorted { a, b in
            if (a.restarts == 0) != (b.restarts == 0) { return a.restarts == 0 }
            if a.countingSteps != b.countingSteps { return a.countingSteps > b.countingSteps }
            return a.minX < b.minX
        }
        return ranked.first
    }

    /// The tokens lying in the x-range `minX...maxX` (a known number column on a later page).
    static func column(in tokens: [NumberToken], minX: Double, maxX: Double) -> NumberColumn? {
        let inside = tokens.filter { ($0.minX + $0.maxX) / 2 >= minX && ($0.minX + $0.maxX) / 2 <= maxX }
        return inside.isEmpty ? nil : column(of: inside)
    }

    /// Groups tokens whose x-ranges (widened by the slack) overlap.
    static func clusters(_ tokens: [NumberToken], tolerances: GeometryTolerances) -> [[NumberToken]] {
        var groups: [(minX: Double, maxX: Double, members: [NumberToken])] = []
        for token in tokens.sorted(by: { $0.minX < $1.minX }) {
            let slack = (token.maxY - token.minY) * tolerances.numberColumnSlack
            if let last = groups.last, token.minX - slack <= last.maxX {
                groups[groups.count - 1].maxX = max(last.maxX, token.maxX + slack)
                groups[groups.count - 1].members.append(token)
            } else {
                groups.append((token.minX, token.maxX + slack, [token]))
            }
        }
        return groups.map { $0.members.sorted { $0.minY < $1.minY } }
    }

    static func column(of tokens: [NumberToken]) -> NumberColumn {
        let sorted = tokens.sorted { $0.minY < $1.minY }
        var steps = 0, restarts = 0
        for (previous, next) in zip(sorted, sorted.dropFirst()) {
            if next.number.follows(previous.number) { steps += 1 } else if next.number < previous.number { restarts += 1 }
        }
        return NumberColumn(tokens: sorted, countingSteps: steps, restarts: restarts)
    }
}
