import ShiryoCore

/// A column that prints a value once for a run of rows (a schedule's date 「6月10日」 in a cell merged over
/// the day's five rows, centred on them) means that value for each of those rows. Without ruling lines the
/// merge is read from where the text is: the column is empty in most rows, and each of its texts is centred
/// on a run of rows that are empty in that column. Only where two or more such runs are found (one centred
/// note in a 備考 column is no pattern) are the texts given to every row of their run.
enum MergedExtraCells {
    /// A column's text and the rows (bands) it is given to.
    struct Span: Sendable {
        let lines: [Int]
        let bands: ClosedRange<Int>
    }

    /// `lines`: one column's lines; `bands`: the band of each; `extents`: per band, the top and bottom of the
    /// other columns' text in it (nil for a band without). The spans must tile the page's rows: each text
    /// centred on the rows from the end of the span above it down to some row above the next text, the last
    /// span ending at the last row. Nil when the column shows no such merged cells.
    static func spans(
        _ lines: [GlyphLine], bands: [Int?], extents: [ClosedRange<Double>?],
        tolerances: GeometryTolerances
    ) -> [Span]? {
        let paragraphs = paragraphsByBand(bands)
        guard paragraphs.count >= 2, let lastBand = extents.indices.last(where: { extents[$0] != nil }) else { return nil }
        var spans: [Span] = []
        var start = 1  // band 0 is the continued row from the page before
        for (index, paragraph) in paragraphs.enumerated() {
            guard paragraph.band >= start else { return nil }
            let latest = index + 1 < paragraphs.count ? paragraphs[index + 1].band - 1 : lastBand
            let middle = (paragraph.lines.map { lines[$0].minY }.min()! + paragraph.lines.map { lines[$0].maxY }.max()!) / 2
            let tolerance = lines[paragraph.lines[0]].height * tolerances.mergedCentre
            let ends = (paragraph.band...max(paragraph.band, latest)).filter { end in
                guard let upper = extents[start]?.lowerBound, let lower = extents[end]?.upperBound else { return false }
                return abs((upper + lower) / 2 - middle) <= tolerance
            }
            guard let end = ends.last else { return nil }
            spans.append(Span(lines: paragraph.lines, bands: start...end))
            start = end + 1
        }
        guard start == lastBand + 1, spans.filter({ $0.bands.count > 1 }).count >= tolerances.mergedSpans else { return nil }
        return spans
    }

    /// The column's lines grouped by band, top-down (lines of one band are one cell's text).
    static func paragraphsByBand(_ bands: [Int?]) -> [(band: Int, lines: [Int])] {
        var result: [(band: Int, lines: [Int])] = []
        for (index, band) in bands.enumerated() {
            guard let band, band > 0 else { continue }
            if let last = result.last, last.band == band {
                result[result.count - 1].lines.append(index)
            } else {
                result.append((band, [index]))
            }
        }
        return result
    }

    /// Per band, the vertical extent of the text of every column but `column`.
    static func extents(_ columnLines: [[GlyphLine]], bands: [[Int?]], count: Int, except column: Int) -> [ClosedRange<Double>?] {
        var result = [ClosedRange<Double>?](repeating: nil, count: count)
        for (index, lines) in columnLines.enumerated() where index != column {
            for (lineIndex, line) in lines.enumerated() {
                guard let band = bands[index][lineIndex], band < count else { continue }
                let current = result[band]
                result[band] = min(current?.lowerBound ?? line.minY, line.minY)...max(current?.upperBound ?? line.maxY, line.maxY)
            }
        }
        return result
    }
}
