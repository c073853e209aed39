import JapaneseText
import ShiryoCore

/// Notes printed under the table (「※ページ番号は…の該当ページを示します。」) run across several columns. They
/// are no cell's text, and one such line bridges every gutter; they are kept out of the columns and the rows
/// and reported.
extension GeometryTableParser {
    static let noteMarkers = ["※", "＊", "*", "注", "（注", "(注"]

    /// Marks in `excluded` the lines from `start` whose first run opens with a note marker and runs under the
    /// header cells of two or more columns (`headers`: their x-ranges).
    mutating func excludeTableNotes(_ lines: [GlyphLine], from start: Int, headers: [(minX: Double, maxX: Double)],
                                    excluded: inout [Bool], page: Int) {
        for index in lines.indices where index >= start && !excluded[index] {
            guard let run = lines[index].runs(gapInEm: 2).first else { continue }
            let text = run.text.trimmedWhitespace
            guard Self.noteMarkers.contains(where: { text.hasPrefix($0) }),
                  headers.filter({ run.maxX > $0.minX && run.minX < $0.maxX }).count >= 2 else { continue }
            excluded[index] = true
            diagnostics.info("table-note", "a note across the table was kept out of the records: \(lines[index].text)",
                             at: .box(lines[index].box(page: page)))
        }
    }
}
