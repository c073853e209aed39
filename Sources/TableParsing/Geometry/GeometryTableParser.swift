import JapaneseText
import ShiryoCore

/// Rebuilds the table from glyph positions, one page at a time, without trusting content-stream order,
/// ruling lines, page size or fonts:
/// 1. the header row is the first line naming ≥ 2 known columns (均等割付 letters included), or the lines
///    above a column of counting numbers; column x-ranges come from the header cells widened to the
///    whitespace gutters below them (⇒ cells are separators);
/// 2. rows start where several columns start a paragraph at the same height, or at their № when rows
///    show no paragraphs; every line (a citation block too) belongs to the row band it lies in;
/// 3. the № column gives each row its number; a part without № at the top of a page continues the row
///    before it, one at the bottom waits for its № on the next page; repeated title, document number,
///    headers and page numbers are dropped as page furniture.
///
/// The stages are functions of their inputs that report into a diagnostics sink (`log`); they are composed
/// in `consume`, in this order:
///
///     PagePreparation.lines → FurnitureStage.mark → HeaderStage.find → LayoutStage.layout
///       → RowSlicing.parts (RowTops, MergedPolicy, cellBands, carriedCells, SoftWraps) → place (stitcher)
///
/// This type is the stitcher: the only state kept from page to page (the open table's layout, the
/// document's head, page-number spots, tables, rows and the row waiting for its №). Glyphs are not kept
/// between pages, and `takeCompletedRows` hands over rows that can no longer change.
public struct GeometryTableParser: Sendable {
    public let file: String
    /// The open table's column layout (from the last header seen).
    var layout: ColumnLayout?
    /// The document number and title, read above the first table.
    var head = DocumentHead()
    var rows: [RawRow] = []
    var rowsHandedOver = 0
    /// Lines above the first row top of a page, or a row without number at a page end, waiting to be merged.
    var pendingTail: RawRow?
    var diagnostics = DiagnosticLog()
    var headerCandidates: [String] = []
    /// Header cells of every page that prints the header, kept for the review page.
    var headerCells: [HeaderCell] = []
    /// Every table found so far; rows belong to the last (`RawRow.table` is its 1-based index).
    var tables: [TableInfo] = []
    /// Where earlier pages printed their page numbers: a bare number there is one too.
    var pageNumberSpots: [PageFoot.Spot] = []
    /// Category rows across the table (`CategoryRows`): the page's and the one still open.
    var categories = CategoryRows.State()
    /// The caption of the table being read when a page holds several (`PageSegments`).
    var partCaption: String?
    let tolerances = GeometryTolerances.standard
    let rowTolerances = RowTolerances.standard

    public init(file: String) { self.file = file }

    /// The printed column headers of the first table (empty until the first header row is found).
    public var columnHeaders: [ColumnHeader] { columns }
    var columns: [ColumnHeader] { tables.first?.columns ?? [] }

