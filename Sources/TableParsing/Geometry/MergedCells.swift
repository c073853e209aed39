/// A policy printed once for several rows sits in a merged cell, often centred over the rows it spans, so
/// its text lies in the middle of those rows (or straddles two of them) instead of at the top of the first.
/// Without ruling lines the merge is read from where the text is: a paragraph that does not start at a
/// row top is centred over the run of rows whose middle is nearest to its own; it belongs to the first of
/// them, and the record builder gives it to the others (`policy-inherited`).
enum MergedCells {
    struct Paragraph {
        let lines: [GlyphLine]
        var minY: Double { lines.map(\.minY).min() ?? 0 }
        var maxY: Double { lines.map(\.maxY).max() ?? 0 }
        var midY: Double { (minY + maxY) / 2 }
    }

    /// Lines of one column cut where a paragraph starts (a gap, or a step beyond the line pitch).
    static func paragraphs(_ lines: [GlyphLine]) -> [Paragraph] {
        let sorted = lines.sorted { $0.minY < $1.minY }
        let starts = RowTops.paragraphStarts(sorted).map(\.index) + [sorted.count]
        return zip(starts, starts.dropFirst()).map { Paragraph(lines: Array(sorted[$0..<$1])) }
    }

    /// The row each paragraph belongs to, or nil when every row holds a paragraph of its own (no merged cell
    /// on the page: the rows keep the lines inside them).
    static func startRows(
        of paragraphs: [Paragraph], rowTops: [Double], tableBottom: Double,
        tolerances: RowTolerances = .standard
    ) -> [Int]? {
        guard !paragraphs.isEmpty, !rowTops.isEmpty else { return nil }
        let lineHeight = paragraphs.flatMap(\.lines).map(\.height).max() ?? tolerances.defaultLineHeight
        let tolerance = max(lineHeight * tolerances.mergedAlign, tolerances.mergedAlignMinimum)
        func row(containing y: Double) -> Int { SortedSearch.lastIndex(in: rowTops, atMost: y + tolerance) ?? 0 }
        let aligned = paragraphs.map { SortedSearch.contains(in: rowTops, near: $0.minY, within: tolerance) }
        // Every row holds the middle of a paragraph of its own (top-aligned or centred in its cell): no merge.
        if Set(paragraphs.map { row(containing: $0.midY) }).count == rowTops.count { return nil }

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
