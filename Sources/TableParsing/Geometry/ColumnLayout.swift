import JapaneseText
import ShiryoCore

/// Where each column of the table lies on a page, found from the header row and the whitespace gutters.
struct ColumnLayout: Sendable {
    struct Column: Sendable {
        let header: ColumnHeader
        let minX: Double
        let maxX: Double
        let headerBox: BoundingBox
    }

    let columns: [Column]
    /// Bottom of the header row: the body starts below it.
    let headerBottom: Double
    let headerTop: Double
    let pageWidth: Double
    /// Where the columns were guessed rather than seen, for diagnostics.
    let guesses: [String]

    var tableMinX: Double { columns.map(\.minX).min() ?? 0 }
    var tableMaxX: Double { columns.map(\.maxX).max() ?? 0 }

    /// The column a glyph belongs to: the one whose range holds its centre, else the nearest.
    func columnIndex(forX x: Double) -> Int? {
        if let index = columns.firstIndex(where: { x >= $0.minX && x <= $0.maxX }) { return index }
        return columns.indices.min { distance(x, columns[$0]) < distance(x, columns[$1]) }
    }

    /// Whether `lines` can be table rows: in a table each run of text stays inside one column, while
    /// prose runs on across the gutters. Most lines must stay inside.
    func fits(_ lines: [GlyphLine], tolerances: ColumnTolerances = .standard) -> Bool {
        guard !lines.isEmpty else { return true }
        let crossing = lines.filter { line in
            line.runs(gapInEm: tolerances.fitsRunGap).contains { run in
                Set(run.glyphs.compactMap { columnIndex(forX: $0.midX) }).count > 1
            }
        }
        return crossing.count * 2 <= lines.count
    }

    private func distance(_ x: Double, _ column: Column) -> Double {
        x < column.minX ? column.minX - x : x - column.maxX
    }
}

/// A header cell found on a line: its text (均等割付 removed) and where it is.
struct HeaderToken: Sendable {
    let text: String
    let role: ColumnRole?
    let line: GlyphLine
}
