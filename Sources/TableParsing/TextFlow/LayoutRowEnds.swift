import JapaneseText
import ShiryoCore

/// Where the rows of a layout page end. A № is printed at its row's top or middle: at the top when the
/// page's first line holds it (each row then ends where the next № is printed); else a row reaches as far
/// below its № as it began above it, and ends at the blank line nearest to that. With no blank line
/// between two №s, the row ends where the balance is best and no wrapped line is cut: a line whose cell
/// text does not end a sentence goes on in the same column on the next line.
struct LayoutRowEnds {
    var lines: [SourceLine]
    var cells: [[LayoutExport.Segment]]

    /// Cost of cutting a row between a line and the next where a column's text goes on (wrapped).
    static let cutWrappedCost = 3

    /// The row ends, and the №s' lines of the rows whose end was a guess (two ends as likely).
    func ends(_ numbered: [Int]) -> (ends: [Int], guessed: [Int]) {
        let firstText = lines.firstIndex { !$0.text.trimmedWhitespace.isEmpty } ?? 0
        if numbered.first == firstText { return (Array(numbered.dropFirst()) + [lines.count], []) }
        var ends: [Int] = []
        var guessed: [Int] = []
        var start = firstText
        for (position, numberLine) in numbered.enumerated() {
            guard position + 1 < numbered.count else { ends.append(lines.count); break }
            let next = numbered[position + 1]
            let target = numberLine + max(0, numberLine - start)
            let blanks = (numberLine + 1..<next).filter { lines[$0].text.trimmedWhitespace.isEmpty }
            var end = blanks.min { abs($0 - target) < abs($1 - target) } ?? next
            if blanks.isEmpty {
                let unbroken = unbrokenEnd(start: start, number: numberLine, next: next)
                end = unbroken.end
                if unbroken.tied { guessed.append(numberLine) }
            }
            ends.append(end)
            start = (end..<next).first { !lines[$0].text.trimmedWhitespace.isEmpty } ?? next
        }
        return (ends, guessed)
    }

    /// The end (exclusive) of a row printed from `start` with its № at `number`, the next № at `next`,
    /// no blank line between: the № nearest the middle, no wrapped line cut.
    func unbrokenEnd(start: Int, number: Int, next: Int) -> (end: Int, tied: Bool) {
        let above = number - start
        let costs = (number + 1...next).map { (end: $0, cost: cost($0, above: above, number: number)) }
        guard let best = costs.min(by: { $0.cost < $1.cost }) else { return (next, false) }
        return (best.end, costs.filter { $0.cost == best.cost }.count > 1)
    }

    func cost(_ end: Int, above: Int, number: Int) -> Int {
        // Balanced best; one line short below (a № at the lower of two middle lines) next.
        let below = end - 1 - number
        let balance = below == above - 1 ? 1 : 2 * abs(below - above)
        return balance + (cutsWrappedLine(at: end) ? Self.cutWrappedCost : 0)
    }

    /// Whether a cell of the line before `end` is wrapped onto line `end` (same start, no sentence end).
    func cutsWrappedLine(at end: Int) -> Bool {
        guard end > 0, end < cells.count else { return false }
        return cells[end - 1].contains { upper in
            guard let last = upper.text.last, !ColumnWidths.sentenceEnds.contains(last),
                !FlowStructure.isCount(upper.text), InlineNumber.bare(upper.text) == nil
            else { return false }
            return cells[end].contains { abs($0.start - upper.start) <= LayoutExport.columnSlack }
        }
    }
}
