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
    /// The printed lines of a title wrapped onto several lines (key, glyph count), each repeated alone on a page.
    var titleLines: [(key: String, length: Int)] = []
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
    /// Every table found so far; rows belong to the last (`RawRow.table` is its 1-based index).
    var tables: [TableInfo] = []
    /// Where earlier pages printed their page numbers: a bare number there is one too.
    var pageNumberSpots: [PageFoot.Spot] = []
    /// Category rows across the table (`CategoryRows`): the page's and the one still open.
    var categories = CategoryRows.State()
    /// The caption of the table being read when a page holds several (`PageSegments`).
    var partCaption: String?
    let tolerances = GeometryTolerances.standard

    public init(file: String) { self.file = file }

    mutating func consumePart(_ page: PageGlyphs) throws(IngestError) {
        let (prepared, removed, resized) = GlyphPreparation.prepare(page.glyphs, repair: Self.repaired)
        let (glyphs, ruby) = Ruby.remove(prepared, tolerances: tolerances)
        if !ruby.isEmpty {
            diagnostics.info(.rubyRemoved, "ruby (furigana) on page \(page.number) was left out of the cells: \(ruby.joined(separator: "、"))",
                             at: SourceLocation(page: page.number))
        }
        if removed > 0 {
            diagnostics.info(.fakeBoldRemoved, "\(removed) doubled glyph(s) of fake-bold text were read once",
                             at: SourceLocation(page: page.number))
        }
        if resized > 0 {
            diagnostics.info(.glyphBoxesResized,
                             "\(resized) glyph(s) on page \(page.number) have boxes larger than their drawn size (a scaled or Type 3 font); they were shrunk to it",
                             at: SourceLocation(page: page.number))
        }
        guard !glyphs.isEmpty else {
            if page.imageCount > 0 {
                throw IngestError(file: file, problem: .noTextLayer(page: page.number))
            }
            diagnostics.info(.blankPage, "page \(page.number) has no text", at: SourceLocation(page: page.number))
            return
        }
        pagesWithText += 1
        let lines = GlyphLine.lines(of: glyphs)
        let furnitureLines = lines.map(isFurnitureLine)  // once per line: it normalizes text
        var furniture = lines.indices.map { furnitureLines[$0] || isPrintMargin(lines[$0], page: page) }
        markPageNumbersAndTotals(lines, furniture: &furniture, page: page)
        var bodyTop = 0.0
        let vocabularyHeader = HeaderFinder.find(in: lines)
        if vocabularyHeader == nil, layout != nil {
            for index in repeatedHeaderLines(lines, furniture: furniture) { furniture[index] = true }
        }
        let extended = vocabularyHeader.map { HeaderFinder.extend($0.tokens, lines: lines, headerIndex: $0.index) }
        let structural = structuralHeader(lines, furniture: furniture, rulings: page.rulings)
        // The vocabulary names the columns it knows; a header read by structure that finds more columns (a
        // second header row under a spanning cell) is the fuller reading.
        if let vocabularyHeader, let (tokens, lastIndex) = extended, (structural?.tokens.count ?? 0) <= tokens.count {
            bodyTop = adoptHeader(tokens, lines: lines, headerLines: vocabularyHeader.index...lastIndex, furniture: &furniture, page: page)
        } else if let structural {
            bodyTop = adoptHeader(structural.tokens, lines: lines, headerLines: structural.firstLine...structural.lastLine,
                                  furniture: &furniture, page: page, structural: true, caption: structural.caption)
        } else if layout == nil {
            headerCandidates += HeaderFinder.candidates(in: lines)
            diagnostics.info(.pageWithoutTable, "page \(page.number) has no table header; it was skipped",
                             at: SourceLocation(page: page.number))
            return
        } else if let layout, !layout.fits(lines.indices.filter { !furnitureLines[$0] }.map { lines[$0] }) {
            // Text running across the column gutters is no table row: a notes page between table pages.
            diagnostics.warn(.pageWithoutTable,
                             "page \(page.number) has no table header and its text does not fit the table's columns; it was skipped",
                             at: SourceLocation(page: page.number))
            return
        } else {
            // No repeated header: the previous page's columns apply below the page furniture.
            excludeTableNotes(lines, from: 0, headers: layout!.columns.map { ($0.headerBox.x, $0.headerBox.x + $0.headerBox.width, $0.header.role) },
                              excluded: &furniture, page: page.number, rulings: page.rulings)
            bodyTop = lines.indices.first { !furniture[$0] }.map { lines[$0].minY } ?? 0
            bodyTop -= 0.5
        }
        guard let layout else { return }
        let body = lines.indices.filter { (lines[$0].minY >= bodyTop - 0.5 || lines[$0].midY > bodyTop) && !furniture[$0] }
            .map { lines[$0] }
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
        return RawTable(documentID: documentID, title: title?.text, columns: columns, tables: tableInfos, rows: rows,
                        diagnostics: diagnostics.entries, headerCells: headerCells)
    }

    // MARK: Page furniture

    static func repaired(_ glyph: PositionedGlyph) -> PositionedGlyph {
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
        if titleLines.count > 1, titleLines.contains(where: { abs(count - $0.length) <= 2 }) {
            let key = SearchKey.make(line.text)
            if titleLines.contains(where: { $0.key == key }) { return true }
        }
        guard let title, abs(count - title.length) <= max(4, title.length / 4),
              let first = line.glyphs.first?.scalarValue, first == title.firstScalar || first == title.firstKeyScalar
        else { return false }
        return SearchKey.make(line.text) == title.key
    }

    /// A browser's print header or footer in the page's top or bottom margin: every part of the line is the
    /// page's address, a print date, a page counter 「1/2」, the document number or the title.
    func isPrintMargin(_ line: GlyphLine, page: PageGlyphs) -> Bool {
        guard page.height > 0, line.maxY < page.height * 0.06 || line.minY > page.height * 0.94 else { return false }
        return line.runs(gapInEm: 2).allSatisfy { run in
            let text = run.text
            return PageFurniture.isPageMark(text) || (title.map { SearchKey.make(text) == $0.key } ?? false)
        }
    }

    /// Above the header: the document number and the title (the largest text). A title wrapped onto the next
    /// line — same size, at line spacing, within the first line's width — is joined.
    mutating func readFurniture(_ lines: ArraySlice<GlyphLine>, page: PageGlyphs) {
        var titleRun: GlyphLine?
        for line in lines {
            // A browser's print header repeats the page's <title>, not the printed document number or title.
            let runs = line.runs(gapInEm: 2)
            if runs.contains(where: { PageFurniture.isAddress($0.text) || PageFurniture.isPrintStamp($0.text) }) {
                continue
            }
            for run in runs {
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
                    if let previous = titleRun, let current = title, isTitleWrap(run, under: previous, size: current.size) {
                        setTitle(LineJoining.join([current.text, text]), size: current.size,
                                 length: current.length + run.glyphs.count)
                        titleLines.append((SearchKey.make(text), run.glyphs.count))
                        titleRun = run
                    } else if title == nil || run.em > title!.size + 0.5 {
                        setTitle(text, size: run.em, length: run.glyphs.count)
                        titleLines = [(title!.key, run.glyphs.count)]
                        titleRun = run
                    }
                }
            }
        }
    }

    mutating func setTitle(_ text: String, size: Double, length: Int) {
        let key = SearchKey.make(text)
        title = (text, size, key, length, text.unicodeScalars.first?.value, key.unicodeScalars.first?.value)
    }

    func isTitleWrap(_ run: GlyphLine, under previous: GlyphLine, size: Double) -> Bool {
        // Top to top, not box gap: glyph boxes may be taller than the line pitch.
        let step = run.minY - previous.minY
        return abs(run.em - size) <= 0.5 && step > size * 0.6 && step < size * 1.8
            && run.minX >= previous.minX - size && run.maxX <= previous.maxX + size
    }

    func isSeparatorArrow(_ glyph: PositionedGlyph, _ layout: ColumnLayout) -> Bool {
        // An arrow outside every column range sits in a ⇒ separator cell.
        !layout.columns.contains { glyph.midX >= $0.minX && glyph.midX <= $0.maxX }
    }

    /// Heights where rows start: paragraph starts shared by at least two columns (⇒ cells count as one).
    /// A band between two tops that holds several №s is split at them (single-line rows show no paragraphs).
    /// The `ignoring` column's paragraphs start no row (a merged cell's); rows found that way are not reported.
    mutating func rowTops(_ columnLines: [[GlyphLine]], arrowTops: [Double], numberColumn: Int?, page: Int,
                          ignoring ignored: Int? = nil) -> [Double] {
        // `byPitch`: found only by the pitch rule, weaker evidence than a gap (see flush).
        var starts: [(y: Double, column: Int, byPitch: Bool)] = []
        var lineHeight = 0.0
        for (index, lines) in columnLines.enumerated() where index != numberColumn && index != ignored {
            for start in Self.paragraphStarts(lines) { starts.append((lines[start.index].minY, index, start.byPitch)) }
            for line in lines { lineHeight = max(lineHeight, line.height) }
        }
        for top in arrowTops { starts.append((top, -1, false)) }
        starts.sort { $0.y < $1.y }
        var tops: [Double] = []
        var cluster: [(y: Double, column: Int, byPitch: Bool)] = []
        let tolerance = max(lineHeight * 0.6, 2)
        let needed = min(2, max(1, columnLines.count - 1))
        func flush() {
            let top = cluster.map(\.y).min()!
            let columns = Set(cluster.map(\.column))
            if Set(cluster.filter { !$0.byPitch }.map(\.column)).count >= needed {
                tops.append(top)
            } else if columns.count >= needed {
                // A wider pitch also follows a line set in a taller font (Latin beside Mincho); a row starts
                // there only if every column with a line at that height starts a paragraph.
                let present = columnLines.indices.filter { index in
                    index != numberColumn && columnLines[index].contains { abs($0.minY - top) <= tolerance }
                }
                if columns.filter({ $0 >= 0 }).count >= present.count { tops.append(top) }
            }
            cluster = []
        }
        for start in starts {
            if let first = cluster.first, start.y - first.y > tolerance { flush() }
            cluster.append(start)
        }
        if !cluster.isEmpty { flush() }
        guard let numberColumn else { return tops }
        let numbers = columnLines[numberColumn].filter { Numbers.rowNumber($0.text) != nil }
        var added: [Double] = []
        var previousBand: Int?
        for number in numbers {
            let band = SortedSearch.lastIndex(in: tops, atMost: number.midY + 0.5)
            if band == previousBand || band == nil { added.append(number.minY) }
            previousBand = band
        }
        // The first № of the band above the first top starts a row only when another № follows it there.
        if let first = numbers.first, tops.lastIndex(where: { $0 <= first.midY + 0.5 }) == nil,
           added.count == 1, added[0] == first.minY {
            added = []
        }
        guard !added.isEmpty, ignored == nil else { return (tops + added).sorted() }
        diagnostics.info(.rowsFromNumbers,
                         "\(added.count) row(s) on page \(page) start no paragraph in two columns; their № starts them",
                         at: SourceLocation(page: page))
        return (tops + added).sorted()
    }

    /// Lines of one column that start a paragraph: after a gap, or (`byPitch`) a top-to-top step beyond the
    /// column's usual pitch. The first line always starts one.
    static func paragraphStarts(_ lines: [GlyphLine]) -> [(index: Int, byPitch: Bool)] {
        let pitch = usualPitch(lines)
        var starts: [(index: Int, byPitch: Bool)] = []
        var previousStep: Double?
        for (index, line) in lines.enumerated() {
            guard index > 0 else { starts.append((0, false)); continue }
            let previous = lines[index - 1]
            let gap = line.minY - previous.maxY
            // Glyph boxes taller than the line pitch (tight spreadsheet rows) hide the gap: a top-to-top
            // distance beyond the column's usual pitch starts a paragraph too — unless the line before sat
            // too high by as much (a box placed off its baseline): then the two steps add up to two pitches.
            let step = line.typicalTop - previous.typicalTop
            let widened = pitch.map { pitch in
                let tolerance = max(0.6, pitch * 0.08)
                return step > pitch + tolerance && (previousStep.map { $0 + step > pitch * 2 + tolerance } ?? true)
            } ?? false
            if gap > line.height * 0.8 || widened { starts.append((index, gap <= line.height * 0.8)) }
            previousStep = step
        }
        return starts
    }

    /// The median top-to-top distance (typical tops) of consecutive lines of a column closer than two line heights: the
    /// pitch inside its paragraphs. Nil with fewer than three such pairs (too few lines to know).
    static func usualPitch(_ lines: [GlyphLine]) -> Double? {
        let steps = zip(lines, lines.dropFirst()).map { $1.typicalTop - $0.typicalTop }
            .filter { step in step > 0 && step < (lines.first?.height ?? 0) * 2 }.sorted()
        return steps.count >= 3 ? steps[steps.count / 2] : nil
    }

    func rowNumber(_ row: RawRow) -> (value: RowNumber, location: SourceLocation)? {
        for line in row.cells[.number] ?? [] {
            if let value = Numbers.rowNumber(line.text) { return (value, line.location) }
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
