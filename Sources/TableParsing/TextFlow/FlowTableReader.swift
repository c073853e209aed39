import JapaneseText
import ShiryoCore

/// Reads a text export that flows: the header printed one cell per line, no blank lines between cells,
/// the № either on a line of its own somewhere near its row or at the start of the row's first line, and
/// the cells of a page in the PDF's reading order rather than row by row. Stages: header → line kinds →
/// paragraphs → columns (by wrap width) → rows per page (first column by №s, other columns divided by
/// order and topic). Every guess leaves a warning.
public enum FlowTableReader {
    public static func read(_ lines: [SourceLine], file: String) -> RawTable? {
        if let table = LabelledExport.read(lines, file: file) { return table }
        guard let header = StackedHeader.find(lines) else { return nil }
        let columns = zip(header.cells, ColumnVocabulary.roles(forHeaders: header.cells)).map {
            ColumnHeader(text: $0, role: $1)
        }
        let textColumns = columns.filter { $0.role != .number }
        guard !textColumns.isEmpty else { return nil }
        // Side-by-side cells glued by a space (pdftotext without -layout): read row by row.
        if let table = GluedRows.read(lines, header: header, columns: columns) { return table }
        var flow = FlowLines.classify(
            lines, from: header.bodyStart, header: header.cells,
            title: header.titleLines.map(\.text))
        FlowNumbering.markAnchors(&flow)
        FlowStructure.markCategories(&flow)
        let widths = ColumnWidths.estimate(flow, columnCount: textColumns.count)
        if widths == nil { FlowNumbering.demoteCountCells(&flow, textColumns: textColumns.count) }
        var events = FlowUnits.events(flow, widths: widths)
        FlowColumns.assign(&events, widths: widths, columnCount: textColumns.count)
        var diagnostics = DiagnosticLog()
        for line in flow where line.kind == .total {
            diagnostics.info(.totalRow, "a total row was kept out of the records: \(line.text)", at: line.source.location)
        }
        if widths == nil, textColumns.count > 1 {
            diagnostics.warn(
                .columnsByWidthUnknown,
                "the text columns could not be told apart by line width; cells were assigned by order only")
        }
        var rows = FlowRowBuilder.rows(FlowSegment.split(events), textColumns: textColumns.count, &diagnostics)
        guard !rows.isEmpty else { return nil }
        var titleLines = header.titleLines.map { $0.text.trimmedWhitespace }.filter { PageFurniture.documentID($0) == nil }
        // Several tables, each under its caption: the line right above the first header is the first one's.
        if rows.contains(where: { $0.table > 1 }), rows[0].caption == nil, titleLines.count >= 2, let caption = titleLines.popLast() {
            for index in rows.indices where rows[index].table == 1 { rows[index].caption = caption }
        }
        let title = titleLines.isEmpty ? nil : LineJoining.join(titleLines)
        let documentID = header.titleLines.lazy.compactMap { PageFurniture.documentID($0.text) }.first
        return RawTable(
            documentID: documentID, title: title, columns: columns, tables: tables(of: rows, columns: columns),
            rows: rows.map { $0.raw(textColumns: textColumns) }, diagnostics: diagnostics.entries)
    }

    /// One table per table index, with the caption printed above its first row (text: no pages).
    static func tables(of rows: [FlowRowBuilder.Row], columns: [ColumnHeader]) -> [TableInfo] {
        let count = rows.map(\.table).max() ?? 1
        return (1...count).map { index in
            TableInfo(caption: rows.first { $0.table == index }?.caption, columns: columns, pages: [])
        }
    }
}
