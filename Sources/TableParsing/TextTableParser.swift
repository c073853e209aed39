import JapaneseText
import ShiryoCore

/// Parses the text export of a table: one cell after another, rows opened by a line holding only the
/// row number, cells separated by blank lines and by ⇒ lines, page furniture repeated at page breaks.
public enum TextTableParser {
    /// What one physical line is.
    enum LineKind: Equatable {
        case blank
        case furniture  // document number, page number, repeated title or column headers
        case header([String])
        case strayHeader(String)
        case rowNumber(Int)
        case arrow(rest: String)
        case content
    }

    public static func parse(_ text: String, file: String) throws(IngestError) -> (table: RawTable, pageCount: Int) {
        var diagnostics = DiagnosticLog()
        let pageCount = text.reduce(1) { $1 == "\u{0C}" ? $0 + 1 : $0 }
        let lines = splitLines(text)
        // Cells side by side at their printed positions (pdftotext -layout): read by column positions.
        if LayoutExport.looksLikeLayout(lines), let table = LayoutExport.read(lines, file: file) { return (table, pageCount) }

        // Page furniture first: the title is whatever precedes the first header line.
        var documentID: String?
        var headerLines: [[String]] = []
        var strayHeaders: [String] = []
        var titleLines: [String] = []
        var kinds: [LineKind] = []
        var rowSeen = false  // kept as a flag: scanning `kinds` for it on every line was quadratic
        for line in lines {
            let kind = classify(line.text, headerSeen: !headerLines.isEmpty, titleLines: titleLines)
            if case .rowNumber = kind { rowSeen = true }
            switch kind {
            case .header(let tokens): headerLines.append(tokens)
            case .strayHeader(let token): strayHeaders.append(token)
            case .furniture:
                if documentID == nil { documentID = PageFurniture.documentID(line.text) }
            case .content where headerLines.isEmpty && !rowSeen:
                titleLines.append(line.text.trimmedWhitespace)
                kinds.append(.furniture)
                continue
            default: break
            }
            kinds.append(kind)
        }
        let title = titleLines.isEmpty ? nil : LineJoining.join(titleLines)
        // Repeated titles after a page break are furniture too.
        if let title {
            let titleKey = SearchKey.make(title)
            for index in kinds.indices where kinds[index] == .content && SearchKey.make(lines[index].text) == titleKey {
                kinds[index] = .furniture
            }
        }
        guard !headerLines.isEmpty else {
            // Header cells one per line, cells flowing without blank lines: the flowing-export reader.
            if let table = FlowTableReader.read(lines, file: file) { return (table, pageCount) }
            // Without a header nothing says which block is which column.
            guard firstRowSeen(kinds) else { throw IngestError(file: file, problem: .noRows) }
            let found = titleLines.last.map(headerTokens) ?? []  // the line above the first row
            throw IngestError(file: file, problem: .tableNotFound(lookedFor: ColumnVocabulary.allNames, found: Array(found.prefix(12))))
        }
        let columns = mergeColumns(headerLines, strayHeaders)
        var rows = collectRows(lines, kinds, columns, &diagnostics)
        guard !rows.isEmpty else { throw IngestError(file: file, problem: .noRows) }
        reattachOrphanReflections(&rows, &diagnostics)
        let table = RawTable(documentID: documentID, title: title, columns: columns,
                             rows: rows.map(\.raw), diagnostics: diagnostics.entries)
        return (table, pageCount)
    }

    /// Longest header cell (characters) worth matching against the vocabulary on its own.
    static let maxHeaderCellLength = 24

    static func firstRowSeen(_ kinds: [LineKind]) -> Bool {
        kinds.contains { if case .rowNumber = $0 { true } else { false } }
    }

    /// Lines numbered from 1, split at \n, \r\n and \r, form feeds (page breaks) removed.
    public static func splitLines(_ text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var number = 0
        text.enumerateLinesKeepingFormFeeds { line in
            number += 1
            result.append(SourceLine(String(line.filter { $0 != "\u{0C}" }), location: .line(number)))
        }
        return result
    }