    mutating func consumePart(_ page: PageGlyphs) throws(IngestError) {
        var log = DiagnosticLog()
        defer { diagnostics.append(contentsOf: log.entries) }
        guard let lines = try PagePreparation.lines(of: page, file: file, tolerances: tolerances, log: &log) else { return }
        let marks = FurnitureStage.mark(lines, page: page, head: head, spots: pageNumberSpots, tolerances: tolerances, log: &log)
        pageNumberSpots = marks.pageNumberSpots
        var furniture = marks.isFurniture
        let open = layout.map { HeaderStage.OpenTable(layout: $0, columns: tables.last?.columns ?? columns) }
        let bodyTop: Double
        switch HeaderStage.find(lines, furniture: &furniture, rulings: page.rulings, open: open, tolerances: tolerances) {
        case .vocabulary(let tokens, let headerLines)?:
            let found = LayoutStage.layout(
                tokens, lines: lines, headerLines: headerLines, furniture: &furniture, page: page,
                structural: false, categories: &categories.onPage, log: &log)
            bodyTop = adopt(found, caption: partCaption, lines: lines, headerStart: headerLines.lowerBound, page: page.number, log: &log)
        case .structural(let header)?:
            let found = LayoutStage.layout(
                header.tokens, lines: lines, headerLines: header.firstLine...header.lastLine,
                furniture: &furniture, page: page, structural: true, categories: &categories.onPage,
                log: &log)
            bodyTop = adopt(
                found, caption: header.caption, lines: lines, headerStart: header.firstLine, page: page.number,
                log: &log)
        case nil:
            guard
                let top = continuedBodyTop(
                    lines, furniture: &furniture, repeatsHead: marks.repeatsHead, page: page,
                    log: &log)
            else { return }
            bodyTop = top
        }
        guard let layout else { return }
        let slack = rowTolerances.bandSlack
        let body = lines.indices.filter { (lines[$0].minY >= bodyTop - slack || lines[$0].midY > bodyTop) && !furniture[$0] }
            .map { lines[$0] }
        var parts = RowSlicing.parts(
            body, layout: layout, page: page.number, table: max(tables.count, 1),
            tolerances: rowTolerances, log: &log)
        assignCategories(&parts)
        if !parts.isEmpty { notePage(page.number) }
        place(parts, page: page.number, log: &log)
    }

    /// A page without a header of its own: the open table's columns apply below the page furniture, unless
    /// its text runs across the column gutters (a notes page between table pages) or no table is open. Nil
    /// when the page is skipped.
    mutating func continuedBodyTop(
        _ lines: [GlyphLine], furniture: inout [Bool], repeatsHead: [Bool], page pageGlyphs: PageGlyphs,
        log: inout DiagnosticLog
    ) -> Double? {
        let page = pageGlyphs.number
        guard let layout else {
            headerCandidates += HeaderFinder.candidates(in: lines)
            log.info(.pageWithoutTable, "page \(page) has no table header; it was skipped", at: SourceLocation(page: page))
            return nil
        }
        guard layout.fits(lines.indices.filter { !repeatsHead[$0] }.map { lines[$0] }) else {
            log.warn(
                .pageWithoutTable,
                "page \(page) has no table header and its text does not fit the table's columns; it was skipped",
                at: SourceLocation(page: page))
            return nil
        }
        let headers = layout.columns.map {
            TableNotes.HeaderSpan(minX: $0.headerBox.x, maxX: $0.headerBox.x + $0.headerBox.width, role: $0.header.role)
        }
        categories.onPage += TableNotes.exclude(
            lines, from: 0, headers: headers, excluded: &furniture, page: page,
            rulings: pageGlyphs.rulings, log: &log)
        let top = lines.indices.first { !furniture[$0] }.map { lines[$0].minY } ?? 0
        return top - rowTolerances.bandSlack
    }

    /// Rows that can no longer change — all but the last, the only one that may go on over the next page —
    /// handed over so the caller can make records of them and let their lines go. `finish` returns the rest.
    public mutating func takeCompletedRows() -> [RawRow] {
        guard rows.count > 1 else { return [] }
        let completed = Array(rows.dropLast())
        rows.removeFirst(completed.count)
        rowsHandedOver += completed.count
        return completed
    }

    public mutating func finish() throws(IngestError) -> RawTable {
        var log = DiagnosticLog()
        if let tail = pendingTail {
            pendingTail = nil
            continueLastRow(with: tail, log: &log)
        }
        diagnostics.append(contentsOf: log.entries)
        guard !columns.isEmpty else {
            var seen: [String] = []
            for candidate in headerCandidates where !seen.contains(candidate) { seen.append(candidate) }
            throw IngestError(file: file, problem: .tableNotFound(lookedFor: ColumnVocabulary.allNames, found: Array(seen.prefix(12))))
        }
        guard !rows.isEmpty || rowsHandedOver > 0 else { throw IngestError(file: file, problem: .noRows) }
        return RawTable(
            documentID: head.documentID, title: head.title?.text, columns: columns, tables: tableInfos, rows: rows,
            diagnostics: diagnostics.entries, headerCells: headerCells)
    }
}
