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

    /// Columns assumed when a text export prints no header at all.
    static let defaultColumns: [ColumnHeader] = [
        ColumnHeader(text: "№", role: .number), ColumnHeader(text: "施策名", role: .policy),
        ColumnHeader(text: "意見内容", role: .opinion), ColumnHeader(text: "対応方針", role: .response),
        ColumnHeader(text: "反映", role: .reflection),
    ]

    public static func parse(_ text: String, file: String) throws(IngestError) -> (table: RawTable, pageCount: Int) {
        var diagnostics = DiagnosticLog()
        let pageCount = text.reduce(1) { $1 == "\u{0C}" ? $0 + 1 : $0 }
        let lines = splitLines(text)

        // Page furniture first: the title is whatever precedes the first header line.
        var documentID: String?
        var headerLines: [[String]] = []
        var strayHeaders: [String] = []
        var titleLines: [String] = []
        var kinds: [LineKind] = []
        for line in lines {
            let kind = classify(line.text, headerSeen: !headerLines.isEmpty, titleLines: titleLines)
            switch kind {
            case .header(let tokens): headerLines.append(tokens)
            case .strayHeader(let token): strayHeaders.append(token)
            case .furniture:
                if documentID == nil { documentID = PageFurniture.documentID(line.text) }
            case .content where headerLines.isEmpty && !firstRowSeen(kinds):
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
        let columns = mergeColumns(headerLines, strayHeaders, &diagnostics)
        var rows = collectRows(lines, kinds, columns, &diagnostics)
        guard !rows.isEmpty else { throw IngestError(file: file, problem: .noRows) }
        reattachOrphanReflections(&rows, &diagnostics)
        let table = RawTable(documentID: documentID, title: title, columns: columns,
                             rows: rows.map(\.raw), diagnostics: diagnostics.entries)
        return (table, pageCount)
    }

    static func firstRowSeen(_ kinds: [LineKind]) -> Bool {
        kinds.contains { if case .rowNumber = $0 { true } else { false } }
    }

    static func splitLines(_ text: String) -> [SourceLine] {
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
        let tokens = headerTokens(text)
        let roles = Set(tokens.compactMap(ColumnVocabulary.role(forHeader:)))
        if tokens.count >= 2, roles.count >= 2, roles.count * 2 >= tokens.count { return .header(tokens) }
        if tokens.count == 1, ColumnVocabulary.isExactHeader(text) { return .strayHeader(text) }
        return .content
    }

    /// Splits a header line at spaces, putting 均等割付 letters 「施　策　名」「①意 見 内 容」 back together.
    static func headerTokens(_ line: String) -> [String] {
        let parts = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).map(String.init)
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
                ColumnVocabulary.isExactHeader(letters[start..<end].joined())
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
    static func mergeColumns(_ headerLines: [[String]], _ stray: [String], _ diagnostics: inout DiagnosticLog) -> [ColumnHeader] {
        guard let base = headerLines.max(by: { $0.count < $1.count }) else {
            diagnostics.warn("no-header", "no column header line was found; assumed № | 施策名 | 意見 | 対応 | 反映")
            return defaultColumns
        }
        var tokens = base
        for token in headerLines.flatMap({ $0 }) + stray
        where !tokens.contains(where: { ColumnVocabulary.headerKey($0) == ColumnVocabulary.headerKey(token) }) {
            tokens.append(token)
        }
        return tokens.map { ColumnHeader(text: $0, role: ColumnVocabulary.role(forHeader: $0)) }
    }

    /// A row under construction: the cells as blocks of lines separated by blank lines, per ⇒ group.
    struct PendingRow {
        var number: Int
        var numberLine: SourceLine
        /// groups[i] = blocks between the (i)th and (i+1)th ⇒; a block is a run of non-blank lines.
        var groups: [[[SourceLine]]] = [[]]
        var cells: [ColumnHeader: [[SourceLine]]] = [:]
        var reflectionBlocks: [[SourceLine]] = []
        /// The number line and the ⇒ lines: part of the row's extent but of no cell.
        var markerLines: [Int] = []
        var columns: [ColumnHeader] = []

        var raw: RawRow {
            var cellLines: [ColumnRole: [SourceLine]] = [:]
            var extra: [(header: String, lines: [SourceLine])] = []
            for column in columns where column.role != .number {
                let joined = (column.role == .reflection ? reflectionBlocks : cells[column] ?? []).flatMap { $0 }
                if let role = column.role { cellLines[role, default: []] += joined } else { extra.append((column.text, joined)) }
            }
            let allLines = (cells.values.flatMap { $0 } + reflectionBlocks).flatMap { $0 }
            let numbers = markerLines + allLines.compactMap(\.location.line)
            return RawRow(number: number, numberLocation: numberLine.location, cells: cellLines, extra: extra,
                          lineRange: numbers.min().flatMap { low in numbers.max().map { low...$0 } })
        }
    }

    static func collectRows(_ lines: [SourceLine], _ kinds: [LineKind], _ columns: [ColumnHeader],
                            _ diagnostics: inout DiagnosticLog) -> [PendingRow] {
        var rows: [PendingRow] = []
        var current: PendingRow?
        var blockOpen = false

        func append(_ line: SourceLine) {
            guard current != nil else { return }
            if !blockOpen { current!.groups[current!.groups.count - 1].append([]) }
            let group = current!.groups.count - 1
            current!.groups[group][current!.groups[group].count - 1].append(line)
            blockOpen = true
        }

        for (line, kind) in zip(lines, kinds) {
            switch kind {
            case .rowNumber(let number) where current == nil || number > current!.number:
                if let row = current { rows.append(finish(row, columns, &diagnostics)) }
                current = PendingRow(number: number, numberLine: line, markerLines: [line.location.line ?? 0], columns: columns)
                blockOpen = false
            case .arrow(let rest):
                guard current != nil else { continue }
                current!.groups.append([])
                current!.markerLines.append(line.location.line ?? 0)
                blockOpen = false
                if !rest.isEmpty { append(SourceLine(rest, location: line.location)) }
            case .blank, .furniture, .header, .strayHeader:
                blockOpen = false
            case .content, .rowNumber:
                if current == nil {
                    diagnostics.info("text-outside-table", "text before the first row was skipped: \(line.text.trimmedWhitespace)",
                                     at: line.location)
                    continue
                }
                append(line)
            }
        }
        if let row = current { rows.append(finish(row, columns, &diagnostics)) }
        return rows
    }

    /// Spreads the ⇒ groups over the columns: ⇒ stands before the last columns, so each group after an
    /// arrow is one column and the first group holds the rest, one blank-separated block per column.
    static func finish(_ pending: PendingRow, _ columns: [ColumnHeader], _ diagnostics: inout DiagnosticLog) -> PendingRow {
        var row = pending
        let dataColumns = columns.filter { $0.role != .number }
        guard !dataColumns.isEmpty else { return row }
        let arrowGroups = Array(row.groups.dropFirst())
        let tailCount = min(arrowGroups.count, dataColumns.count)
        let leading = Array(dataColumns.prefix(dataColumns.count - tailCount))
        let tail = Array(dataColumns.suffix(tailCount))

        // Leading columns: one block each, filled from the right (a missing policy is the usual gap);
        // surplus blocks belong to the last leading column (an opinion with two paragraphs).
        var blocks = row.groups[0]
        if !leading.isEmpty {
            if blocks.count > leading.count {
                let surplus = blocks[(leading.count - 1)...].flatMap { $0 }
                blocks = Array(blocks.prefix(leading.count - 1)) + [surplus]
            }
            let offset = leading.count - blocks.count
            for (index, block) in blocks.enumerated() { row.cells[leading[offset + index]] = [block] }
        } else if !blocks.isEmpty {
            diagnostics.warn("cell-unassigned", "row \(row.number): text before the first ⇒ has no column",
                             at: blocks[0][0].location)
        }
        for (index, column) in tail.enumerated() {
            // More ⇒ groups than columns: the surplus joins the last column.
            let groups = index == tail.count - 1 ? Array(arrowGroups[index...]) : [arrowGroups[index]]
            let cellBlocks = groups.flatMap { $0 }
            if column.role == .reflection { row.reflectionBlocks = cellBlocks } else { row.cells[column] = cellBlocks }
        }
        if tail.last?.role != .reflection, let reflection = dataColumns.first(where: { $0.role == .reflection }),
           let blocks = row.cells.removeValue(forKey: reflection) {
            row.reflectionBlocks = blocks
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
                diagnostics.warn("reflection-reattached",
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
