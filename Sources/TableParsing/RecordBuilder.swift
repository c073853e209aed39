import JapaneseText
import ShiryoCore

/// Raw rows → records: joins wrapped lines, splits the policy into pillar and measure, parses reflections.
public enum RecordBuilder {
    public static func build(_ table: RawTable, diagnostics: inout DiagnosticLog) -> (DocumentInfo, [Record]) {
        var assembler = RecordAssembler(columns: table.columns, tables: table.tables)
        for row in table.rows { assembler.add(row, diagnostics: &diagnostics) }
        let records = assembler.finish(diagnostics: &diagnostics)
        return (document(of: table, records: records), records)
    }

    /// The document's furniture and tables. A parser that lists no tables read one: its columns over the
    /// pages of the records.
    public static func document(of table: RawTable, records: [Record]) -> DocumentInfo {
        let tables =
            table.tables.isEmpty
            ? [TableInfo(caption: nil, columns: table.columns, pages: Set(records.flatMap { $0.provenance.pages ?? [] }).sorted())]
            : table.tables
        return DocumentInfo(
            id: table.documentID,
            title: table.title,
            fiscalYear: table.title.flatMap(Wareki.firstYear(in:)),
            columns: (tables.first?.columns ?? table.columns).map(\.text),
            tables: tables.map { TableSummary(caption: $0.caption, columns: $0.columns.map(\.text), pages: $0.pages) })
    }

    /// One row → its record; `previousPolicy` carries a merged policy cell down to the rows under it.
    static func record(
        of row: RawRow, index: Int, columns: [ColumnHeader], previousPolicy: Policy?,
        diagnostics: inout DiagnosticLog
    ) -> Record {
        var record = Record(
            index: index,
            table: row.table,
            number: row.number,
            group: row.group,
            policy: nil,
            opinion: text(of: row.cells[.opinion]),
            response: text(of: row.cells[.response]),
            reflections: ReflectionParser.parse(row.cells[.reflection] ?? [], diagnostics: &diagnostics),
            extra: extra(of: row, unknownColumns: columns.filter { $0.role == nil }.map(\.text)),
            provenance: Provenance(
                pages: row.pages.isEmpty ? nil : row.pages,
                lines: row.lineRange.map { [$0.lowerBound, $0.upperBound] },
                boxes: row.boxes))
        let hasPolicyColumn = columns.contains { $0.role == .policy }
        if let lines = row.cells[.policy], !text(of: lines).isEmpty {
            record.policy = policy(text(of: lines))
        } else if hasPolicyColumn, let previousPolicy {
            // A policy printed once for several rows (merged cell) applies to each of them.
            record.policy = previousPolicy
            diagnostics.info(
                .policyInherited,
                "row \(row.number) has no policy of its own; the one above it was used",
                at: row.numberLocation)
        }
        if record.opinion.isEmpty, columns.contains(where: { $0.role == .opinion }) {
            diagnostics.warn(.emptyOpinion, "row \(row.number) has no opinion text", at: row.numberLocation)
        }
        if record.response.isEmpty, columns.contains(where: { $0.role == .response }) {
            diagnostics.warn(.emptyResponse, "row \(row.number) has no response text", at: row.numberLocation)
        }
        reportPrivateUse(record, at: row.numberLocation, &diagnostics)
        return record
    }

    /// The unknown columns of the table with text in this row (an empty cell has no key), the same
    /// whichever path read them.
    static func extra(of row: RawRow, unknownColumns: [String]) -> [String: String] {
        var extra: [String: String] = [:]
        for header in unknownColumns where extra[header] == nil {
            let text = text(of: row.extra.filter { $0.header == header }.flatMap(\.lines))
            if !text.isEmpty { extra[header] = text }
        }
        return extra
    }

    static func text(of lines: [SourceLine]?) -> String {
        ArtefactRepair.repair(LineJoining.join((lines ?? []).map(\.text)))
    }

    static func policy(_ text: String) -> Policy {
        let parts = Headings.policy(text)
        return Policy(text: text, pillar: parts.pillar, measure: parts.measure)
    }

