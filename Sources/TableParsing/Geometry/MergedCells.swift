/// A policy printed once for several rows sits in a merged cell, often centred over the rows it spans, so
/// its text lies in the middle of those rows (or straddles two of them) instead of at the top of the first.
/// Without ruling lines the merge is read from where the text is: a paragraph that does not start at a
/// row top is centred over the run of rows whose middle is nearest to its own; it belongs to the first of
/// them, and the record builder gives it to the others (`policy-inherited`).
enum MergedCells {
    struct Paragraph {
        var lines: [GlyphLine]
        var minY: Double { lines.map(\.minY).min() ?? 0 }
        var maxY: Double { lines.map(\.maxY).max() ?? 0 }
        var midY: Double { (minY + maxY) / 2 }
    }

    /// Lines of one column cut where the gap between them is taller than most of a line.
    static func paragraphs(_ lines: [GlyphLine]) -> [Paragraph] {
        var result: [Paragraph] = []
        for line in lines.sorted(by: { $0.minY < $1.minY }) {
            if let last = result.last?.lines.last, line.minY - last.maxY <= line.height * 0.8 {
                result[result.count - 1].lines.append(line)
            } else {
                result.append(Paragraph(lines: [line]))
            }
        }
        return result
    }

    /// The row each paragraph belongs to, or nil when every row starts with its own paragraph (no merged
    /// cell on the page: the rows keep the lines inside them).
    static func startRows(of paragraphs: [Paragraph], rowTops: [Double], tableBottom: Double) -> [Int]? {
        guard !paragraphs.isEmpty, !rowTops.isEmpty else { return nil }
        let lineHeight = paragraphs.flatMap(\.lines).map(\.height).max() ?? 10
        let tolerance = max(lineHeight * 0.3, 1.5)
        func row(containing y: Double) -> Int { rowTops.lastIndex { $0 <= y + tolerance } ?? 0 }
        let aligned = paragraphs.map { paragraph in rowTops.contains { abs($0 - paragraph.minY) <= tolerance } }
        let alignedRows = Set(paragraphs.indices.filter { aligned[$0] }.map { row(containing: paragraphs[$0].minY) })
        if alignedRows.count == rowTops.count { return nil }

        var result: [Int] = []
        var earliest = 0
        for (index, paragraph) in paragraphs.enumerated() {
            let first = row(containing: paragraph.minY)
            if aligned[index] {
                result.append(first)
                earliest = first + 1
                continue
            }
            let last = max(first, row(containing: paragraph.maxY))
            let latest = index + 1 < paragraphs.count ? max(last, row(containing: paragraphs[index + 1].minY) - 1) : rowTops.count - 1
            var spans: [(offset: Double, start: Int, end: Int)] = []
            for start in min(earliest, first)...first {
                for end in last...latest {
                    let bottom = end + 1 < rowTops.count ? rowTops[end + 1] : tableBottom
                    spans.append((abs(paragraph.midY - (rowTops[start] + bottom) / 2), start, end))
                }
            }
            // Spans centred on the paragraph alike (rows 2–2 and 1–3 around a paragraph in row 2): the
            // widest, as rows without a policy of their own are in some merged cell.
            let closest = spans.map(\.offset).min()!
            let best = spans.filter { $0.offset <= closest + tolerance }
                .max { ($0.end - $0.start, -$0.start) < ($1.end - $1.start, -$1.start) }!
            result.append(best.start)
            earliest = best.end + 1
        }
        return result
    }
}

extension GeometryTableParser {
    /// When the page's policy column has merged cells: the row tops found without that column (text centred
    /// in a merged cell starts no row) and the row each policy paragraph belongs to. Nil when every row
    /// prints its own policy, or the table has no policy column.
    func mergedPolicyCells(_ columnLines: [[GlyphLine]], arrowTops: [Double], numberColumn: Int?, layout: ColumnLayout,
                           tableBottom: Double)
        -> (column: Int, found: (tops: [Double], fromNumbers: Int), paragraphs: [(row: Int, paragraph: MergedCells.Paragraph)])? {
        guard let column = layout.columns.firstIndex(where: { $0.header.role == .policy }) else { return nil }
        let found = rowTops(columnLines, arrowTops: arrowTops, numberColumn: numberColumn, ignoring: column)
        let below = found.tops.first ?? .infinity
        let paragraphs = MergedCells.paragraphs(columnLines[column].filter { $0.midY >= below - 0.5 })
        guard let rows = MergedCells.startRows(of: paragraphs, rowTops: found.tops, tableBottom: tableBottom) else { return nil }
        return (column, found, Array(zip(rows, paragraphs)))
    }
}
