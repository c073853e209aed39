import JapaneseText
import ShiryoCore

/// The classic text export's rows (`TextTableParser`): blocks between blank lines and ⇒ lines, cut into
/// rows at the № lines and spread over the columns.
extension TextTableParser {
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
            return RawRow(
                number: number, numberLocation: location, cells: cellLines, extra: extra,
                lineRange: numbers.min().flatMap { low in numbers.max().map { low...$0 } })
        }
    }

    /// Cuts the lines into rows at the № lines. An export reads a row's cells in column order, so the cells
    /// of columns left of the № column come before the № and the others after it: № first (the seed), №
    /// last (it closes its row) or № in between (the blocks between two №s are split between the rows).
    static func collectRows(
        _ lines: [SourceLine], _ kinds: [LineKind], _ columns: [ColumnHeader],
        _ diagnostics: inout DiagnosticLog
    ) -> [PendingRow] {
        var collector = RowCollector(columns: columns)
        for (index, (line, kind)) in zip(lines, kinds).enumerated() {
            switch kind {
            case .rowNumber(let number)
            where number > collector.lastNumber || standsAlone(index, kinds, blockOpen: collector.blockOpen):
                // A misprinted or repeated № is still a row (RecordBuilder warns): taking it as text would
                // swallow the rows after it.
                collector.open(number, at: line, &diagnostics)
            case .arrow(let rest):
                collector.arrow(rest, at: line)
            case .blank, .furniture, .header, .strayHeader:
                collector.blockOpen = false
            case .content, .rowNumber:
                collector.add(line)
            }
        }
        collector.close(&diagnostics)
        return collector.rows
    }

    /// The rows found so far, the row being read and the blocks not yet given to a row.
    struct RowCollector {
        var leadColumns: [ColumnHeader]
        var trailColumns: [ColumnHeader]
        var columns: [ColumnHeader]
        var rows: [PendingRow] = []
        var current: PendingRow?
        var pending: [CellAssignment.Block] = []
        var blockOpen = false
        var arrowLine: Int?
        var lastNumber = 0

        init(columns: [ColumnHeader]) {
            let dataColumns = columns.filter { $0.role != .number }
            let leadCount = columns.prefix { $0.role != .number }.count
            leadColumns = Array(dataColumns.prefix(leadCount == columns.count ? 0 : leadCount))
            trailColumns = Array(dataColumns.dropFirst(leadColumns.count))
            self.columns = columns
        }

        /// A row's №: the blocks since the last № are the end of the row before, then the start of this one.
        mutating func open(_ number: Int, at line: SourceLine, _ diagnostics: inout DiagnosticLog) {
            lastNumber = number
            blockOpen = false
            let split = TextTableParser.splitBetweenRows(pending, trail: current == nil ? [] : trailColumns, lead: leadColumns)
            let loneArrow = arrowLine
            arrowLine = nil
            if var row = current {
                row.trailBlocks = Array(pending[..<split])
                if let loneArrow, !trailColumns.isEmpty { row.loneArrowLines.append(loneArrow) }
                rows.append(TextTableParser.finish(row, leadColumns: leadColumns, trailColumns: trailColumns, &diagnostics))
            } else if split > 0 {
                for block in pending[..<split] {
                    diagnostics.info(
                        .textOutsideTable, "text before the first row was skipped: \(block.text)",
                        at: block.lines.first?.location)
                }
            }
            current = PendingRow(
                number: RowNumber(printed: line.text.trimmedWhitespace, parts: [number]), numberLine: line,
                leadBlocks: Array(pending[split...]), columns: columns)
            if let loneArrow, trailColumns.isEmpty { current!.loneArrowLines.append(loneArrow) }
            pending = []
        }

        mutating func arrow(_ rest: String, at line: SourceLine) {
            blockOpen = false
            arrowLine = line.location.line
            if !rest.isEmpty {
                pending.append(
                    CellAssignment.Block(
                        lines: [SourceLine(rest, location: line.location)], afterArrow: true,
                        arrowLine: arrowLine))
                arrowLine = nil
                blockOpen = true
            }
        }

        mutating func add(_ line: SourceLine) {
            if blockOpen {
                pending[pending.count - 1].lines.append(line)
            } else {
                pending.append(CellAssignment.Block(lines: [line], afterArrow: arrowLine != nil, arrowLine: arrowLine))
                arrowLine = nil
                blockOpen = true
            }
        }

        mutating func close(_ diagnostics: inout DiagnosticLog) {
            guard var row = current else { return }
            let split = trailColumns.isEmpty ? 0 : pending.count
            row.trailBlocks = Array(pending[..<split])
            if let arrowLine { row.loneArrowLines.append(arrowLine) }
            rows.append(TextTableParser.finish(row, leadColumns: leadColumns, trailColumns: trailColumns, &diagnostics))
            if let block = pending.dropFirst(split).first {
                diagnostics.warn(
                    .textAfterLastRow, "text after the last row was not given to any row: \(block.text)",
                    at: block.lines.first?.location)
            }
        }
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
    static func finish(
        _ pending: PendingRow, leadColumns: [ColumnHeader], trailColumns: [ColumnHeader],
        _ diagnostics: inout DiagnosticLog
    ) -> PendingRow {
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
            diagnostics.warn(
                .cellsDoubtful, "row \(row.number): its text blocks do not fit the columns \(names); check its cells",
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
                diagnostics.warn(
                    .reflectionReattached,
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
