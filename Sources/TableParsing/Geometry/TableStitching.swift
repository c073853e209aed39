import ShiryoCore

/// Several tables in one document: a header that names other columns than the open table's starts a new
/// table (its rows numbered on their own); the same header printed again continues the open one.
extension GeometryTableParser {
    /// Takes a page's header (its `layout`) as the open table's: a new table when its columns differ, the
    /// document's title and number read above the first table. Returns the top of the body.
    mutating func adopt(
        _ newLayout: ColumnLayout, caption: String?, lines: [GlyphLine], headerStart: Int, page: Int,
        log: inout DiagnosticLog
    ) -> Double {
        let isFirstTable = startTableIfNew(newLayout.columns.map(\.header), caption: caption, page: page, log: &log)
        layout = newLayout
        headerCells += newLayout.columns.map { HeaderCell(header: $0.header, box: $0.headerBox) }
        for guess in newLayout.guesses {
            log.info(.columnGuessed, guess, at: SourceLocation(page: page))
        }
        // The document's title and number are printed above its first table.
        if isFirstTable { head = head.reading(lines[..<headerStart]) }
        return newLayout.headerBottom
    }

    /// Records `columns` as a new table when they differ from the open table's. Returns whether the header
    /// belongs to the document's first table.
    mutating func startTableIfNew(_ newColumns: [ColumnHeader], caption: String?, page: Int, log: inout DiagnosticLog) -> Bool {
        if let open = tables.last, open.columns.map(\.text) == newColumns.map(\.text) { return tables.count == 1 }
        guard !tables.isEmpty else {
            tables.append(TableInfo(caption: caption, columns: newColumns, pages: []))
            return true
        }
        // The open table ends here: a row left waiting for its № belongs to it.
        if let tail = pendingTail {
            pendingTail = nil
            continueLastRow(with: tail, log: &log)
        }
        tables.append(TableInfo(caption: caption, columns: newColumns, pages: []))
        let names = newColumns.map(\.text).joined(separator: "｜")
        log.info(
            .tableStarted, "table \(tables.count) (\(caption ?? names)) starts on page \(page)",
            at: SourceLocation(page: page))
        return false
    }

    /// The open table has rows on `page`.
    mutating func notePage(_ page: Int) {
        guard !tables.isEmpty, tables[tables.count - 1].pages.last != page else { return }
        tables[tables.count - 1].pages.append(page)
    }

    /// The tables as the record builder wants them: listed when the document holds more than one or a table
    /// has a caption of its own; else empty (one table, derived from the records).
    public var tableInfos: [TableInfo] {
        tables.count > 1 || tables.contains { $0.caption != nil } ? tables : []
    }
}
