import JapaneseText
import ShiryoCore

/// Rebuilds the table from glyph positions, one page at a time, without trusting content-stream order
/// or ruling lines:
/// 1. the header row is the first line naming ≥ 2 known columns; column x-ranges come from the header
///    cells widened to the whitespace gutters below them (⇒ cells are separators);
/// 2. rows start where several columns start a paragraph at the same height;
/// 3. the № column gives each row its number; a row continued from the previous page has none and is
///    merged into the row before it.
/// Only small per-row values are kept between pages, so memory does not grow with page glyphs.
public struct GeometryTableParser: Sendable {
    public let file: String
    var layout: ColumnLayout?
    var columns: [ColumnHeader] = []
    var documentID: String?
    var title: (text: String, size: Double)?
    var rows: [RawRow] = []
    /// Lines above the first row top of a page, or a row without number at a page end, waiting to be merged.
    var pendingTail: RawRow?
    var diagnostics = DiagnosticLog()
    var headerCandidates: [String] = []
    var pagesWithText = 0
    var firstScannedPage: Int?
    /// Header cells of every page that prints the header, kept for the review page.
    var headerCells: [HeaderCell] = []

    public init(file: String) { self.file = file }

    public mutating func consume(_ page: PageGlyphs) throws(IngestError) {
        let (glyphs, removed) = FakeBold.dedupe(page.glyphs.map(repaired))
        if removed > 0 {
            diagnostics.info("fake-bold-removed", "\(removed) doubled glyph(s) of fake-bold text were read once",
                             at: SourceLocation(page: page.number))
        }
        let visible = glyphs.filter { !$0.character.isWhitespace }
        guard !visible.isEmpty else {
            if page.imageCount > 0 {
                throw IngestError(file: file, problem: .noTextLayer(page: page.number))
            }
            diagnostics.info("blank-page", "page \(page.number) has no text", at: SourceLocation(page: page.number))
            return
        }
        pagesWithText += 1
        let lines = GlyphLine.lines(of: glyphs)
        var bodyTop = 0.0
        if let (index, tokens) = HeaderFinder.find(in: lines) {
            let header = lines[index]
            let below = glyphs.filter { $0.y >= header.maxY - 0.5 }
            let newLayout = ColumnLayoutBuilder.build(tokens: tokens, body: below.filter { !isFurnitureGlyph($0, lines) }, page: page)
            if columns.isEmpty { columns = newLayout.columns.map(\.header) }
            layout = newLayout
            headerCells += newLayout.columns.map { HeaderCell(header: $0.header, box: $0.headerBox) }
            bodyTop = newLayout.headerBottom
            readFurniture(lines[..<index], page: page)
        } else if layout == nil {
            headerCandidates += HeaderFinder.candidates(in: lines)
            diagnostics.info("page-without-table", "page \(page.number) has no table header; it was skipped",
                             at: SourceLocation(page: page.number))
            return
        } else {
            // No repeated header: the previous page's columns apply below the page furniture.
            bodyTop = lines.first { !isFurnitureLine($0) }?.minY ?? 0
            bodyTop -= 0.5
        }
        guard let layout else { return }
        let body = lines.filter { $0.minY >= bodyTop - 0.5 && !isFurnitureLine($0) }
        readRows(body, layout: layout, page: page)
    }

    public mutating func finish() throws(IngestError) -> RawTable {
        if let tail = pendingTail {
            pendingTail = nil
            continueLastRow(with: tail)
        }
        guard !columns.isEmpty else {
            if pagesWithText == 0, let scanned = firstScannedPage {
                throw IngestError(file: file, problem: .noTextLayer(page: scanned))
            }
            var seen: [String] = []
            for candidate in headerCandidates where !seen.contains(candidate) { seen.append(candidate) }
            throw IngestError(file: file, problem: .tableNotFound(lookedFor: ColumnVocabulary.allNames, found: Array(seen.prefix(12))))
        }
        guard !rows.isEmpty else { throw IngestError(file: file, problem: .noRows) }
        return RawTable(documentID: documentID, title: title?.text, columns: columns, rows: rows,
                        diagnostics: diagnostics.entries, headerCells: headerCells)
    }

    // MARK: Page furniture

    func repaired(_ glyph: PositionedGlyph) -> PositionedGlyph {
        var copy = glyph
        let text = String(glyph.character)
        let fixed = ArtefactRepair.repair(text)
        if fixed != text, let character = fixed.first { copy.character = character }
        return copy
    }

