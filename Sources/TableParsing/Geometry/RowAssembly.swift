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
        var tops = rowTops(columnLines, arrowTops: arrowTops, numberColumn: numberColumn, page: page.number)
        let mergedPolicy = mergedPolicyCells(columnLines, tops: tops, arrowTops: arrowTops, numberColumn: numberColumn, layout: layout,
                                             tableBottom: tableBottom, page: page.number)
        if let mergedPolicy { tops = mergedPolicy.tops }
        let bodyTop = columnLines.flatMap { $0.map(\.minY) }.min() ?? layout.headerBottom

        // Band 0 lies above the first row top: the continuation of a row from the page before.
        let edges = [-Double.infinity] + tops + [Double.infinity]
        let bands = cellBands(columnLines, edges: edges, numberColumn: numberColumn, page: page.number)
        let carried = carriedCells(columnLines, bands: bands, bandCount: edges.count - 1, layout: layout, page: page.number)
        // Each band's lines (column by column, top-down; a merged cell's lines in every band it is carried to)
        // and merged paragraphs, indexed once: a scan of every line per band would cost rows × lines on a page.
        var linesByBand = [[(column: Int, line: GlyphLine, isCarried: Bool)]](repeating: [], count: edges.count - 1)
        for (columnIndex, lines) in columnLines.enumerated() {
            if let perBand = carried[columnIndex] {
                // Bands the merged cells cover take their carried lines; other bands keep their own lines.
                for (band, indices) in perBand where linesByBand.indices.contains(band) {
                    for lineIndex in indices { linesByBand[band].append((columnIndex, lines[lineIndex], true)) }
                }
                for (lineIndex, line) in lines.enumerated() {
                    if let band = bands[columnIndex][lineIndex], perBand[band] == nil {
                        linesByBand[band].append((columnIndex, line, true))
                    }
                }
                continue
            }
            for (lineIndex, line) in lines.enumerated() {
                if let band = bands[columnIndex][lineIndex] { linesByBand[band].append((columnIndex, line, false)) }
            }
        }
        var paragraphsByBand = [[MergedCells.Paragraph]](repeating: [], count: edges.count - 1)
        for (rowIndex, paragraph) in mergedPolicy?.paragraphs ?? [] where paragraphsByBand.indices.contains(rowIndex + 1) {
            paragraphsByBand[rowIndex + 1].append(paragraph)
        }
        var parts: [RowPart] = []
        for band in 0..<(edges.count - 1) {
            var row = RawRow(number: RowNumber(0), numberLocation: SourceLocation(page: page.number), table: max(tables.count, 1))
            var movedExtent: (top: Double, bottom: Double)?  // lines kept with this row from beyond its tops
            // A policy column with merged cells is given out by paragraph below the first row top.
            for (columnIndex, line, isCarried) in linesByBand[band] where band == 0 || columnIndex != mergedPolicy?.column {
                add(line, to: &row, column: layout.columns[columnIndex], page: page.number)
                if !isCarried, !Self.lies(line.midY, inBand: band, edges: edges) {
                    movedExtent = (min(movedExtent?.top ?? line.minY, line.minY), max(movedExtent?.bottom ?? line.maxY, line.maxY))
                }
            }
            for paragraph in paragraphsByBand[band] {
                for line in paragraph.lines { add(line, to: &row, column: layout.columns[mergedPolicy!.column], page: page.number) }
            }
            guard !row.cells.isEmpty || !row.extra.isEmpty else { continue }
            var top = band == 0 ? bodyTop : edges[band]
            var bottom = band + 1 < edges.count - 1 ? edges[band + 1] : tableBottom
            if let movedExtent { (top, bottom) = (min(top, movedExtent.top), max(bottom, movedExtent.bottom)) }
            row.boxes = [BoundingBox(page: page.number, x: layout.tableMinX, y: top - 1,
                                     width: layout.tableMaxX - layout.tableMinX, height: bottom - top + 1)]
            row.pages = [page.number]
            parts.append(RowPart(row: row, isContinuation: band == 0))
        }
        if let column = layout.columns.firstIndex(where: { $0.header.role == .reflection }),
           let rightEdge = columnLines[column].map(\.maxX).max() {
            joinSoftWraps(&parts, rightEdge: rightEdge, page: page.number)
        }
        assignCategories(&parts)
        if !parts.isEmpty { notePage(page.number) }
        for (index, part) in parts.enumerated() {
            place(part, isFirstOnPage: index == 0, isLastOnPage: index == parts.count - 1, page: page.number)
        }
    }

    /// Columns without a role whose cells are merged over runs of rows (see `MergedExtraCells`): per column,
    /// the lines each band gets (a merged cell's lines go to every band it spans).
    mutating func carriedCells(_ columnLines: [[GlyphLine]], bands: [[Int?]], bandCount: Int, layout: ColumnLayout,
                               page: Int) -> [Int: [Int: [Int]]] {
        var carried: [Int: [Int: [Int]]] = [:]
        for column in layout.columns.indices where layout.columns[column].header.role == nil {
            let extents = MergedExtraCells.extents(columnLines, bands: bands, count: bandCount, except: column)
            guard let spans = MergedExtraCells.spans(columnLines[column], bands: bands[column], extents: extents,
                                                     tolerances: tolerances) else { continue }
            var map: [Int: [Int]] = [0: bands[column].indices.filter { bands[column][$0] == 0 }]
            for span in spans {
                for band in span.bands { map[band, default: []] += span.lines }
            }
            carried[column] = map
            let header = layout.columns[column].header.text
            for span in spans where span.bands.count > 1 {
                let text = span.lines.map { columnLines[column][$0].text }.joined(separator: " ")
                diagnostics.info(.mergedCellCarried,
                                 "「\(text)」 in column \(header) on page \(page) is centred over \(span.bands.count) rows (a merged cell); it was given to each of them",
                                 at: SourceLocation(page: page))
            }
        }
        return carried
    }

    /// The row band of every line, column by column: the band its middle lies in, except for a cell centred
    /// vertically (Japanese Excel's default), which reaches above and below the tops its shorter neighbours
    /// give: a paragraph (lines at line pitch) crossing a row top, centred on a row's № (within half a line)
    /// like the rest of that row, with at least half its lines in that row, goes there whole. Rows one line high without gaps (one
    /// paragraph down the column, a line per №) are no such cell: most of their lines lie in other rows.
    mutating func cellBands(_ columnLines: [[GlyphLine]], edges: [Double], numberColumn: Int?, page: Int) -> [[Int?]] {
        func band(_ y: Double) -> Int? { Self.band(of: y, edges: edges) }
        var numberMiddles: [Int: Double] = [:]
        if let numberColumn {
            for line in columnLines[numberColumn] where Numbers.rowNumber(line.text) != nil {
                if let row = band(line.midY), numberMiddles[row] == nil { numberMiddles[row] = line.midY }
            }
        }
        var moved = 0
        var result: [[Int?]] = []
        for (column, lines) in columnLines.enumerated() {
            var bands = lines.map { band($0.midY) }
            if column != numberColumn {
                let starts = Self.paragraphStarts(lines).map(\.index) + [lines.count]
                for (start, end) in zip(starts, starts.dropFirst()) where end > start {
                    let paragraph = bands[start..<end]
                    guard Set(paragraph.compactMap { $0 }).count > 1 else { continue }
                    let centre = (lines[start].minY + lines[end - 1].maxY) / 2
                    guard let target = band(centre), let number = numberMiddles[target],
                          abs(number - centre) <= lines[start].height / 2,
                          paragraph.filter({ $0 == target }).count * 2 >= paragraph.count else { continue }
                    for index in start..<end where bands[index] != target { bands[index] = target; moved += 1 }
                }
            }
            result.append(bands)
        }
        if moved > 0 {
            diagnostics.info(.cellAcrossRowTop,
                             "\(moved) line(s) on page \(page) belong to a paragraph that crosses a row top (cells centred vertically); they were kept with the row holding the paragraph's middle",
                             at: SourceLocation(page: page))
        }
        return result
    }

    /// The band `y` lies in (see `lies`), nil above the first edge or below the last. `edges` ascend (row
    /// tops are sorted): a binary search, since every line of a page asks and a page can hold thousands of rows.
    static func band(of y: Double, edges: [Double]) -> Int? {
        var low = 0, high = edges.count  // ends at the first edge whose band starts below y
        while low < high {
            let middle = (low + high) / 2
            if edges[middle] - 0.5 <= y { low = middle + 1 } else { high = middle }
        }
        let band = low - 1
        guard band >= 0, band < edges.count - 1, lies(y, inBand: band, edges: edges) else { return nil }
        return band
    }

    /// Band `band` runs from `edges[band]` to `edges[band + 1]`, each edge taken half a point higher.
    static func lies(_ y: Double, inBand band: Int, edges: [Double]) -> Bool {
        y >= edges[band] - 0.5 && y < edges[band + 1] - 0.5
    }

    /// ③ lines wrapped by the PDF maker (the cell was full) are joined back into the printed line.
    mutating func joinSoftWraps(_ parts: inout [RowPart], rightEdge: Double, page: Int) {
        var count = 0
        for index in parts.indices {
            guard let lines = parts[index].row.cells[.reflection] else { continue }
            let (joinedLines, joined) = SoftWraps.join(lines, rightEdge: rightEdge)
            parts[index].row.cells[.reflection] = joinedLines
            count += joined
        }
        guard count > 0 else { return }
        diagnostics.info(.reflectionLinesUnwrapped,
                         "\(count) line(s) of the reflection column on page \(page) reach the cell's right edge and go on in the next line; each pair was read as one line",
                         at: SourceLocation(page: page))
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
                    diagnostics.info(.rowNumberOnNextPage,
                                     "row \(number.value) starts on page \(tail.pages.first ?? page); its № is printed on page \(page)",
                                     at: number.location)
                    appendOrMerge(tail)
                } else {
                    pendingTail = tail
                }
                return
            }
            diagnostics.warn(.rowWithoutNumber,
                             "a row without a № at the bottom of page \(tail.pages.last ?? page) was merged into the row above it",
                             at: tail.boxes.first.map(SourceLocation.box))
            continueLastRow(with: tail)
        }
        if let number {
            region.number = number.value
            region.numberLocation = number.location
            if part.isContinuation, rows.last.map({ $0.number.isSameNumber(as: number.value) }) != true {
                diagnostics.info(.rowTopNotFound,
                                 "row \(number.value) at the top of page \(page) starts no paragraph in two columns; its № starts it",
                                 at: number.location)
            }
            appendOrMerge(region)
        } else if isFirstOnPage && !rows.isEmpty {
            diagnostics.info(.rowContinued, "row \(rows[rows.count - 1].number) continues on page \(page)",
                             at: region.boxes.first.map(SourceLocation.box))
            continueLastRow(with: region)
        } else if isLastOnPage {
            pendingTail = region
        } else {
            diagnostics.warn(.rowWithoutNumber, "a row without a № was merged into the row above it",
                             at: region.boxes.first.map(SourceLocation.box))
            continueLastRow(with: region)
        }
    }

    /// A new row, or more of the last one when its № is printed again on the continued part.
    mutating func appendOrMerge(_ row: RawRow) {
        if let last = rows.last, last.table == row.table, last.number.isSameNumber(as: row.number) {
            merge(row, into: &rows[rows.count - 1])
            diagnostics.info(.rowContinued, "row \(row.number) continues on page \(row.pages.first ?? 0) (its № printed again)",
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
            diagnostics.warn(.textOutsideTable, "text before the first row was skipped: \(text)",
                             at: part.boxes.first.map(SourceLocation.box) ?? part.numberLocation)
        }
    }
}
