import JapaneseText
import ShiryoCore

/// Slicing a page's columns into rows and joining rows split across pages.
extension GeometryTableParser {
    /// One horizontal band of the table on a page: a row, or the part of a row continued from the page before.
    struct RowPart {
        var row: RawRow
        var isContinuation: Bool
    }

    mutating func readRows(_ body: [GlyphLine], layout: ColumnLayout, page: PageGlyphs) {
        // Split every page line into columns by glyph centre; arrows only mark where rows start.
        var perColumn = [[PositionedGlyph]](repeating: [], count: layout.columns.count)
        let glyphCount = body.reduce(0) { $0 + $1.glyphs.count }
        for index in perColumn.indices { perColumn[index].reserveCapacity(glyphCount) }
        var arrowTops: [Double] = []
        var tableBottom = layout.headerBottom
        for line in body {
            for glyph in line.glyphs {
                tableBottom = max(tableBottom, glyph.maxY)
                if glyph.isArrow, isSeparatorArrow(glyph, layout) {
                    arrowTops.append(glyph.y)
                } else if let index = layout.columnIndex(forX: glyph.midX) {
                    perColumn[index].append(glyph)
                }
            }
        }
        let columnLines = perColumn.map { GlyphLine.lines(of: $0) }
        let numberColumn = layout.columns.firstIndex { $0.header.role == .number }
        let tops = rowTops(columnLines, arrowTops: arrowTops, numberColumn: numberColumn, page: page.number)
        let bodyTop = columnLines.flatMap { $0.map(\.minY) }.min() ?? layout.headerBottom

        // Band 0 lies above the first row top: the continuation of a row from the page before.
        let edges = [-Double.infinity] + tops + [Double.infinity]
        var parts: [RowPart] = []
        for band in 0..<(edges.count - 1) {
            var row = RawRow(number: 0, numberLocation: SourceLocation(page: page.number))
            for (columnIndex, lines) in columnLines.enumerated() {
                for line in lines where line.midY >= edges[band] - 0.5 && line.midY < edges[band + 1] - 0.5 {
                    add(line, to: &row, column: layout.columns[columnIndex], page: page.number)
                }
            }
            guard !row.cells.isEmpty || !row.extra.isEmpty else { continue }
            let top = band == 0 ? bodyTop : edges[band]
            let bottom = band + 1 < edges.count - 1 ? edges[band + 1] : tableBottom
            row.boxes = [BoundingBox(page: page.number, x: layout.tableMinX, y: top - 1,
                                     width: layout.tableMaxX - layout.tableMinX, height: bottom - top + 1)]
            row.pages = [page.number]
            parts.append(RowPart(row: row, isContinuation: band == 0))
        }
        for (index, part) in parts.enumerated() {
            place(part, isFirstOnPage: index == 0, isLastOnPage: index == parts.count - 1, page: page.number)
        }
    }

    /// Adds a row part to the table. A part without № at the top of a page continues the row before it; one at
    /// the bottom of a page may be the first part of a row whose № is printed on the next page.
    mutating func place(_ part: RowPart, isFirstOnPage: Bool, isLastOnPage: Bool, page: Int) {
        var region = part.row
        let number = rowNumber(region)
        region.cells[.number] = nil
        if var tail = pendingTail {
            pendingTail = nil
            if isFirstOnPage {
                // The row left open at the end of the previous page goes on here.
                merge(region, into: &tail)
                if let number {
                    tail.number = number.value
                    tail.numberLocation = number.location
                    diagnostics.info("row-number-on-next-page",
                                     "row \(number.value) starts on page \(tail.pages.first ?? page); its № is printed on page \(page)",
                                     at: number.location)
                    appendOrMerge(tail)
                } else {
                    pendingTail = tail
                }
                return
            }
            diagnostics.warn("row-without-number",
                             "a row without a № at the bottom of page \(tail.pages.last ?? page) was merged into the row above it",
                             at: tail.boxes.first.map(SourceLocation.box))
            continueLastRow(with: tail)
        }
        if let number {
            region.number = number.value
            region.numberLocation = number.location
            if part.isContinuation, rows.last?.number != number.value {
                diagnostics.info("row-top-not-found",
                                 "row \(number.value) at the top of page \(page) starts no paragraph in two columns; its № starts it",
                                 at: number.location)
            }
            appendOrMerge(region)
        } else if isFirstOnPage && !rows.isEmpty {
            diagnostics.info("row-continued", "row \(rows[rows.count - 1].number) continues on page \(page)",
                             at: region.boxes.first.map(SourceLocation.box))
            continueLastRow(with: region)
        } else if isLastOnPage {
            pendingTail = region
        } else {
            diagnostics.warn("row-without-number", "a row without a № was merged into the row above it",
                             at: region.boxes.first.map(SourceLocation.box))
            continueLastRow(with: region)
        }
    }

    /// A new row, or more of the last one when its № is printed again on the continued part.
    mutating func appendOrMerge(_ row: RawRow) {
        if let last = rows.last, last.number == row.number {
            merge(row, into: &rows[rows.count - 1])
            diagnostics.info("row-continued", "row \(row.number) continues on page \(row.pages.first ?? 0) (its № printed again)",
                             at: row.numberLocation)
        } else {
            rows.append(row)
        }
    }

    /// Text that continues the last row (or the part waiting for its №).
    mutating func continueLastRow(with part: RawRow) {
        if pendingTail != nil {
            merge(part, into: &pendingTail!)
        } else if !rows.isEmpty {
            merge(part, into: &rows[rows.count - 1])
        } else {
            let text = (part.cells.values.flatMap { $0 }.first?.text ?? "").trimmedWhitespace
            diagnostics.warn("text-outside-table", "text before the first row was skipped: \(text)",
                             at: part.boxes.first.map(SourceLocation.box) ?? part.numberLocation)
        }
    }
}
