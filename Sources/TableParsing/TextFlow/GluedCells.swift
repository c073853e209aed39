import JapaneseText
import ShiryoCore

/// Divides a plain export's row among its cells: the glued first line gives each cell's first line; the
/// lines after it are the rest of the cells in column order. Each column is hard-wrapped at its width
/// (the widest first line printed in it), so every line of a cell but its last is about that wide, no
/// line is wider, and a cell whose first line is short ended there.
struct GluedCells {
    /// Half-width columns a full line may fall short of its column's width (a 、。 pushed to the next line,
    /// a Latin letter narrower than a kanji).
    static let fullSlack = 4
    /// Cost of a short line that is not its cell's last, of a line too wide for its column.
    static let shortLineCost = 2
    static let tooWideCost = 10
    /// Cost of a cell whose last line ends no sentence (cells usually end with 。).
    static let openEndCost = 1

    var columnCount: Int
    /// Widest first line of each column.
    var widths: [Int]

    init(rows: [GluedRows.Row], columnCount: Int) {
        self.columnCount = columnCount
        var widths = Array(repeating: 0, count: columnCount)
        for row in rows {
            for line in row.lines {
                let parts = GluedRows.parts(of: line.text)
                guard parts.count == columnCount else { break }
                for (index, part) in parts.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(part)) }
            }
        }
        self.widths = widths
    }

    /// The glued lines opening the row (pdftotext may glue the second lines too), split into the columns'
    /// first lines, then the other lines divided among the cells.
    func cells(of row: GluedRows.Row, _ diagnostics: inout DiagnosticLog) -> [[SourceLine]] {
        let glued = row.lines.prefix { GluedRows.parts(of: $0.text).count == columnCount }
        guard let first = row.lines.first, !glued.isEmpty else {
            // Not glued: one cell printed (the others empty); its lines stay together in the first column.
            diagnostics.warn(
                .cellsDoubtful, "row \(row.number): its first line holds no cells side by side; its text was given to the first column",
                at: row.lines.first?.location ?? row.numberLine.location)
            return [row.lines] + Array(repeating: [], count: columnCount - 1)
        }
        let heads = (0..<columnCount).map { column in
            glued.map { SourceLine(GluedRows.parts(of: $0.text)[column], location: $0.location) }
        }
        let rest = Array(row.lines.dropFirst(glued.count))
        let (bounds, tied) = best(heads: heads.map { $0.map(\.text) }, rest: rest)
        if tied {
            diagnostics.warn(
                .cellsDoubtful, "row \(row.number): where its cells end was guessed from line widths; check its cells",
                at: first.location)
        }
        return (0..<columnCount).map { column in heads[column] + Array(rest[bounds[column]..<bounds[column + 1]]) }
    }

    /// The division of `rest` (boundaries, 0 … rest.count) with the lowest cost; `tied` when another
    /// division costs as little.
    func best(heads: [[String]], rest: [SourceLine]) -> (bounds: [Int], tied: Bool) {
        var best: (cost: Int, bounds: [Int], tied: Bool) = (Int.max, [], false)
        func search(_ bounds: [Int], _ cost: Int) {
            let column = bounds.count - 1
            if column == columnCount - 1 {
                let total = cost + self.cost(column: column, head: heads[column], Array(rest[bounds[column]...]))
                if total < best.cost { best = (total, bounds + [rest.count], false) } else if total == best.cost { best.tied = true }
                return
            }
            for end in bounds[column]...rest.count {
                let part = self.cost(column: column, head: heads[column], Array(rest[bounds[column]..<end]))
                if cost + part <= best.cost { search(bounds + [end], cost + part) }
            }
        }
        search([0], 0)
        return (best.bounds, best.tied)
    }

    func cost(column: Int, head: [String], _ lines: [SourceLine]) -> Int {
        let width = widths[column]
        let all = head + lines.map { $0.text.trimmedWhitespace }
        var cost = 0
        for (index, text) in all.enumerated() {
            let lineWidth = DisplayWidth.of(text)
            if lineWidth > width + Self.fullSlack { cost += Self.tooWideCost }
            if index < all.count - 1, lineWidth < width - Self.fullSlack { cost += Self.shortLineCost }
        }
        if let last = all.last?.last, !ColumnWidths.sentenceEnds.contains(last) { cost += Self.openEndCost }
        return cost
    }
}
