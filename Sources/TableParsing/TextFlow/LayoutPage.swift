import JapaneseText
import ShiryoCore

/// One page of a layout export: its cells by column (from where the page's cells start) and its rows (each
/// line goes to the row whose № is printed nearest to it within its block of lines between blank lines).
struct LayoutPage {
    var lines: [SourceLine]
    var textColumnCount: Int
    /// Where the header's cells start: a cell glued to the one before it by a single space is split there.
    var headerStarts: [Int] = []

    init(_ lines: [SourceLine], textColumnCount: Int, headerStarts: [Int] = []) {
        self.lines = lines
        self.textColumnCount = textColumnCount
        self.headerStarts = headerStarts
    }

    /// A column of the page: where its cells start, and whether it holds counts (「2」「10件」) rather than text.
    struct Column {
        var start: Int
        var count: Int
        var counts: Bool
    }

    /// The text columns: the most used cell starts, left to right. Counts and text are clustered apart, so
    /// a narrow 件数 column next to the text column right of it stays a column of its own.
    func columns(_ segments: [LayoutExport.Segment], numberStart: Int?) -> [Column] {
        var counts: [Int: (Int, Bool)] = [:]
        for segment in segments where !isRowNumber(segment, numberStart) {
            let isCount = FlowStructure.isCount(segment.text)
            counts[segment.start * 2 + (isCount ? 1 : 0), default: (0, isCount)].0 += 1
        }
        var clusters: [Column] = []
        for key in counts.keys.sorted(by: { ($0 % 2, $0) < ($1 % 2, $1) }) {
            let (count, isCount) = counts[key]!
            if let last = clusters.last, last.counts == isCount, key / 2 - last.start <= LayoutExport.columnSlack {
                clusters[clusters.count - 1].count += count
            } else {
                clusters.append(Column(start: key / 2, count: count, counts: isCount))
            }
        }
        let kept = clusters.filter { $0.count >= LayoutExport.minimumColumnCells }.sorted { $0.count > $1.count }.prefix(textColumnCount)
        return kept.sorted { $0.start < $1.start }
    }

    /// The column a cell belongs to: a count goes to the count column it starts at, else the last column
    /// starting left of it.
    func column(of segment: LayoutExport.Segment, in columns: [Column]) -> Int {
        if FlowStructure.isCount(segment.text),
            let index = columns.firstIndex(where: { $0.counts && abs($0.start - segment.start) <= LayoutExport.columnSlack })
        {
            return index
        }
        let text = columns.indices.filter { !columns[$0].counts }
        return text.last { columns[$0].start <= segment.start + LayoutExport.columnSlack } ?? text.first ?? 0
    }

    /// Where the page's row №s are printed: the most common start of a line's first cell that is a bare №.
    func numberStart(_ perLine: [[LayoutExport.Segment]]) -> Int? {
        var counts: [Int: Int] = [:]
        for segments in perLine {
            if let first = segments.first, InlineNumber.bare(first.text) != nil { counts[first.start, default: 0] += 1 }
        }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    func isRowNumber(_ segment: LayoutExport.Segment, _ numberStart: Int?) -> Bool {
        guard InlineNumber.bare(segment.text) != nil else { return false }
        guard let numberStart else { return true }
        return abs(segment.start - numberStart) <= LayoutExport.columnSlack
    }

    /// The cells of each line, a cell glued to the one before it by a single space split where a header
    /// cell starts (「…達成時 2」 under 「件数」).
    func cells() -> [[LayoutExport.Segment]] {
        lines.map { line in
            LayoutExport.segments(of: line).flatMap { LayoutExport.split($0, at: headerStarts) }
        }
    }

    func rows(continuing previous: inout [FlowRowBuilder.Row], _ diagnostics: inout DiagnosticLog) -> [FlowRowBuilder.Row] {
        let perLine = cells()
        let numberStart = numberStart(perLine)
        let columns = columns(perLine.flatMap { $0 }, numberStart: numberStart)
        let numbered = perLine.indices.filter { index in perLine[index].contains { isRowNumber($0, numberStart) } }
        guard !columns.isEmpty, !numbered.isEmpty else { return [] }
        var rows: [FlowRowBuilder.Row] = numbered.compactMap { index in
            guard let segment = perLine[index].first(where: { isRowNumber($0, numberStart) }),
                let number = InlineNumber.bare(segment.text)
            else { return nil }
            return FlowRowBuilder.Row(number: number, numberLine: segment.line, cells: Array(repeating: [], count: textColumnCount))
        }
        let (ends, guessed) = LayoutRowEnds(lines: lines, cells: perLine).ends(numbered)
        for row in rows where guessed.contains(where: { lines[$0].location == row.numberLine.location }) {
            diagnostics.warn(
                .rowStartGuessed,
                "row \(row.number): where it ends was guessed (no blank line before the next row); check it and the row after",
                at: row.numberLine.location)
        }
        for (index, segments) in perLine.enumerated() {
            let rowIndex = ends.firstIndex { index < $0 } ?? rows.count - 1
            for segment in segments where !(index == numbered[rowIndex] && isRowNumber(segment, numberStart)) {
                let column = min(column(of: segment, in: columns), textColumnCount - 1)
                rows[rowIndex].cells[column].append(segment.line)
            }
        }
        return rows
    }
}
