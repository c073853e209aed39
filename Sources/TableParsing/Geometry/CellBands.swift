import JapaneseText
import ShiryoCore

/// Stage 7: the row band of every line, and the lines of merged cells carried to each row they span.
extension RowSlicing {
    /// The row band of every line, column by column: the band its middle lies in, except for a cell centred
    /// vertically (Japanese Excel's default), which reaches above and below the tops its shorter neighbours
    /// give: a paragraph (lines at line pitch) crossing a row top, centred on a row's № (within half a line)
    /// like the rest of that row, with at least half its lines in that row, goes there whole. Rows one line
    /// high without gaps (one paragraph down the column, a line per №) are no such cell: most of their lines
    /// lie in other rows.
    static func cellBands(
        _ columnLines: [[GlyphLine]], edges: [Double], numberColumn: Int?, page: Int,
        tolerances: RowTolerances = .standard, log: inout DiagnosticLog
    ) -> [[Int?]] {
        func band(_ y: Double) -> Int? { RowBands.band(of: y, edges: edges, tolerances: tolerances) }
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
                let starts = RowTops.paragraphStarts(lines, tolerances: tolerances).map(\.index) + [lines.count]
                for (start, end) in zip(starts, starts.dropFirst()) where end > start {
                    let paragraph = bands[start..<end]
                    guard Set(paragraph.compactMap { $0 }).count > 1 else { continue }
                    let centre = (lines[start].minY + lines[end - 1].maxY) / 2
                    guard let target = band(centre), let number = numberMiddles[target],
                        abs(number - centre) <= lines[start].height * tolerances.centredOnNumber,
                        paragraph.filter({ $0 == target }).count * 2 >= paragraph.count
                    else { continue }
                    for index in start..<end where bands[index] != target { bands[index] = target; moved += 1 }
                }
            }
            result.append(bands)
        }
        if moved > 0 {
            log.info(
                .cellAcrossRowTop,
                "\(moved) line(s) on page \(page) belong to a paragraph that crosses a row top (cells centred vertically); they were kept with the row holding the paragraph's middle",
                at: SourceLocation(page: page))
        }
        return result
    }

    /// Columns without a role whose cells are merged over runs of rows (see `MergedExtraCells`): per column,
    /// the lines each band gets (a merged cell's lines go to every band it spans).
    static func carriedCells(
        _ columnLines: [[GlyphLine]], bands: [[Int?]], bandCount: Int, layout: ColumnLayout,
        page: Int, tolerances: GeometryTolerances = .standard,
        log: inout DiagnosticLog
    ) -> [Int: [Int: [Int]]] {
        var carried: [Int: [Int: [Int]]] = [:]
        for column in layout.columns.indices where layout.columns[column].header.role == nil {
            let extents = MergedExtraCells.extents(columnLines, bands: bands, count: bandCount, except: column)
            guard
                let spans = MergedExtraCells.spans(
                    columnLines[column], bands: bands[column], extents: extents,
                    tolerances: tolerances)
            else { continue }
            var map: [Int: [Int]] = [0: bands[column].indices.filter { bands[column][$0] == 0 }]
            for span in spans {
                for band in span.bands { map[band, default: []] += span.lines }
            }
            carried[column] = map
            let header = layout.columns[column].header.text
            for span in spans where span.bands.count > 1 {
                let text = span.lines.map { columnLines[column][$0].text }.joined(separator: " ")
                log.info(
                    .mergedCellCarried,
                    "「\(text)」 in column \(header) on page \(page) is centred over \(span.bands.count) rows (a merged cell); it was given to each of them",
                    at: SourceLocation(page: page))
            }
        }
        return carried
    }
}