    func isFurnitureLine(_ line: GlyphLine) -> Bool {
        let text = line.text
        return PageFurniture.isPageNumber(text) || PageFurniture.documentID(text) != nil
            || (title.map { SearchKey.make(text) == SearchKey.make($0.text) } ?? false)
    }

    func isFurnitureGlyph(_ glyph: PositionedGlyph, _ lines: [GlyphLine]) -> Bool {
        guard let line = lines.first(where: { $0.minY <= glyph.midY && glyph.midY <= $0.maxY }) else { return false }
        return isFurnitureLine(line)
    }

    /// Above the header: the document number and the title (the largest text).
    mutating func readFurniture(_ lines: ArraySlice<GlyphLine>, page: PageGlyphs) {
        for line in lines {
            for run in line.runs(gapInEm: 2) {
                let text = run.text.trimmedWhitespace
                if let id = PageFurniture.documentID(text) {
                    if documentID == nil { documentID = id }
                } else if !PageFurniture.isPageNumber(text), !text.isEmpty {
                    if title == nil || run.em > title!.size + 0.5 { title = (text, run.em) }
                }
            }
        }
    }

    // MARK: Rows

    /// One column's lines on this page.
    struct ColumnLines {
        var lines: [GlyphLine] = []
    }

    mutating func readRows(_ body: [GlyphLine], layout: ColumnLayout, page: PageGlyphs) {
        // Split every page line into columns by glyph centre; arrows only mark where rows start.
        var perColumn = [[PositionedGlyph]](repeating: [], count: layout.columns.count)
        var arrowTops: [Double] = []
        var tableBottom = layout.headerBottom
        for line in body {
            for glyph in line.glyphs where !glyph.character.isWhitespace {
                tableBottom = max(tableBottom, glyph.maxY)
                if ReflectionParser.arrows.contains(glyph.character), isSeparatorArrow(glyph, layout) {
                    arrowTops.append(glyph.y)
                    continue
                }
                if let index = layout.columnIndex(forX: glyph.midX) { perColumn[index].append(glyph) }
            }
            for glyph in line.glyphs where glyph.character.isWhitespace {
                if let index = layout.columnIndex(forX: glyph.midX) { perColumn[index].append(glyph) }
            }
        }
        let columnLines = perColumn.map { GlyphLine.lines(of: $0) }
        let numberColumn = layout.columns.firstIndex { $0.header.role == .number }
        let tops = rowTops(columnLines, arrowTops: arrowTops, numberColumn: numberColumn, layout: layout)

        // Slice each column at the row tops. Region 0 is above the first top: a continuation.
        let boundaries = tops + [Double.infinity]
        var regions: [RawRow] = []
        let firstTop = tops.first ?? Double.infinity
        var continuation = RawRow(number: 0, numberLocation: SourceLocation(page: page.number))
        for (columnIndex, lines) in columnLines.enumerated() {
            let column = layout.columns[columnIndex]
            for line in lines where line.midY < firstTop {
                add(line, to: &continuation, column: column, page: page.number)
            }
        }
        for (index, top) in tops.enumerated() {
            var row = RawRow(number: 0, numberLocation: SourceLocation(page: page.number))
            let bottom = boundaries[index + 1]
            for (columnIndex, lines) in columnLines.enumerated() {
                let column = layout.columns[columnIndex]
                for line in lines where line.midY >= top - 0.5 && line.midY < bottom - 0.5 {
                    add(line, to: &row, column: column, page: page.number)
                }
            }
            regions.append(row)
        }
        if !continuation.cells.isEmpty || !continuation.extra.isEmpty {
            continueLastRow(with: continuation)
        }
        for (index, var region) in regions.enumerated() {
            let bottom = index + 1 < tops.count ? tops[index + 1] : tableBottom
            region.boxes = [BoundingBox(page: page.number, x: layout.tableMinX, y: tops[index] - 1,
                                        width: layout.tableMaxX - layout.tableMinX, height: bottom - tops[index] + 1)]
            region.pages = [page.number]
            let number = rowNumber(region)
            region.cells[.number] = nil
            if let number {
                region.number = number.value
                region.numberLocation = number.location
                if let tail = pendingTail {
                    pendingTail = nil
                    if index == 0 {
                        // A tall row split at the page end, its № printed in the part on this page.
                        var combined = tail
                        merge(region, into: &combined)
                        combined.number = region.number
                        combined.numberLocation = region.numberLocation
                        region = combined
                    } else {
                        continueLastRow(with: tail)
                    }
                }
                if rows.last?.number == region.number {
                    merge(region, into: &rows[rows.count - 1])  // a № repeated on the continued part
                } else {
                    rows.append(region)
                }
            } else if index == 0 {
                // The first row of a page without a № continues the row before it.
                continueLastRow(with: region)
            } else if index == regions.count - 1 {
                // A row without № at the page end may be a tall row whose № is on the next page.
                pendingTail = region
            } else {
                diagnostics.warn("row-without-number", "a row without a № was merged into the row above it",
                                 at: SourceLocation(page: page.number, box: region.boxes.first))
                continueLastRow(with: region)
            }
        }
    }

