import JapaneseText
import ShiryoCore

/// One page of a layout export: its cells by column (from where the page's cells start) and its rows (each
/// line goes to the row whose № is printed nearest to it within its block of lines between blank lines).
struct LayoutPage {
    var lines: [SourceLine]
    var textColumnCount: Int

    init(_ lines: [SourceLine], textColumnCount: Int) {
        self.lines = lines
        self.textColumnCount = textColumnCount
    }

    /// Start positions of the text columns: the most used cell starts, left to right.
    func columnStarts(_ segments: [LayoutExport.Segment]) -> [Int] {
        var counts: [Int: Int] = [:]
        for segment in segments where InlineNumber.bare(segment.text) == nil { counts[segment.start, default: 0] += 1 }
        var clusters: [(start: Int, count: Int)] = []
        for start in counts.keys.sorted() {
            if let last = clusters.last, start - last.start <= LayoutExport.columnSlack {
                clusters[clusters.count - 1].count += counts[start]!
            } else {
                clusters.append((start, counts[start]!))
            }
        }
        let kept = clusters.filter { $0.count >= LayoutExport.minimumColumnCells }
            .sorted { $0.count > $1.count }.prefix(textColumnCount)
        return kept.map(\.start).sorted()
    }

    func rows(continuing previous: inout [FlowRowBuilder.Row]) -> [FlowRowBuilder.Row] {
        let perLine = lines.map(LayoutExport.segments(of:))
        let starts = columnStarts(perLine.flatMap { $0 })
        let numbered = perLine.indices.filter { index in perLine[index].contains { InlineNumber.bare($0.text) != nil } }
        guard !starts.isEmpty, !numbered.isEmpty else { return [] }
        var rows: [FlowRowBuilder.Row] = numbered.compactMap { index in
            guard let segment = perLine[index].first(where: { InlineNumber.bare($0.text) != nil }),
                  let number = InlineNumber.bare(segment.text) else { return nil }
            return FlowRowBuilder.Row(number: number, numberLine: segment.line, cells: Array(repeating: [], count: textColumnCount))
        }
        let ends = rowEnds(numbered)
        for (index, segments) in perLine.enumerated() {
            let rowIndex = ends.firstIndex { index < $0 } ?? rows.count - 1
            for segment in segments where !(index == numbered[rowIndex] && InlineNumber.bare(segment.text) != nil) {
                let column = starts.lastIndex { $0 <= segment.start + LayoutExport.columnSlack } ?? 0
                rows[rowIndex].cells[column].append(segment.line)
            }
        }
        return rows
    }

    /// Where each row ends (exclusive line index). A № is printed at its row's middle (or top), so a row
    /// reaches as far below its № as it began above it; the row ends at the blank line nearest to that,
    /// between its № and the next (or halfway between them when no blank line separates them).
    func rowEnds(_ numbered: [Int]) -> [Int] {
        var ends: [Int] = []
        var start = lines.firstIndex { !$0.text.trimmedWhitespace.isEmpty } ?? 0
        for (position, numberLine) in numbered.enumerated() {
            guard position + 1 < numbered.count else { ends.append(lines.count); break }
            let next = numbered[position + 1]
            let target = numberLine + max(0, numberLine - start)
            let blanks = (numberLine + 1..<next).filter { lines[$0].text.trimmedWhitespace.isEmpty }
            // No blank line: the row reaches as far below its № as above it (at least its № line).
            let end = blanks.min { abs($0 - target) < abs($1 - target) } ?? min(max(target, numberLine) + 1, next)
            ends.append(end)
            start = (end..<next).first { !lines[$0].text.trimmedWhitespace.isEmpty } ?? next
        }
        return ends
    }

}
