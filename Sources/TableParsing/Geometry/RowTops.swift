import JapaneseText
import ShiryoCore

/// Stage 6 (after the page's lines are split into columns): the heights where rows start. Rows start where
/// several columns start a paragraph at the same height (⇒ cells count as one column); a band between two
/// tops that holds several №s is split at them (single-line rows show no paragraphs).
enum RowTops {
    /// What started a paragraph at a height: a column's text, or a ⇒ arrow between columns.
    enum Source: Hashable {
        case column(Int)
        case arrow
    }

    /// A paragraph start of one column (or an arrow). `byPitch`: found only by the pitch rule, weaker
    /// evidence than a gap.
    struct Start {
        let y: Double
        let source: Source
        let byPitch: Bool
    }

    /// A line of a column that starts a paragraph.
    struct ParagraphStart {
        let index: Int
        let byPitch: Bool
    }

    /// The row tops of a page, ascending. The `ignoring` column's paragraphs start no row (a merged cell's);
    /// rows found that way are not reported.
    static func find(
        _ columnLines: [[GlyphLine]], arrowTops: [Double], numberColumn: Int?, page: Int,
        ignoring ignored: Int? = nil, tolerances: RowTolerances = .standard,
        log: inout DiagnosticLog
    ) -> [Double] {
        let tops = paragraphTops(
            columnLines, arrowTops: arrowTops, numberColumn: numberColumn, ignoring: ignored,
            tolerances: tolerances)
        guard let numberColumn else { return tops }
        let added = numberTops(columnLines[numberColumn], tops: tops, tolerances: tolerances)
        guard !added.isEmpty, ignored == nil else { return (tops + added).sorted() }
        log.info(
            .rowsFromNumbers,
            "\(added.count) row(s) on page \(page) start no paragraph in two columns; their № starts them",
            at: SourceLocation(page: page))
        return (tops + added).sorted()
    }

    /// Heights where paragraph starts of enough columns lie together.
    static func paragraphTops(
        _ columnLines: [[GlyphLine]], arrowTops: [Double], numberColumn: Int?, ignoring ignored: Int?,
        tolerances: RowTolerances
    ) -> [Double] {
        var starts: [Start] = []
        var lineHeight = 0.0
        for (index, lines) in columnLines.enumerated() where index != numberColumn && index != ignored {
            for start in paragraphStarts(lines, tolerances: tolerances) {
                starts.append(Start(y: lines[start.index].minY, source: .column(index), byPitch: start.byPitch))
            }
            for line in lines { lineHeight = max(lineHeight, line.height) }
        }
        for top in arrowTops { starts.append(Start(y: top, source: .arrow, byPitch: false)) }
        starts.sort { $0.y < $1.y }
        let tolerance = max(lineHeight * tolerances.startCluster, tolerances.startClusterMinimum)
        let needed = min(tolerances.columnsStartingRow, max(1, columnLines.count - 1))
        var tops: [Double] = []
        var cluster: [Start] = []
        for start in starts.map(Optional.some) + [nil] {
            if let first = cluster.first, start.map({ $0.y - first.y > tolerance }) ?? true {
                if let top = clusterTop(
                    cluster, needed: needed, columnLines: columnLines, numberColumn: numberColumn,
                    tolerance: tolerance)
                {
                    tops.append(top)
                }
                cluster = []
            }
            if let start { cluster.append(start) }
        }
        return tops
    }

    /// The top a cluster of paragraph starts gives, if enough columns start there.
    static func clusterTop(
        _ cluster: [Start], needed: Int, columnLines: [[GlyphLine]], numberColumn: Int?,
        tolerance: Double
    ) -> Double? {
        let top = cluster.map(\.y).min()!
        let sources = Set(cluster.map(\.source))
        if Set(cluster.filter { !$0.byPitch }.map(\.source)).count >= needed { return top }
        guard sources.count >= needed else { return nil }
        // A wider pitch also follows a line set in a taller font (Latin beside Mincho); a row starts there only
        // if every column with a line at that height starts a paragraph.
        let present = columnLines.indices.filter { index in
            index != numberColumn && columnLines[index].contains { abs($0.minY - top) <= tolerance }
        }
        let columns = sources.filter { if case .column = $0 { true } else { false } }
        return columns.count >= present.count ? top : nil
    }

    /// Tops of rows that start at their № only: a second № in one band starts a row of its own. The first № of
    /// the band above the first top starts a row only when another № follows it there.
    static func numberTops(_ numberLines: [GlyphLine], tops: [Double], tolerances: RowTolerances) -> [Double] {
        let numbers = numberLines.filter { Numbers.rowNumber($0.text) != nil }
        var added: [Double] = []
        var previousBand: Int?
        for number in numbers {
            let band = SortedSearch.lastIndex(in: tops, atMost: number.midY + tolerances.bandSlack)
            if band == previousBand || band == nil { added.append(number.minY) }
            previousBand = band
        }
        if let first = numbers.first, tops.lastIndex(where: { $0 <= first.midY + tolerances.bandSlack }) == nil,
            added.count == 1, added[0] == first.minY
        {
            return []
        }
        return added
    }

    /// Lines of one column that start a paragraph: after a gap, or (`byPitch`) a top-to-top step beyond the
    /// column's usual pitch. The first line always starts one.
    static func paragraphStarts(_ lines: [GlyphLine], tolerances: RowTolerances = .standard) -> [ParagraphStart] {
        let pitch = usualPitch(lines, tolerances: tolerances)
        var starts: [ParagraphStart] = []
        var previousStep: Double?
        for (index, line) in lines.enumerated() {
            guard index > 0 else { starts.append(ParagraphStart(index: 0, byPitch: false)); continue }
            let previous = lines[index - 1]
            let gap = line.minY - previous.maxY
            // Glyph boxes taller than the line pitch (tight spreadsheet rows) hide the gap: a top-to-top
            // distance beyond the column's usual pitch starts a paragraph too — unless the line before sat
            // too high by as much (a box placed off its baseline): then the two steps add up to two pitches.
            let step = line.typicalTop - previous.typicalTop
            let widened =
                pitch.map { pitch in
                    let tolerance = max(tolerances.pitchSlackMinimum, pitch * tolerances.pitchSlack)
                    return step > pitch + tolerance && (previousStep.map { $0 + step > pitch * 2 + tolerance } ?? true)
                } ?? false
            let afterGap = gap > line.height * tolerances.paragraphGap
            if afterGap || widened { starts.append(ParagraphStart(index: index, byPitch: !afterGap)) }
            previousStep = step
        }
        return starts
    }

    /// The median top-to-top distance (typical tops) of consecutive lines of a column closer than two line
    /// heights: the pitch inside its paragraphs. Nil with fewer than three such pairs (too few lines to know).
    static func usualPitch(_ lines: [GlyphLine], tolerances: RowTolerances = .standard) -> Double? {
        let steps = zip(lines, lines.dropFirst()).map { $1.typicalTop - $0.typicalTop }
            .filter { step in step > 0 && step < (lines.first?.height ?? 0) * tolerances.pitchWindow }
        return steps.count >= tolerances.pitchSteps ? steps.upperMedian : nil
    }
}