    /// Text that continues the last row (or the part waiting for its №).
    mutating func continueLastRow(with part: RawRow) {
        if pendingTail != nil {
            merge(part, into: &pendingTail!)
        } else if !rows.isEmpty {
            merge(part, into: &rows[rows.count - 1])
        } else {
            let text = (part.cells.values.flatMap { $0 }.first?.text ?? "").trimmedWhitespace
            diagnostics.warn("text-outside-table", "text before the first row was skipped: \(text)",
                             at: part.boxes.first.map(SourceLocation.box) ?? part.numberLocation)
        }
    }

    func isSeparatorArrow(_ glyph: PositionedGlyph, _ layout: ColumnLayout) -> Bool {
        // An arrow outside every column range sits in a ⇒ separator cell.
        !layout.columns.contains { glyph.midX >= $0.minX && glyph.midX <= $0.maxX }
    }

    /// Heights where rows start: paragraph starts shared by at least two columns (⇒ cells count as one).
    func rowTops(_ columnLines: [[GlyphLine]], arrowTops: [Double], numberColumn: Int?, layout: ColumnLayout) -> [Double] {
        var starts: [(y: Double, column: Int)] = []
        var lineHeight = 0.0
        for (index, lines) in columnLines.enumerated() where index != numberColumn {
            var previousBottom: Double?
            for line in lines {
                let gap = previousBottom.map { line.minY - $0 } ?? .infinity
                if gap > line.height * 0.8 { starts.append((line.minY, index)) }
                previousBottom = line.maxY
                lineHeight = max(lineHeight, line.height)
            }
        }
        for top in arrowTops { starts.append((top, -1)) }
        starts.sort { $0.y < $1.y }
        var tops: [Double] = []
        var cluster: [(y: Double, column: Int)] = []
        let tolerance = max(lineHeight * 0.6, 2)
        func flush() {
            if Set(cluster.map(\.column)).count >= min(2, max(1, columnLines.count - 1)) {
                tops.append(cluster.map(\.y).min()!)
            }
            cluster = []
        }
        for start in starts {
            if let first = cluster.first, start.y - first.y > tolerance { flush() }
            cluster.append(start)
        }
        if !cluster.isEmpty { flush() }
        // Fall back to the numbers when the paragraphs do not show the rows (single-line rows).
        if let numberColumn {
            let numberTops = columnLines[numberColumn].filter { Numbers.decimal($0.text.trimmedWhitespace) != nil }.map(\.minY)
            if numberTops.count > tops.count { return numberTops }
        }
        return tops
    }

    func rowNumber(_ row: RawRow) -> (value: Int, location: SourceLocation)? {
        for line in row.cells[.number] ?? [] {
            if let value = Numbers.decimal(line.text.trimmedWhitespace), value > 0 { return (value, line.location) }
        }
        return nil
    }

    func add(_ line: GlyphLine, to row: inout RawRow, column: ColumnLayout.Column, page: Int) {
        let source = SourceLine(line.text, location: .box(line.box(page: page)))
        if let role = column.header.role {
            row.cells[role, default: []].append(source)
        } else if let index = row.extra.firstIndex(where: { $0.header == column.header.text }) {
            row.extra[index].lines.append(source)
        } else {
            row.extra.append((column.header.text, [source]))
        }
    }

    func merge(_ part: RawRow, into row: inout RawRow) {
        for (role, lines) in part.cells where role != .number { row.cells[role, default: []] += lines }
        for (header, lines) in part.extra {
            if let index = row.extra.firstIndex(where: { $0.header == header }) { row.extra[index].lines += lines }
            else { row.extra.append((header, lines)) }
        }
        for page in part.pages where !row.pages.contains(page) { row.pages.append(page) }
        row.boxes += part.boxes
    }
}