    static func classify(_ line: String, headerSeen: Bool, titleLines: [String]) -> LineKind {
        let text = line.trimmedWhitespace
        if text.isEmpty { return .blank }
        if PageFurniture.documentID(text) != nil || PageFurniture.isPageNumber(text) { return .furniture }
        if let first = text.first, ReflectionParser.arrows.contains(first) {
            return .arrow(rest: String(text.dropFirst()).trimmedWhitespace)
        }
        if let number = Numbers.decimal(text), number > 0 { return .rowNumber(number) }
        // A header line has cells apart or is one short header name; a long unbroken line is text.
        if text.count > maxHeaderCellLength, !text.contains(" "), !text.contains("\u{3000}") { return .content }
        let tokens = headerTokens(text)
        let roles = Set(tokens.compactMap(ColumnVocabulary.role(forHeader:)))
        if tokens.count >= 2, roles.count >= 2, roles.count * 2 >= tokens.count { return .header(tokens) }
        if tokens.count == 1, ColumnVocabulary.isExactHeader(text) { return .strayHeader(text) }
        return .content
    }

    /// Splits a header line at spaces, putting 均等割付 letters 「施　策　名」「①意 見 内 容」 back together.
    static func headerTokens(_ line: String) -> [String] {
        let parts = line.spaceSeparatedParts.map(String.init)
        var tokens: [String] = []
        var letters: [String] = []
        for part in parts {
            if ColumnVocabulary.role(forHeader: part) == nil, EvenSpacing.isLetter(part, numbered: true) {
                letters.append(part)
                continue
            }
            tokens += spreadHeaders(letters)
            letters = []
            tokens.append(part)
        }
        return tokens + spreadHeaders(letters)
    }

    /// A run of spread letters, possibly several headers side by side 「施 策 名 意 見 内 容」: the longest
    /// known header at each position; letters that start none stay together.
    static func spreadHeaders(_ letters: [String]) -> [String] {
        var headers: [String] = []
        var unknown = ""
        var start = 0
        while start < letters.count {
            let end = (start + 1...letters.count).reversed().first { end in
                // Exactly a known name: 「回 答 反 映」 is two headers, not one ending in 反映.
                ColumnVocabulary.isKnownName(letters[start..<end].joined())
            }
            if let end {
                if !unknown.isEmpty { headers.append(unknown); unknown = "" }
                headers.append(letters[start..<end].joined())
                start = end
            } else {
                unknown += letters[start]
                start += 1
            }
        }
        if !unknown.isEmpty { headers.append(unknown) }
        return headers
    }

    /// The fullest header line wins; headers seen only elsewhere (a stray ③ cell) are added after it.
    static func mergeColumns(_ headerLines: [[String]], _ stray: [String]) -> [ColumnHeader] {
        var tokens = headerLines.max(by: { $0.count < $1.count }) ?? []
        for token in headerLines.flatMap({ $0 }) + stray
        where !tokens.contains(where: { ColumnVocabulary.headerKey($0) == ColumnVocabulary.headerKey(token) }) {
            tokens.append(token)
        }
        return zip(tokens, ColumnVocabulary.roles(forHeaders: tokens)).map { ColumnHeader(text: $0, role: $1) }
    }

    /// A row under construction: the blocks (runs of non-blank lines) printed before its № (cells of the
    /// columns left of the № column) and after it (cells right of it), in printed order.
    struct PendingRow {
        var number: RowNumber
        var numberLine: SourceLine?
        var leadBlocks: [CellAssignment.Block] = []
        var trailBlocks: [CellAssignment.Block] = []
        var cells: [ColumnHeader: [[SourceLine]]] = [:]
        var reflectionBlocks: [[SourceLine]] = []
        var columns: [ColumnHeader] = []
        /// A ⇒ with no text after it (an empty cell).
        var loneArrowLines: [Int] = []

        var raw: RawRow {
            var cellLines: [ColumnRole: [SourceLine]] = [:]
            var extra: [(header: String, lines: [SourceLine])] = []
            for column in columns where column.role != .number {
                let joined = (column.role == .reflection ? reflectionBlocks : cells[column] ?? []).flatMap { $0 }
                if let role = column.role { cellLines[role, default: []] += joined } else { extra.append((column.text, joined)) }
            }
            let allLines = (cells.values.flatMap { $0 } + reflectionBlocks).flatMap { $0 }
            // The № line and the ⇒ lines are part of the row's extent but of no cell.
            let markers = [numberLine?.location.line] + (leadBlocks + trailBlocks).map(\.arrowLine)
            let numbers = markers.compactMap { $0 } + loneArrowLines + allLines.compactMap(\.location.line)
            let location = numberLine?.location ?? allLines.first?.location ?? .line(0)
            return RawRow(number: number, numberLocation: location, cells: cellLines, extra: extra,
                          lineRange: numbers.min().flatMap { low in numbers.max().map { low...$0 } })
        }
    }

