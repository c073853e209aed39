import JapaneseText
import ShiryoCore

/// The header of a layout export: the line naming the columns (most of its cells known names), with the
/// line under it when that line completes it — a cell wrapped onto it (「番」「号」) or the lower row of a
/// two-row header, whose cells sit under a cell of the line above (「ご意見」 over 「内容」「件数」, named
/// 「ご意見・内容」「ご意見・件数」 as the PDF reader names them).
struct LayoutHeader {
    var cells: [String]
    /// Where each header cell starts (characters), left to right.
    var starts: [Int]
    /// Index of the first line of the header (the upper row of a two-row header).
    var firstLine: Int
    var bodyStart: Int

    static func find(_ lines: [SourceLine]) -> LayoutHeader? {
        guard let index = lines.firstIndex(where: { LayoutExport.headerCells(of: $0) != nil }) else { return nil }
        let main = LayoutExport.segments(of: lines[index])
        var header = LayoutHeader(cells: main.map(\.text), starts: main.map(\.start), firstLine: index, bodyStart: index + 1)
        guard index + 1 < lines.count else { return header }
        let upper = index > 0 ? spanners(above: main, in: lines[index - 1]) : []
        if !upper.isEmpty, let lower = lowerRow(lines[index + 1], main: main, upper: upper) {
            header.cells = lower.map(\.text)
            header.starts = lower.map(\.start)
            header.firstLine = index - 1
            header.bodyStart = index + 2
        } else if let joined = LayoutExport.wrappedHeader(lines[index], lines[index + 1]) {
            header.cells = joined
            header.bodyStart = index + 2
        }
        return header
    }

    /// Short cells of the line above the header, none over a header cell: candidates for spanning cells.
    static func spanners(above main: [LayoutExport.Segment], in line: SourceLine) -> [LayoutExport.Segment] {
        let cells = LayoutExport.segments(of: line)
        guard !cells.isEmpty, cells.allSatisfy(isShortCell), !cells.contains(where: { cell in main.contains { overlaps($0, cell) } })
        else { return [] }
        return cells
    }

    /// The header's cells with the lower row's cells in place of the spanning cells: each lower cell under
    /// no header cell belongs to the nearest spanning cell above it; a lower cell under a header cell
    /// completes it. Nil when the line is not such a row.
    static func lowerRow(
        _ line: SourceLine, main: [LayoutExport.Segment],
        upper: [LayoutExport.Segment]
    ) -> [LayoutExport.Segment]? {
        let pieces = LayoutExport.segments(of: line)
        guard pieces.count >= 2, pieces.allSatisfy(isShortCell) else { return nil }
        var cells = main
        var spanned = false
        for piece in pieces {
            if let index = cells.firstIndex(where: { overlaps($0, piece) }) {
                cells[index].text += piece.text
                continue
            }
            guard let parent = upper.min(by: { distance($0, piece) < distance($1, piece) }) else { return nil }
            cells.append(LayoutExport.Segment(start: piece.start, text: parent.text + TwoRowHeader.joiner + piece.text, line: piece.line))
            spanned = true
        }
        return spanned ? cells.sorted { $0.start < $1.start } : nil
    }

    static func isShortCell(_ segment: LayoutExport.Segment) -> Bool {
        StackedHeader.isCellCandidate(segment.text) && InlineNumber.bare(segment.text) == nil
            && InlineNumber.parse(segment.text) == nil
    }

    /// Whether two cells share a character position (a cell's extent: its characters, as the export places them).
    static func overlaps(_ a: LayoutExport.Segment, _ b: LayoutExport.Segment) -> Bool {
        a.start < b.start + b.text.count && b.start < a.start + a.text.count
    }

    static func distance(_ a: LayoutExport.Segment, _ b: LayoutExport.Segment) -> Int {
        abs((2 * a.start + a.text.count) - (2 * b.start + b.text.count))
    }
}
