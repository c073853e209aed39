import JapaneseText
import ShiryoCore

/// Pages → rows: the first column by `LeadRows`, each other column by `OtherColumnSplit`.
enum FlowRowBuilder {
    struct Row {
        var number: RowNumber
        var numberLine: SourceLine
        var markerLines: [SourceLine] = []
        var cells: [[SourceLine]]
        var group: String? = nil
        /// 1-based table of the document: a caption or numbering that restarts at 1 opens the next.
        var table = 1
        var caption: String? = nil

        func raw(textColumns: [ColumnHeader]) -> RawRow {
            var cellLines: [ColumnRole: [SourceLine]] = [:]
            var extra: [(header: String, lines: [SourceLine])] = []
            for (column, lines) in zip(textColumns, cells) {
                if let role = column.role { cellLines[role, default: []] += lines } else { extra.append((column.text, lines)) }
            }
            let numbers = (cells.flatMap { $0 } + markerLines + [numberLine]).compactMap(\.location.line)
            return RawRow(
                number: number, numberLocation: numberLine.location, group: group, table: table,
                cells: cellLines, extra: extra,
                lineRange: numbers.min().flatMap { low in numbers.max().map { low...$0 } })
        }
    }

    static func rows(_ segments: [FlowSegment], textColumns: Int, _ diagnostics: inout DiagnosticLog) -> [Row] {
        var rows: [Row] = []
        for (index, segment) in segments.enumerated() {
            let lead = LeadRows(segment, isFirst: index == 0, diagnostics: &diagnostics)
            if !lead.carried.isEmpty, !rows.isEmpty { rows[rows.count - 1].cells[0] += lead.carried.flatMap(lines) }
            var pageRows = segment.numbers.map { number in
                Row(
                    number: number.value, numberLine: number.line,
                    markerLines: number.isAnchor ? [] : segment.markerLines[number.value.parts] ?? [],
                    cells: Array(repeating: [], count: textColumns), group: number.group,
                    caption: number.caption?.text.trimmedWhitespace)
            }
            for (rowIndex, leadRow) in lead.rows.enumerated() where rowIndex < pageRows.count {
                pageRows[rowIndex].cells[0] = leadRow.units.flatMap(lines)
            }
            if pageRows.isEmpty {
                // No № on the page: all of it continues the row before.
                guard !rows.isEmpty else { continue }
                rows[rows.count - 1].cells[0] += lead.rows.flatMap(\.units).flatMap(lines)
                for column in 1..<max(1, textColumns) {
                    rows[rows.count - 1].cells[column] += (segment.others[column] ?? []).flatMap { lines($0.unit) }
                }
                continue
            }
            divideOtherColumns(segment, lead, into: &pageRows, textColumns: textColumns, &diagnostics)
            rows += pageRows
        }
        numberTables(&rows)
        return rows
    }

    /// A caption, or a № 1 after higher №s, opens the next table; numbering that restarts under a new
    /// category row (①② … under each 【…】) stays in its table.
    static func numberTables(_ rows: inout [Row]) {
        var table = 1
        for index in rows.indices {
            let restarts =
                rows[index].number.parts == [1] && index > 0 && rows[index - 1].number.parts[0] > 1
                && rows[index].group == rows[index - 1].group
            if index > 0, rows[index].caption != nil || restarts { table += 1 }
            rows[index].table = table
        }
    }

    static func lines(_ unit: FlowUnit) -> [SourceLine] { unit.lines.map(\.cellLine) }

    static func divideOtherColumns(
        _ segment: FlowSegment, _ lead: LeadRows, into pageRows: inout [Row], textColumns: Int,
        _ diagnostics: inout DiagnosticLog
    ) {
        var rowOfGroup: [Int: Int] = [:]
        for (rowIndex, row) in lead.rows.enumerated() { for group in row.groups { rowOfGroup[group] = rowIndex } }
        let leadTexts = pageRows.map { $0.cells[0].map(\.text).joined() }
        for column in 1..<max(1, textColumns) {
            let others = segment.topics(of: column)
            let units = others.map { other in
                OtherColumnSplit.Unit(
                    text: other.unit.text,
                    heading: FlowUnits.isHeading(other.unit.first) ? String(other.unit.first.text.dropFirst()) : nil,
                    afterRow: min(rowOfGroup[other.afterGroup] ?? 0, pageRows.count - 1),
                    referencedRow: OtherColumnSplit.referencedRow(other.unit.text))
            }
            let division = OtherColumnSplit.divide(units, rowNumbers: pageRows.map { $0.number.parts[0] }, leadTexts: leadTexts)
            for (other, rowIndex) in zip(others, division) { pageRows[rowIndex].cells[column] += lines(other.unit) }
            reportMoved(units, division, pageRows, &diagnostics)
        }
    }

    /// Paragraphs printed after an earlier row's text and given to a later row: the export's order did not
    /// say whose they are.
    static func reportMoved(_ units: [OtherColumnSplit.Unit], _ division: [Int], _ rows: [Row], _ diagnostics: inout DiagnosticLog) {
        let moved = Set(zip(units, division).filter { $0.1 != $0.0.afterRow }.map(\.1)).sorted()
        guard !moved.isEmpty else { return }
        let numbers = moved.map { rows[$0].number.value }.joined(separator: ", ")
        diagnostics.warn(
            .cellsOrderGuessed,
            "rows \(numbers): their answers were printed apart from their rows and divided by order and topic; check them",
            at: rows[moved[0]].numberLine.location)
    }
}
