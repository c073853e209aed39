import JapaneseText
import ShiryoCore

/// Lines that run across several columns are no cell's text: notes under the table (「※ページ番号は…」) and
/// group labels between rows (「【Ⅰ　子どもが健やかに育つまち】」 in a row merged across the sheet). One such
/// line bridges every gutter it crosses, so they are kept out of the columns and the rows, and reported.
enum TableNotes {
    static let noteMarkers = ["※", "＊", "*", "注", "（注", "(注"]

    /// A header cell's x-range and role, as the note test needs it.
    struct HeaderSpan {
        let minX: Double
        let maxX: Double
        let role: ColumnRole?
    }

    /// Marks in `excluded` the lines from `start` that run under the header cells of two or more columns
    /// (`headers`) and either open with a note marker, or — when the first column is the № column — are a
    /// single run of text starting under the № header with no number first (a cell's text never starts left
    /// of its column, and a № cell holds a number).
    static func exclude(_ lines: [GlyphLine], from start: Int, headers: [HeaderSpan], excluded: inout [Bool], page: Int,
                        tolerances: FurnitureTolerances = .standard, log: inout DiagnosticLog) {
        guard let first = headers.min(by: { $0.minX < $1.minX }) else { return }
        for index in lines.indices where index >= start && !excluded[index] {
            let runs = lines[index].runs(gapInEm: tolerances.noteRunGap)
            guard let run = runs.first,
                  headers.filter({ run.maxX > $0.minX && run.minX < $0.maxX }).count >= 2 else { continue }
            let text = run.text.trimmedWhitespace
            let location = SourceLocation.box(lines[index].box(page: page))
            if noteMarkers.contains(where: { text.hasPrefix($0) }) {
                log.info(.tableNote, "a note across the table was kept out of the records: \(lines[index].text)", at: location)
            } else if runs.count == 1, first.role == .number, run.minX < first.maxX,
                      let word = run.runs(gapInEm: tolerances.labelWordGap).first, Numbers.rowNumber(word.text) == nil {
                log.info(.rowGroupLabel, "a label across the table between rows was kept out of the records: \(text)",
                         at: location)
            } else {
                continue
            }
            excluded[index] = true
        }
    }
}
