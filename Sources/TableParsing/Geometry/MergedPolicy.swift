import ShiryoCore

/// The page's policy column with merged cells (see `MergedCells`): the row tops found without that column
/// (text centred in a merged cell starts no row) and the row each policy paragraph belongs to.
struct MergedPolicy {
    /// A policy paragraph and the row (0-based from the first row top) it belongs to.
    struct Placed {
        let row: Int
        let paragraph: MergedCells.Paragraph
    }

    let column: Int
    let tops: [Double]
    let paragraphs: [Placed]

    /// Nil when every row prints its own policy, or the table has no policy column.
    static func find(
        _ columnLines: [[GlyphLine]], tops found: [Double], arrowTops: [Double], numberColumn: Int?,
        layout: ColumnLayout, tableBottom: Double, page: Int, tolerances: RowTolerances = .standard,
        log: inout DiagnosticLog
    ) -> MergedPolicy? {
        guard let column = layout.columns.firstIndex(where: { $0.header.role == .policy }) else { return nil }
        // The rows as found with the policy column: when each has policy text of its own and no policy
        // paragraph crosses a row top, nothing is merged.
        let policyLines = columnLines[column].filter { $0.midY >= (found.first ?? .infinity) - tolerances.bandSlack }
        guard
            isMerged(
                policyLines, columnLines: columnLines, tops: found, numberColumn: numberColumn,
                tableBottom: tableBottom, tolerances: tolerances)
        else { return nil }
        // Rows found without the policy column when the policy text made a row of its own (a top with no №
        // under it: centred text and a ⇒ at the same height), else the rows as found.
        let withoutPolicy = RowTops.find(
            columnLines, arrowTops: arrowTops, numberColumn: numberColumn, page: page,
            ignoring: column, tolerances: tolerances, log: &log)
        func numberedRows(_ tops: [Double]) -> Int {
            guard let numberColumn else { return tops.count }
            let edges = tops + [.infinity]
            return Set(columnLines[numberColumn].compactMap { RowBands.band(of: $0.midY, edges: edges) }).count
        }
        let tops = numberedRows(withoutPolicy) >= numberedRows(found) && withoutPolicy.count < found.count ? withoutPolicy : found
        let below = tops.first ?? .infinity
        let paragraphs = MergedCells.paragraphs(columnLines[column].filter { $0.midY >= below - tolerances.bandSlack })
        guard let rows = MergedCells.startRows(of: paragraphs, rowTops: tops, tableBottom: tableBottom) else { return nil }
        return MergedPolicy(
            column: column, tops: tops,
            paragraphs: zip(rows, paragraphs).map { Placed(row: $0, paragraph: $1) })
    }

    /// Whether the policy lines show merged cells: a row without policy text, or a paragraph crossing a row
    /// top that is not centred on a № (a cell centred in its own row is kept whole by `RowSlicing.cellBands`).
    static func isMerged(
        _ policyLines: [GlyphLine], columnLines: [[GlyphLine]], tops found: [Double], numberColumn: Int?,
        tableBottom: Double, tolerances: RowTolerances
    ) -> Bool {
        let edges = found + [.infinity]
        func band(_ line: GlyphLine) -> Int? { RowBands.band(of: line.midY, edges: edges) }
        let rowsWithPolicy = Set(policyLines.compactMap(band))
        let rowWithoutPolicy = found.indices.contains { !rowsWithPolicy.contains($0) }
        let numberMiddles = (numberColumn.map { columnLines[$0].map(\.midY) } ?? []).sorted()
        let crossing = MergedCells.paragraphs(policyLines).contains { paragraph in
            Set(paragraph.lines.map(band)).count > 1
                && !SortedSearch.contains(
                    in: numberMiddles, near: paragraph.midY,
                    within: (paragraph.lines.first?.height ?? tolerances.defaultLineHeight)
                        * tolerances.centredOnNumber)
        }
        return (rowWithoutPolicy || crossing)
            && MergedCells.startRows(of: MergedCells.paragraphs(policyLines), rowTops: found, tableBottom: tableBottom) != nil
    }
}
