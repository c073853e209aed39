import ShiryoCore

/// The structural header's place in the parser: adopting a header (either path), page numbers and total
/// rows kept out, the open table's header printed again, the counting № column.
extension GeometryTableParser {
    /// Takes the header on `headerLines` as the table's (the first) or a repeated one: column ranges from it
    /// and the body below. Returns the top of the body.
    mutating func adoptHeader(_ tokens: [HeaderToken], lines: [GlyphLine], headerLines: ClosedRange<Int>,
                              furniture: inout [Bool], page: PageGlyphs, structural: Bool = false,
                              caption: String? = nil) -> Double {
        // The vocabulary path's last header line; a structural header's lines may end at different heights.
        let headerBottom = !structural ? lines[headerLines.upperBound].maxY
            : lines[headerLines].map(\.maxY).max() ?? lines[headerLines.upperBound].maxY
        excludeTableNotes(lines, from: headerLines.upperBound + 1, headers: tokens.map { ($0.line.minX, $0.line.maxX, $0.role) },
                          excluded: &furniture, page: page.number, rulings: page.rulings)
        let bodyLines = lines.indices.filter { !furniture[$0] && lines[$0].maxY > headerBottom }
        // By the middle: glyph boxes taller than the pitch (spreadsheets) reach up into the header row.
        let below = bodyLines.flatMap { lines[$0].glyphs }.filter { $0.y >= headerBottom - 0.5 || $0.midY > headerBottom }
        let newLayout = ColumnLayoutBuilder.build(tokens: tokens, body: below, lineCount: bodyLines.count, page: page,
                                                  fixedRoles: structural)
        let isFirstTable = startTableIfNew(newLayout.columns.map(\.header), caption: caption ?? partCaption, page: page.number)
        layout = newLayout
        headerCells += newLayout.columns.map { HeaderCell(header: $0.header, box: $0.headerBox) }
        for guess in newLayout.guesses {
            diagnostics.info(.columnGuessed, guess, at: SourceLocation(page: page.number))
        }
        // The document's title and number are printed above its first table.
        if isFirstTable { readFurniture(lines[..<headerLines.lowerBound], page: page) }
        return newLayout.headerBottom
    }

    /// A header found by structure (see `StructuralHeader`): the page's counting number column, in the known
    /// table's number column when one is open.
    func structuralHeader(_ lines: [GlyphLine], furniture: [Bool], rulings: [RulingLine]) -> StructuralHeader? {
        let kept = lines.indices.filter { !furniture[$0] }
        let tokens = NumberColumn.tokens(in: lines, tolerances: tolerances).filter { !furniture[$0.line] }
        guard !kept.isEmpty, let numbers = NumberColumn.find(in: tokens, tolerances: tolerances)
            ?? openNumberColumn(tokens) else { return nil }
        return StructuralHeader.find(lines: lines, numbers: numbers, rulings: rulings, isFurniture: { furniture[$0] },
                                     tolerances: tolerances)
    }

    /// The open table's header printed again at the top of a page: the first lines holding exactly the
    /// header's letters (in whatever order the lines were cut).
    func repeatedHeaderLines(_ lines: [GlyphLine], furniture: [Bool]) -> [Int] {
        let wanted = Self.letterCounts((tables.last?.columns ?? columns).map(\.text).joined())
        guard !wanted.isEmpty else { return [] }
        var seen: [Character: Int] = [:]
        var taken: [Int] = []
        for index in lines.indices where !furniture[index] {
            for (letter, count) in Self.letterCounts(lines[index].text) { seen[letter, default: 0] += count }
            taken.append(index)
            if seen == wanted { return taken }
            if seen.contains(where: { $0.value > wanted[$0.key] ?? 0 }) { return [] }
        }
        return []
    }

    static func letterCounts(_ text: String) -> [Character: Int] {
        var counts: [Character: Int] = [:]
        for letter in text where !letter.isWhitespace && letter != "・" { counts[letter, default: 0] += 1 }
        return counts
    }

    /// The numbers under the open table's № column (a page holding one row of it counts nothing).
    func openNumberColumn(_ tokens: [NumberToken]) -> NumberColumn? {
        guard let column = layout?.columns.first(where: { $0.header.role == .number }) else { return nil }
        return NumberColumn.column(in: tokens, minX: column.minX, maxX: column.maxX)
    }

    /// Page numbers (`PageFoot`, remembering where they were printed) and total rows (`TotalRows`).
    mutating func markPageNumbersAndTotals(_ lines: [GlyphLine], furniture: inout [Bool], page: PageGlyphs) {
        for index in PageFoot.pageNumberLines(lines, pageWidth: page.width, seen: pageNumberSpots, tolerances: tolerances) {
            furniture[index] = true
            let spot = PageFoot.Spot(x: lines[index].midX, y: lines[index].midY)
            if !pageNumberSpots.contains(spot) { pageNumberSpots.append(spot) }
        }
        for index in lines.indices where !furniture[index] && TotalRows.isTotal(lines[index]) {
            furniture[index] = true
            diagnostics.info(.totalRow, "a total row was kept out of the records: \(lines[index].text)",
                             at: .box(lines[index].box(page: page.number)))
        }
    }
}
