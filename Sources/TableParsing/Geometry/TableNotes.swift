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
    /// Category rows (labels, and numbered categories told apart by `CategoryRows`) are also returned, for
    /// the rows under them.
    @discardableResult
    static func exclude(
        _ lines: [GlyphLine], from start: Int, headers: [HeaderSpan], excluded: inout [Bool], page: Int,
        rulings: [RulingLine] = [], tolerances: FurnitureTolerances = .standard,
        log: inout DiagnosticLog
    ) -> [CategoryRows.Label] {
        guard let first = headers.min(by: { $0.minX < $1.minX }) else { return [] }
        let geometry = GeometryTolerances.standard
        // Lines that start under the № header: numbered rows, and categories printed from the table's left.
        let numberColumnLines = Set(
            first.role != .number
                ? []
                : lines.indices.filter { $0 >= start && !excluded[$0] && lines[$0].minX < first.maxX })
        let evidence = CategoryRows.evidence(numberColumnLines.sorted().map { lines[$0] }, rulings: rulings, tolerances: geometry)
        var labels: [CategoryRows.Label] = []
        for index in lines.indices where index >= start && !excluded[index] {
            if numberColumnLines.contains(index), lines[index].runs(gapInEm: tolerances.noteRunGap).count == 1,
                CategoryRows.isNumberedCategory(lines[index], evidence: evidence, rulings: rulings, tolerances: geometry)
            {
                let text = lines[index].text.trimmedWhitespace
                log.info(
                    .rowGroupLabel, "a label across the table between rows was kept out of the records: \(text)",
                    at: .box(lines[index].box(page: page)))
                labels.append(CategoryRows.Label(y: lines[index].midY, text: text))
                excluded[index] = true
                continue
            }
            let runs = lines[index].runs(gapInEm: tolerances.noteRunGap)
            guard let run = runs.first,
                headers.filter({ run.maxX > $0.minX && run.minX < $0.maxX }).count >= 2
            else { continue }
            let text = run.text.trimmedWhitespace
            let location = SourceLocation.box(lines[index].box(page: page))
            if noteMarkers.contains(where: { text.hasPrefix($0) }) {
                log.info(.tableNote, "a note across the table was kept out of the records: \(lines[index].text)", at: location)
            } else if runs.count == 1, first.role == .number, run.minX < first.maxX,
                let word = run.runs(gapInEm: tolerances.labelWordGap).first, Numbers.rowNumber(word.text) == nil,
                CategoryRows.leadingNumber(run, tolerances: geometry) == nil
            {
                log.info(
                    .rowGroupLabel, "a label across the table between rows was kept out of the records: \(text)",
                    at: location)
                labels.append(CategoryRows.Label(y: lines[index].midY, text: text))
            } else {
                continue
            }
            excluded[index] = true
        }
        return labels
    }
}
