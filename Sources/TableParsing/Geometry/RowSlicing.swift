import JapaneseText
import ShiryoCore

/// One horizontal band of the table on a page: a row, or the part of a row continued from the page before.
struct RowPart {
    var row: RawRow
    let isContinuation: Bool
}

/// Stages 5–7: a page's body lines into row parts. The lines are split into the table's columns (⇒ arrows
/// between columns only mark where rows start), the row tops found (`RowTops`, `MergedPolicy`), each line
/// given its band (`cellBands`; merged cells carried to every row they span, `carriedCells`), and each band
/// made a row part with its box; ③ lines the PDF maker wrapped are joined (`SoftWraps`).
enum RowSlicing {
    /// A page's body split into the table's columns.
    struct PageColumns {
        let lines: [[GlyphLine]]
        /// Tops of ⇒ arrows in separator cells (outside every column).
        let arrowTops: [Double]
        /// Top of the first line, bottom of the lowest glyph (the header's bottom when lower).
        let bodyTop: Double
        let tableBottom: Double
        let numberColumn: Int?
    }

    /// The top and bottom of lines kept with a row from beyond its row tops.
    struct Extent {
        let top: Double
        let bottom: Double
    }

    /// A line of a band: its column, and whether a merged cell's line was carried there.
    struct BandLine {
        let column: Int
        let line: GlyphLine
        let isCarried: Bool
    }

    /// The row parts of a page, top-down; `table`: the 1-based table the rows belong to.
    static func parts(
        _ body: [GlyphLine], layout: ColumnLayout, page: Int, table: Int,
        tolerances: RowTolerances = .standard, log: inout DiagnosticLog
    ) -> [RowPart] {
        let columns = split(body, layout: layout)
        var tops = RowTops.find(
            columns.lines, arrowTops: columns.arrowTops, numberColumn: columns.numberColumn, page: page,
            tolerances: tolerances, log: &log)
        let mergedPolicy = MergedPolicy.find(
            columns.lines, tops: tops, arrowTops: columns.arrowTops,
            numberColumn: columns.numberColumn, layout: layout,
            tableBottom: columns.tableBottom, page: page, tolerances: tolerances, log: &log)
        if let mergedPolicy { tops = mergedPolicy.tops }
        // Band 0 lies above the first row top: the continuation of a row from the page before.
        let edges = [-Double.infinity] + tops + [Double.infinity]
        let bands = cellBands(
            columns.lines, edges: edges, numberColumn: columns.numberColumn, page: page,
            tolerances: tolerances, log: &log)
        let carried = carriedCells(
            columns.lines, bands: bands, bandCount: edges.count - 1, layout: layout, page: page,
            log: &log)
        let lines = linesByBand(columns.lines, bands: bands, carried: carried, count: edges.count - 1)
        var paragraphs = [[MergedCells.Paragraph]](repeating: [], count: edges.count - 1)
        for placed in mergedPolicy?.paragraphs ?? [] where paragraphs.indices.contains(placed.row + 1) {
            paragraphs[placed.row + 1].append(placed.paragraph)
        }
        var parts = lines.indices.compactMap { band in
            part(
                band, lines: lines[band], paragraphs: paragraphs[band], edges: edges, columns: columns, layout: layout,
                mergedColumn: mergedPolicy?.column, page: page, table: table, tolerances: tolerances)
        }
        if let column = layout.columns.firstIndex(where: { $0.header.role == .reflection }),
            let rightEdge = columns.lines[column].map(\.maxX).max()
        {
            joinSoftWraps(&parts, rightEdge: rightEdge, page: page, log: &log)
        }
        return parts
    }

    /// Every body glyph in the column whose range holds its centre; arrows outside every column are row marks.
    static func split(_ body: [GlyphLine], layout: ColumnLayout) -> PageColumns {
        var perColumn = [[PositionedGlyph]](repeating: [], count: layout.columns.count)
        let glyphCount = body.reduce(0) { $0 + $1.glyphs.count }
        for index in perColumn.indices { perColumn[index].reserveCapacity(glyphCount) }
        var arrowTops: [Double] = []
        var tableBottom = layout.headerBottom
        for line in body {
            for glyph in line.glyphs {
                tableBottom = max(tableBottom, glyph.maxY)
                // An arrow outside every column range sits in a ⇒ separator cell.
                if glyph.isArrow, !layout.columns.contains(where: { glyph.midX >= $0.minX && glyph.midX <= $0.maxX }) {
                    arrowTops.append(glyph.y)
                } else if let index = layout.columnIndex(forX: glyph.midX) {
                    perColumn[index].append(glyph)
                }
            }
        }
        let columnLines = perColumn.map { GlyphLine.lines(of: $0) }
        return PageColumns(
            lines: columnLines, arrowTops: arrowTops,
            bodyTop: columnLines.flatMap { $0.map(\.minY) }.min() ?? layout.headerBottom,
            tableBottom: tableBottom, numberColumn: layout.columns.firstIndex { $0.header.role == .number })
    }