    /// Cuts the lines into rows at the № lines. An export reads a row's cells in column order, so the cells
    /// of columns left of the № column come before the № and the others after it: № first (the seed), №
    /// last (it closes its row) or № in between (the blocks between two №s are split between the rows).
    static func collectRows(_ lines: [SourceLine], _ kinds: [LineKind], _ columns: [ColumnHeader],
                            _ diagnostics: inout DiagnosticLog) -> [PendingRow] {
        let dataColumns = columns.filter { $0.role != .number }
        let leadCount = columns.prefix { $0.role != .number }.count
        let leadColumns = Array(dataColumns.prefix(leadCount == columns.count ? 0 : leadCount))
        let trailColumns = Array(dataColumns.dropFirst(leadColumns.count))
        var rows: [PendingRow] = []
        var current: PendingRow?
        var pending: [CellAssignment.Block] = []
        var blockOpen = false
        var arrowLine: Int?
        var lastNumber = 0

        for (index, (line, kind)) in zip(lines, kinds).enumerated() {
            switch kind {
            case .rowNumber(let number) where number > lastNumber || standsAlone(index, kinds, blockOpen: blockOpen):
                // A misprinted or repeated № is still a row (RecordBuilder warns): taking it as text would
                // swallow the rows after it.
                lastNumber = number
                blockOpen = false
                // The blocks since the last № : the end of the row before, then the start of this one.
                let split = splitBetweenRows(pending, trail: current == nil ? [] : trailColumns, lead: leadColumns)
                let loneArrow = arrowLine
                arrowLine = nil
                if var row = current {
                    row.trailBlocks = Array(pending[..<split])
                    if let loneArrow, !trailColumns.isEmpty { row.loneArrowLines.append(loneArrow) }
                    rows.append(finish(row, leadColumns: leadColumns, trailColumns: trailColumns, &diagnostics))
                } else if split > 0 {
                    for block in pending[..<split] {
                        diagnostics.info(.textOutsideTable, "text before the first row was skipped: \(block.text)",
                                         at: block.lines.first?.location)
                    }
                }
                current = PendingRow(number: RowNumber(printed: line.text.trimmedWhitespace, parts: [number]), numberLine: line, leadBlocks: Array(pending[split...]), columns: columns)
                if let loneArrow, trailColumns.isEmpty { current!.loneArrowLines.append(loneArrow) }
                pending = []
            case .arrow(let rest):
                blockOpen = false
                arrowLine = line.location.line
                if !rest.isEmpty {
                    pending.append(CellAssignment.Block(lines: [SourceLine(rest, location: line.location)], afterArrow: true,
                                                        arrowLine: arrowLine))
                    arrowLine = nil
                    blockOpen = true
                }
            case .blank, .furniture, .header, .strayHeader:
                blockOpen = false
            case .content, .rowNumber:
                if blockOpen {
                    pending[pending.count - 1].lines.append(line)
                } else {
                    pending.append(CellAssignment.Block(lines: [line], afterArrow: arrowLine != nil, arrowLine: arrowLine))
                    arrowLine = nil
                    blockOpen = true
                }
            }
        }
        if var row = current {
            let split = trailColumns.isEmpty ? 0 : pending.count
            row.trailBlocks = Array(pending[..<split])
            if let arrowLine { row.loneArrowLines.append(arrowLine) }
            rows.append(finish(row, leadColumns: leadColumns, trailColumns: trailColumns, &diagnostics))
            if let block = pending.dropFirst(split).first {
                diagnostics.warn(.textAfterLastRow, "text after the last row was not given to any row: \(block.text)",
                                 at: block.lines.first?.location)
            }
        }
        return rows
    }