    static func reportPrivateUse(_ record: Record, at location: SourceLocation?, _ diagnostics: inout DiagnosticLog) {
        var texts = [record.policy?.text ?? "", record.opinion, record.response] + record.extra.values.sorted()
        for reflection in record.reflections {
            texts += reflection.headings + reflection.sections.flatMap { [$0.label ?? ""] + $0.quotes }
        }
        let found = ArtefactRepair.privateUseScalars(in: texts.joined())
        guard !found.isEmpty else { return }
        let codes = Set(found.map { "U+" + String($0.value, radix: 16, uppercase: true) }).sorted()
        diagnostics.warn(
            .privateUseCharacter,
            "row \(record.number) contains private-use character(s) \(codes.joined(separator: ", ")) with no known mapping; kept as extracted",
            at: location)
    }

    /// Numbers count up within each table; a new table may start again from 1.
    static func checkNumbering(_ numbers: [NumberedRow], _ diagnostics: inout DiagnosticLog) {
        var seen: Set<[Int]> = []
        for (previous, next) in zip(numbers, numbers.dropFirst()) {
            guard previous.table == next.table else { seen = []; continue }
            if next.group != previous.group, next.number.parts.last == 1 { seen = []; continue }
            seen.insert(previous.number.parts)
            let start = diagnostics.entries.count
            defer { diagnostics.attribute(to: next.index, from: start) }
            if next.number.isSameNumber(as: previous.number) {
                diagnostics.warn(.rowNumberDuplicate, "row number \(next.number) appears twice", at: next.location)
            } else if next.number < previous.number {
                // A misprinted № (row 1 printed as 7) is a record of its own; the rows after it are not swallowed.
                diagnostics.warn(
                    .rowNumberOutOfSequence,
                    "row \(next.number) follows row \(previous.number): a № is misprinted or out of order",
                    at: next.location)
            } else if seen.contains(next.number.parts) {
                diagnostics.warn(
                    .rowNumberDuplicate, "row number \(next.number) appears again after row \(previous.number)",
                    at: next.location)
            } else if !next.number.follows(previous.number) {
                diagnostics.warn(
                    .rowNumberGap,
                    "row \(next.number) follows row \(previous.number); rows in between are missing",
                    at: next.location)
            }
        }
    }
}

extension RecordBuilder {
    /// A row's number, table and where its № was printed, for the numbering check.
    struct NumberedRow: Sendable {
        var number: RowNumber
        var table: Int
        var index: Int
        var location: SourceLocation
        /// The category row above it: numbering may start again under each (①② … per category).
        var group: String? = nil
    }
}

/// Rows → records one row at a time, so a long document's raw rows (every line with its box) can be let go
/// as soon as each row is complete; only the records stay. Diagnostics come out in the same order as
/// `RecordBuilder.build`: per row as added, the numbering check at `finish`.
public struct RecordAssembler: Sendable {
    let columns: [ColumnHeader]
    /// The document's tables when the parser lists them: a row's columns are its table's.
    public var tables: [TableInfo]
    var previousPolicy: Policy?
    var records: [Record] = []
    var numbers: [RecordBuilder.NumberedRow] = []

    public init(columns: [ColumnHeader], tables: [TableInfo] = []) {
        self.columns = columns
        self.tables = tables
    }

    public mutating func add(_ row: RawRow, diagnostics: inout DiagnosticLog) {
        let rowColumns = tables.indices.contains(row.table - 1) ? tables[row.table - 1].columns : columns
        // A merged policy cell never reaches into the next table.
        let inherited = records.last?.table == row.table ? previousPolicy : nil
        let start = diagnostics.entries.count
        let record = RecordBuilder.record(
            of: row, index: records.count + 1, columns: rowColumns,
            previousPolicy: inherited, diagnostics: &diagnostics)
        diagnostics.attribute(to: record.index, from: start)
        previousPolicy = record.policy ?? inherited
        records.append(record)
        numbers.append(
            RecordBuilder.NumberedRow(
                number: row.number, table: row.table, index: record.index,
                location: row.numberLocation, group: row.group))
    }

    public mutating func finish(diagnostics: inout DiagnosticLog) -> [Record] {
        RecordBuilder.checkNumbering(numbers, &diagnostics)
        return records
    }
}