    /// Each band's lines (column by column, top-down; a merged cell's lines in every band it is carried to),
    /// indexed once: a scan of every line per band would cost rows × lines on a page.
    static func linesByBand(
        _ columnLines: [[GlyphLine]], bands: [[Int?]], carried: [Int: [Int: [Int]]],
        count: Int
    ) -> [[BandLine]] {
        var result = [[BandLine]](repeating: [], count: count)
        for (column, lines) in columnLines.enumerated() {
            if let perBand = carried[column] {
                // Bands the merged cells cover take their carried lines; other bands keep their own lines.
                for (band, indices) in perBand where result.indices.contains(band) {
                    for index in indices { result[band].append(BandLine(column: column, line: lines[index], isCarried: true)) }
                }
                for (index, line) in lines.enumerated() {
                    if let band = bands[column][index], perBand[band] == nil {
                        result[band].append(BandLine(column: column, line: line, isCarried: true))
                    }
                }
                continue
            }
            for (index, line) in lines.enumerated() {
                if let band = bands[column][index] { result[band].append(BandLine(column: column, line: line, isCarried: false)) }
            }
        }
        return result
    }

    /// The row part of one band, nil when it holds no text. A policy column with merged cells is given out by
    /// paragraph (`paragraphs`) below the first row top.
    static func part(
        _ band: Int, lines: [BandLine], paragraphs: [MergedCells.Paragraph], edges: [Double],
        columns: PageColumns, layout: ColumnLayout, mergedColumn: Int?, page: Int, table: Int,
        tolerances: RowTolerances
    ) -> RowPart? {
        var row = RawRow(number: RowNumber(0), numberLocation: SourceLocation(page: page), table: table)
        var moved: Extent?  // lines kept with this row from beyond its tops
        for item in lines where band == 0 || item.column != mergedColumn {
            add(item.line, to: &row, column: layout.columns[item.column], page: page)
            if !item.isCarried, !RowBands.lies(item.line.midY, inBand: band, edges: edges, tolerances: tolerances) {
                moved = Extent(
                    top: min(moved?.top ?? item.line.minY, item.line.minY),
                    bottom: max(moved?.bottom ?? item.line.maxY, item.line.maxY))
            }
        }
        if let mergedColumn {
            for line in paragraphs.flatMap(\.lines) { add(line, to: &row, column: layout.columns[mergedColumn], page: page) }
        }
        guard !row.cells.isEmpty || !row.extra.isEmpty else { return nil }
        var top = band == 0 ? columns.bodyTop : edges[band]
        var bottom = band + 1 < edges.count - 1 ? edges[band + 1] : columns.tableBottom
        if let moved { (top, bottom) = (min(top, moved.top), max(bottom, moved.bottom)) }
        row.boxes = [
            BoundingBox(
                page: page, x: layout.tableMinX, y: top - tolerances.rowBoxPadding,
                width: layout.tableMaxX - layout.tableMinX,
                height: bottom - top + tolerances.rowBoxPadding)
        ]
        row.pages = [page]
        return RowPart(row: row, isContinuation: band == 0)
    }

    /// Adds a line to the cell of `column` in `row`.
    static func add(_ line: GlyphLine, to row: inout RawRow, column: ColumnLayout.Column, page: Int) {
        let source = SourceLine(line.text, location: .box(line.box(page: page)))
        if let role = column.header.role {
            row.cells[role, default: []].append(source)
        } else if let index = row.extra.firstIndex(where: { $0.header == column.header.text }) {
            row.extra[index].lines.append(source)
        } else {
            row.extra.append((column.header.text, [source]))
        }
    }

    /// ③ lines wrapped by the PDF maker (the cell was full) are joined back into the printed line.
    static func joinSoftWraps(_ parts: inout [RowPart], rightEdge: Double, page: Int, log: inout DiagnosticLog) {
        var count = 0
        for index in parts.indices {
            guard let lines = parts[index].row.cells[.reflection] else { continue }
            let (joinedLines, joined) = SoftWraps.join(lines, rightEdge: rightEdge)
            parts[index].row.cells[.reflection] = joinedLines
            count += joined
        }
        guard count > 0 else { return }
        log.info(
            .reflectionLinesUnwrapped,
            "\(count) line(s) of the reflection column on page \(page) reach the cell's right edge and go on in the next line; each pair was read as one line",
            at: SourceLocation(page: page))
    }
}