    /// A № line with a blank line (or page furniture) on both sides is a row's №, in sequence or not; a
    /// number inside a block is cell text.
    static func standsAlone(_ index: Int, _ kinds: [LineKind], blockOpen: Bool) -> Bool {
        guard !blockOpen else { return false }
        let next = kinds.indices.contains(index + 1) ? kinds[index + 1] : .blank
        switch next {
        case .blank, .furniture: return true
        default: return false
        }
    }

    /// Where the blocks between two №s stop belonging to the row above (its columns right of the №) and
    /// start belonging to the row below (its columns left of the №): the likeliest spread over both. In a
    /// tie the row above's columns are left empty first (a 備考 is emptier than the 区分 that starts a row).
    static func splitBetweenRows(_ blocks: [CellAssignment.Block], trail: [ColumnHeader], lead: [ColumnHeader]) -> Int {
        if lead.isEmpty { return blocks.count }
        if trail.isEmpty { return 0 }
        let ranks = trail.indices.map { lead.count + $0 } + lead.indices.map { $0 }
        let ranges = CellAssignment.assign(blocks, to: trail + lead, emptyRank: ranks)
        return ranges[trail.count - 1].upperBound
    }

    /// Spreads the row's blocks over the data columns (see `CellAssignment`): the blocks before the № over
    /// the columns left of it, the others over the rest.
    static func finish(_ pending: PendingRow, leadColumns: [ColumnHeader], trailColumns: [ColumnHeader],
                       _ diagnostics: inout DiagnosticLog) -> PendingRow {
        var row = pending
        var cost = 0.0
        for (blocks, columns) in [(row.leadBlocks, leadColumns), (row.trailBlocks, trailColumns)] where !columns.isEmpty {
            let spread = CellAssignment.spread(blocks, over: columns)
            cost += spread.cost
            for (column, range) in zip(columns, spread.ranges) where !range.isEmpty {
                let lines = blocks[range].map(\.lines)
                if column.role == .reflection { row.reflectionBlocks += lines } else { row.cells[column, default: []] += lines }
            }
        }
        if cost >= CellAssignment.doubtfulCost, let first = (row.leadBlocks + row.trailBlocks).first?.lines.first {
            let names = (leadColumns + trailColumns).map(\.text).joined(separator: "｜")
            diagnostics.warn(.cellsDoubtful, "row \(row.number): its text blocks do not fit the columns \(names); check its cells",
                             at: first.location)
        }
        return row
    }

    /// A citation block printed after a row whose own reflection is already filled belongs to the next row
    /// that has none (a text export places a tall ③ cell before its row). Blocks stay where they are when
    /// no later row is missing its reflection.
    static func reattachOrphanReflections(_ rows: inout [PendingRow], _ diagnostics: inout DiagnosticLog) {
        for index in rows.indices.dropLast() {
            let blocks = rows[index].reflectionBlocks
            guard blocks.count > 1 else { continue }
            let detached = blocks.dropFirst().drop { !startsWithCitation($0) }
            guard !detached.isEmpty else { continue }
            let firstDetached = blocks.count - detached.count
            let target = index + 1
            guard rows[target].reflectionBlocks.isEmpty else { continue }
            let moved = Array(blocks[firstDetached...])
            rows[index].reflectionBlocks = Array(blocks[..<firstDetached])
            rows[target].reflectionBlocks = moved
            for block in moved where startsWithCitation(block) {
                let citation = block[0].text.trimmedWhitespace
                diagnostics.warn(.reflectionReattached,
                                 "citation \(citation) printed before row \(rows[target].number) was attached to row \(rows[target].number)",
                                 at: block[0].location)
            }
        }
    }

    static func startsWithCitation(_ block: [SourceLine]) -> Bool {
        guard let first = block.first else { return false }
        return Citations.isCitationLine(first.text.trimmedWhitespace)
    }
}

extension String {
    /// Like `enumerateLines`, but splits on \n, \r\n and \r only, so a form feed stays in its line.
    func enumerateLinesKeepingFormFeeds(_ body: (Substring) -> Void) {
        var start = startIndex
        var index = startIndex
        while index < endIndex {
            let character = self[index]
            if character == "\n" || character == "\r\n" || character == "\r" {
                body(self[start..<index])
                index = self.index(after: index)
                start = index
            } else {
                index = self.index(after: index)
            }
        }
        if start < endIndex { body(self[start..<endIndex]) }
    }
}
