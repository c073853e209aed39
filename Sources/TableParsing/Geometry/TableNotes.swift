import JapaneseText
import ShiryoCore

/// Lines that run across several columns are no cell's text: notes under the table (「※ページ番号は…」) and
/// group labels between rows (「【Ⅰ　子どもが健やかに育つまち】」 in a row merged across the sheet). One such
/// line bridges every gutter it crosses, so they are kept out of the columns and the rows, and reported.
extension GeometryTableParser {
    static let noteMarkers = ["※", "＊", "*", "注", "（注", "(注"]

    /// Marks in `excluded` the lines from `start` that run under the header cells of two or more columns
    /// (`headers`: their x-ranges and roles) and either open with a note marker, or — when the first column is
    /// the № column — are a single run of text starting under the № header with no number first (a cell's
    /// text never starts left of its column, and a № cell holds a number).
    mutating func excludeTableNotes(_ lines: [GlyphLine], from start: Int,
                                    headers: [(minX: Double, maxX: Double, role: ColumnRole?)],
                                    excluded: inout [Bool], page: Int, rulings: [RulingLine] = []) {
        guard let first = headers.min(by: { $0.minX < $1.minX }) else { return }
        // Lines that start under the № header: numbered rows, and categories printed from the table's left.
        let numberColumnLines = Set(first.role != .number ? []
            : lines.indices.filter { $0 >= start && !excluded[$0] && lines[$0].minX < first.maxX })
        let evidence = CategoryRows.evidence(numberColumnLines.sorted().map { lines[$0] }, rulings: rulings, tolerances: tolerances)
        for index in lines.indices where index >= start && !excluded[index] {
            if numberColumnLines.contains(index), lines[index].runs(gapInEm: 1.5).count == 1,
               CategoryRows.isNumberedCategory(lines[index], evidence: evidence, rulings: rulings, tolerances: tolerances) {
                let text = lines[index].text.trimmedWhitespace
                diagnostics.info(.rowGroupLabel, "a label across the table between rows was kept out of the records: \(text)",
                                 at: .box(lines[index].box(page: page)))
                categories.onPage.append((lines[index].midY, text))
                excluded[index] = true
                continue
            }
            let runs = lines[index].runs(gapInEm: 1.5)
            guard let run = runs.first,
                  headers.filter({ run.maxX > $0.minX && run.minX < $0.maxX }).count >= 2 else { continue }
            let text = run.text.trimmedWhitespace
            let location = SourceLocation.box(lines[index].box(page: page))
            if Self.noteMarkers.contains(where: { text.hasPrefix($0) }) {
                diagnostics.info(.tableNote, "a note across the table was kept out of the records: \(lines[index].text)",
                                 at: location)
            } else if runs.count == 1, first.role == .number, run.minX < first.maxX,
                      let word = run.runs(gapInEm: 0.5).first, Numbers.rowNumber(word.text) == nil,
                      CategoryRows.leadingNumber(run, tolerances: tolerances) == nil {
                diagnostics.info(.rowGroupLabel, "a label across the table between rows was kept out of the records: \(text)",
                                 at: location)
                categories.onPage.append((lines[index].midY, text))
            } else {
                continue
            }
            excluded[index] = true
        }
    }
}
