import JapaneseText
import ShiryoCore

/// `pdftotext` without `-layout` of a ruled table: each row's cells in reading order, the first lines of the
/// cells side by side glued by one ASCII space (「…各施策 施策ごとの…」), then the rest of the first cell, then
/// the rest of the next. The №s are printed before each row (reportlab) or as one block under the № header
/// (Writer). Rows start at the glued lines (or after their №); the lines after the glued one are divided
/// among the cells by width: every line of a cell but its last is as wide as the cell, and a cell whose
/// first line is not full has no more lines (`GluedCells`).
enum GluedRows {
    /// Share of rows whose first line must be glued for a file to be read this way.
    static let minimumGluedShare = 0.5
    /// Most text columns and lines of a row divided by trying every division (a short search).
    static let maxColumns = 4
    static let maxRowLines = 80

    struct Row {
        var number: RowNumber
        var numberLine: SourceLine
        var lines: [SourceLine]
    }

    static func read(_ lines: [SourceLine], header: StackedHeader, columns: [ColumnHeader]) -> RawTable? {
        let textColumns = columns.filter { $0.role != .number }
        guard (2...maxColumns).contains(textColumns.count) else { return nil }
        let body = GluedBody(lines: lines, from: header.bodyStart, header: header)
        guard let rows = body.rows(), !rows.isEmpty, rows.allSatisfy({ $0.lines.count <= maxRowLines }) else { return nil }
        let glued = rows.filter { parts(of: $0.lines.first?.text ?? "").count == textColumns.count }.count
        guard Double(glued) >= Double(rows.count) * minimumGluedShare else { return nil }
        var diagnostics = DiagnosticLog()
        let split = GluedCells(rows: rows, columnCount: textColumns.count)
        let built = rows.map { row in
            FlowRowBuilder.Row(number: row.number, numberLine: row.numberLine, cells: split.cells(of: row, &diagnostics))
        }
        let titleLines = header.titleLines.map { $0.text.trimmedWhitespace }.filter { PageFurniture.documentID($0) == nil }
        return RawTable(
            documentID: header.titleLines.lazy.compactMap { PageFurniture.documentID($0.text) }.first,
            title: titleLines.isEmpty ? nil : LineJoining.join(titleLines), columns: columns,
            tables: [TableInfo(caption: nil, columns: columns, pages: [])],
            rows: built.map { $0.raw(textColumns: textColumns) }, diagnostics: diagnostics.entries)
    }

    /// The cells of a glued line: split at each ASCII space between two wide characters.
    static func parts(of text: String) -> [String] {
        let characters = Array(text.trimmedWhitespace)
        var parts: [String] = []
        var start = 0
        for index in characters.indices.dropFirst().dropLast() where characters[index] == " " {
            guard characters[index - 1].unicodeScalars.allSatisfy(DisplayWidth.isWide),
                characters[index + 1].unicodeScalars.allSatisfy(DisplayWidth.isWide)
            else { continue }
            parts.append(String(characters[start..<index]))
            start = index + 1
        }
        parts.append(String(characters[start...]))
        return parts.filter { !$0.isEmpty }
    }
}

/// The body of a plain export: furniture (title and header cells printed again, page numbers) left out,
/// the №s in printed order, and the rows.
struct GluedBody {
    var lines: [SourceLine]
    var from: Int
    var header: StackedHeader

    enum Kind: Equatable { case blank, furniture, number(RowNumber), content }

    func kinds() -> [Kind] {
        let repeated = Set((header.titleLines.map(\.text) + header.cells).map { SearchKey.make($0) })
        var kinds: [Kind] = lines[from...].map { line in
            let text = line.text.trimmedWhitespace
            if text.isEmpty { return .blank }
            if PageFurniture.isPageMark(text) || repeated.contains(SearchKey.make(text)) { return .furniture }
            if let number = InlineNumber.bare(text) { return .number(number) }
            return .content
        }
        // A page number: a bare number at a page's foot (before furniture or the end) not counting on.
        var last: RowNumber?
        for index in kinds.indices {
            guard case .number(let number) = kinds[index] else { continue }
            let next = kinds[(index + 1)...].first { $0 != .blank }
            if next == nil || next == .furniture, let last, !number.follows(last) {
                kinds[index] = .furniture
                continue
            }
            last = number
        }
        return kinds
    }

    /// Rows after their №s when every № is followed by text; else a row at each glued line, the page's
    /// №s (printed as a block) given to them in order. Nil when the counts disagree.
    func rows() -> [GluedRows.Row]? {
        let kinds = kinds()
        let numbered = kinds.indices.compactMap { index -> (Int, RowNumber)? in
            if case .number(let number) = kinds[index] { (index, number) } else { nil }
        }
        guard !numbered.isEmpty else { return nil }
        let starts: [Int]
        if numbered.allSatisfy({ kinds[($0.0 + 1)...].first { $0 != .blank } == .content }) {
            starts = numbered.compactMap { number in kinds[(number.0 + 1)...].firstIndex { $0 == .content } }
        } else {
            starts = kinds.indices.filter { kinds[$0] == .content && GluedRows.parts(of: lines[from + $0].text).count > 1 }
        }
        guard starts.count == numbered.count else { return nil }
        return zip(numbered, starts.indices).map { number, position in
            let end = position + 1 < starts.count ? starts[position + 1] : kinds.count
            let content = (starts[position]..<end).filter { kinds[$0] == .content }.map { lines[from + $0] }
            return GluedRows.Row(number: number.1, numberLine: lines[from + number.0], lines: content)
        }
    }
}
