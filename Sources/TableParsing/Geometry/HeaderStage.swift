import ShiryoCore

/// Stage 3: the page's table header, read by the vocabulary of column names (`HeaderFinder`) or by
/// structure (`NumberColumn` + `StructuralHeader`, `RuledColumns` where rulings exist). The open table's
/// header printed again without known names is marked as furniture.
enum HeaderStage {
    /// A header the page prints, and how it was found.
    enum Found {
        /// Cells naming known columns, on the page lines `lines`.
        case vocabulary(tokens: [HeaderToken], lines: ClosedRange<Int>)
        /// Cells above a column of counting numbers.
        case structural(StructuralHeader)
    }

    /// The table open from earlier pages, as this stage needs it.
    struct OpenTable {
        let layout: ColumnLayout
        let columns: [ColumnHeader]
    }

    static func find(
        _ lines: [GlyphLine], furniture: inout [Bool], rulings: [RulingLine], open: OpenTable?,
        tolerances: GeometryTolerances
    ) -> Found? {
        let vocabulary = HeaderFinder.find(in: lines)
        if vocabulary == nil, let open {
            for index in repeatedHeaderLines(lines, furniture: furniture, columns: open.columns) { furniture[index] = true }
        }
        let extended = vocabulary.map { HeaderFinder.extend($0.tokens, lines: lines, headerIndex: $0.index) }
        let structural = structuralHeader(
            lines, furniture: furniture, rulings: rulings, open: open?.layout,
            tolerances: tolerances)
        // The vocabulary names the columns it knows; a header read by structure that finds more columns (a
        // second header row under a spanning cell) is the fuller reading.
        if let vocabulary, let extended, (structural?.tokens.count ?? 0) <= extended.tokens.count {
            return .vocabulary(tokens: extended.tokens, lines: vocabulary.index...extended.lastIndex)
        }
        return structural.map(Found.structural)
    }

    /// A header found by structure (see `StructuralHeader`): the page's counting number column, in the open
    /// table's number column when one is open.
    static func structuralHeader(
        _ lines: [GlyphLine], furniture: [Bool], rulings: [RulingLine], open: ColumnLayout?,
        tolerances: GeometryTolerances
    ) -> StructuralHeader? {
        let kept = lines.indices.filter { !furniture[$0] }
        let tokens = NumberColumn.tokens(in: lines, tolerances: tolerances).filter { !furniture[$0.line] }
        guard !kept.isEmpty,
            let numbers = NumberColumn.find(in: tokens, tolerances: tolerances)
                ?? openNumberColumn(tokens, open: open)
        else { return nil }
        return StructuralHeader.find(
            lines: lines, numbers: numbers, rulings: rulings, isFurniture: { furniture[$0] },
            tolerances: tolerances)
    }

    /// The numbers under the open table's № column (a page holding one row of it counts nothing).
    static func openNumberColumn(_ tokens: [NumberToken], open: ColumnLayout?) -> NumberColumn? {
        guard let column = open?.columns.first(where: { $0.header.role == .number }) else { return nil }
        return NumberColumn.column(in: tokens, minX: column.minX, maxX: column.maxX)
    }

    /// The open table's header printed again at the top of a page: the first lines holding exactly the
    /// header's letters (in whatever order the lines were cut).
    static func repeatedHeaderLines(_ lines: [GlyphLine], furniture: [Bool], columns: [ColumnHeader]) -> [Int] {
        let wanted = letterCounts(columns.map(\.text).joined())
        guard !wanted.isEmpty else { return [] }
        var seen: [Character: Int] = [:]
        var taken: [Int] = []
        for index in lines.indices where !furniture[index] {
            for (letter, count) in letterCounts(lines[index].text) { seen[letter, default: 0] += count }
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
}

/// Stage 4: the column layout of a page from its header cells and the body text below them (see
/// `ColumnLayoutBuilder`); notes across the table under the header are marked as furniture first.
enum LayoutStage {
    /// `headerLines`: the header's page lines; `structural`: the tokens carry their roles (see
    /// `ColumnLayoutBuilder.build`).
    static func layout(
        _ tokens: [HeaderToken], lines: [GlyphLine], headerLines: ClosedRange<Int>, furniture: inout [Bool],
        page: PageGlyphs, structural: Bool, tolerances: RowTolerances = .standard,
        categories: inout [CategoryRows.Label], log: inout DiagnosticLog
    ) -> ColumnLayout {
        // The vocabulary path's last header line; a structural header's lines may end at different heights.
        let headerBottom =
            !structural
            ? lines[headerLines.upperBound].maxY
            : lines[headerLines].map(\.maxY).max() ?? lines[headerLines.upperBound].maxY
        categories += TableNotes.exclude(
            lines, from: headerLines.upperBound + 1,
            headers: tokens.map { TableNotes.HeaderSpan(minX: $0.line.minX, maxX: $0.line.maxX, role: $0.role) },
            excluded: &furniture, page: page.number, rulings: page.rulings, log: &log)
        let bodyLines = lines.indices.filter { !furniture[$0] && lines[$0].maxY > headerBottom }
        // By the middle: glyph boxes taller than the pitch (spreadsheets) reach up into the header row.
        let below = bodyLines.flatMap { lines[$0].glyphs }
            .filter { $0.y >= headerBottom - tolerances.bandSlack || $0.midY > headerBottom }
        return ColumnLayoutBuilder.build(
            tokens: tokens, body: below, lineCount: bodyLines.count, page: page,
            fixedRoles: structural)
    }
}
