import JapaneseText
import ShiryoCore

/// Rebuilds the table from glyph positions, one page at a time, without trusting content-stream order,
/// ruling lines, page size or fonts:
/// 1. the header row is the first line naming ≥ 2 known columns (均等割付 letters included); column x-ranges
///    come from the header cells widened to the whitespace gutters below them (⇒ cells are separators);
/// 2. rows start where several columns start a paragraph at the same height, or at their № when rows
///    show no paragraphs; every line (a citation block too) belongs to the row band it lies in;
/// 3. the № column gives each row its number; a part without № at the top of a page continues the row
///    before it, one at the bottom waits for its № on the next page; repeated title, document number,
///    headers and page numbers are dropped as page furniture.
/// Glyphs are not kept between pages, and `takeCompletedRows` hands over rows that can no longer change.
public struct GeometryTableParser: Sendable {
    public let file: String
    var layout: ColumnLayout?
    var columns: [ColumnHeader] = []
    var documentID: String?
    var title: (text: String, size: Double, key: String, length: Int, firstScalar: UInt32?, firstKeyScalar: UInt32?)?
    var rows: [RawRow] = []
    var rowsHandedOver = 0
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
        // Space glyphs are dropped here: gaps decide where spaces are, wherever a space glyph was drawn.
        let (glyphs, removed) = FakeBold.dedupe(page.glyphs.filter { !$0.isBlank }.map(repaired))
        if removed > 0 {
            diagnostics.info("fake-bold-removed", "\(removed) doubled glyph(s) of fake-bold text were read once",
                             at: SourceLocation(page: page.number))
        }
        guard !glyphs.isEmpty else {
            if page.imageCount > 0 {
                throw IngestError(file: file, problem: .noTextLayer(page: page.number))
            }
            diagnostics.info("blank-page", "page \(page.number) has no text", at: SourceLocation(page: page.number))
            return
        }
        pagesWithText += 1
        let lines = GlyphLine.lines(of: glyphs)
        let furniture = lines.map(isFurnitureLine)  // once per line: it normalizes text
        var bodyTop = 0.0
        if let (index, firstLineTokens) = HeaderFinder.find(in: lines) {
            let (tokens, lastIndex) = HeaderFinder.extend(firstLineTokens, lines: lines, headerIndex: index)
            let header = lines[lastIndex]
            let bodyLines = lines.indices.filter { !furniture[$0] && lines[$0].maxY > header.maxY }
            let below = bodyLines.flatMap { lines[$0].glyphs }.filter { $0.y >= header.maxY - 0.5 }
            let newLayout = ColumnLayoutBuilder.build(tokens: tokens, body: below, lineCount: bodyLines.count, page: page)
            if columns.isEmpty { columns = newLayout.columns.map(\.header) }
            layout = newLayout
            headerCells += newLayout.columns.map { HeaderCell(header: $0.header, box: $0.headerBox) }
            for guess in newLayout.guesses {
                diagnostics.info("column-guessed", guess, at: SourceLocation(page: page.number))
            }
            bodyTop = newLayout.headerBottom
            readFurniture(lines[..<index], page: page)
        } else if layout == nil {
            headerCandidates += HeaderFinder.candidates(in: lines)
            diagnostics.info("page-without-table", "page \(page.number) has no table header; it was skipped",
                             at: SourceLocation(page: page.number))
            return
        } else {
            // No repeated header: the previous page's columns apply below the page furniture.
            bodyTop = lines.indices.first { !furniture[$0] }.map { lines[$0].minY } ?? 0
            bodyTop -= 0.5
        }
        guard let layout else { return }
        let body = lines.indices.filter { lines[$0].minY >= bodyTop - 0.5 && !furniture[$0] }.map { lines[$0] }
        readRows(body, layout: layout, page: page)
    }

    /// The printed column headers (empty until the first header row is found).
    public var columnHeaders: [ColumnHeader] { columns }

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
        guard !rows.isEmpty || rowsHandedOver > 0 else { throw IngestError(file: file, problem: .noRows) }
        return RawTable(documentID: documentID, title: title?.text, columns: columns, rows: rows,
                        diagnostics: diagnostics.entries, headerCells: headerCells)
    }

    // MARK: Page furniture

    func repaired(_ glyph: PositionedGlyph) -> PositionedGlyph {
        // Only radicals and compatibility ideographs are repaired: skip the String round trip for the rest.
        let value = glyph.scalarValue
        guard (0x2E80...0x2FDF).contains(value) || (0xF900...0xFAFF).contains(value) || (0x2F800...0x2FA1F).contains(value)
        else { return glyph }
        var copy = glyph
        let text = String(glyph.character)
        let fixed = ArtefactRepair.repair(text)
        if fixed != text, let character = fixed.first { copy.character = character }
        return copy
    }

    func isFurnitureLine(_ line: GlyphLine) -> Bool {
        // Page numbers and document numbers are short; only a line about as long as the title can repeat it.
        let count = line.glyphs.count
        if count <= 24, line.glyphs.contains(where: \.isDigit) {
            let text = line.text
            if PageFurniture.isPageNumber(text) || PageFurniture.documentID(text) != nil { return true }
        }
        guard let title, abs(count - title.length) <= max(4, title.length / 4),
              let first = line.glyphs.first?.scalarValue, first == title.firstScalar || first == title.firstKeyScalar
        else { return false }
        return SearchKey.make(line.text) == title.key
    }

    /// Above the header: the document number and the title (the largest text).
    mutating func readFurniture(_ lines: ArraySlice<GlyphLine>, page: PageGlyphs) {
        for line in lines {
            for run in line.runs(gapInEm: 2) {
                var text = run.text.trimmedWhitespace
                // A document number printed close beside the title: 「…反映状況表　資料１－２」.
                let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
                for word in [words.first, words.last].compactMap({ $0 }) where words.count > 1 {
                    guard let id = PageFurniture.documentID(String(word)) else { continue }
                    if documentID == nil { documentID = id }
                    text = words.filter { $0 != word }.joined(separator: "\u{3000}")
                    break
                }
                if let id = PageFurniture.documentID(text) {
                    if documentID == nil { documentID = id }
                } else if !PageFurniture.isPageNumber(text), !text.isEmpty {
                    if title == nil || run.em > title!.size + 0.5 {
                        let key = SearchKey.make(text)
                        title = (text, run.em, key, run.glyphs.count,
                                 text.unicodeScalars.first?.value, key.unicodeScalars.first?.value)
                    }
                }
            }
        }
    }

    func isSeparatorArrow(_ glyph: PositionedGlyph, _ layout: ColumnLayout) -> Bool {
        // An arrow outside every column range sits in a ⇒ separator cell.
        !layout.columns.contains { glyph.midX >= $0.minX && glyph.midX <= $0.maxX }
    }

    /// Heights where rows start: paragraph starts shared by at least two columns (⇒ cells count as one).
    /// Heights where rows start: paragraph starts shared by at least two columns (⇒ cells count as one).
    /// A band between two tops that holds several №s is split at them (single-line rows show no paragraphs).
    mutating func rowTops(_ columnLines: [[GlyphLine]], arrowTops: [Double], numberColumn: Int?, page: Int) -> [Double] {
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
        guard let numberColumn else { return tops }
        let numbers = columnLines[numberColumn].filter { Numbers.decimal($0.text.trimmedWhitespace) != nil }
        var added: [Double] = []
        var previousBand: Int?
        for number in numbers {
            let band = tops.lastIndex { $0 <= number.midY + 0.5 }
            if band == previousBand || band == nil { added.append(number.minY) }
            previousBand = band
        }
        // The first № of the band above the first top starts a row only when another № follows it there.
        if let first = numbers.first, tops.lastIndex(where: { $0 <= first.midY + 0.5 }) == nil,
           added.count == 1, added[0] == first.minY {
            added = []
        }
        guard !added.isEmpty else { return tops }
        diagnostics.info("rows-from-numbers",
                         "\(added.count) row(s) on page \(page) start no paragraph in two columns; their № starts them",
                         at: SourceLocation(page: page))
        return (tops + added).sorted()
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
