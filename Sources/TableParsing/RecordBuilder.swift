import JapaneseText
import ShiryoCore

/// Raw rows → records: joins wrapped lines, splits the policy into pillar and measure, parses reflections.
public enum RecordBuilder {
    public static func build(_ table: RawTable, diagnostics: inout DiagnosticLog) -> (DocumentInfo, [Record]) {
        var assembler = RecordAssembler(columns: table.columns)
        for row in table.rows { assembler.add(row, diagnostics: &diagnostics) }
        return (document(of: table), assembler.finish(diagnostics: &diagnostics))
    }

    public static func document(of table: RawTable) -> DocumentInfo {
        DocumentInfo(
            id: table.documentID,
            title: table.title,
            fiscalYear: table.title.flatMap(Wareki.firstYear(in:)),
            columns: table.columns.map(\.text))
    }

    /// One row → its record; `previousPolicy` carries a merged policy cell down to the rows under it.
    static func record(of row: RawRow, columns: [ColumnHeader], previousPolicy: Policy?,
                       diagnostics: inout DiagnosticLog) -> Record {
        var record = Record(
            number: row.number,
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
            diagnostics.info("policy-inherited",
                             "row \(row.number) has no policy of its own; the one above it was used",
                             at: row.numberLocation)
        }
        if record.opinion.isEmpty {
            diagnostics.warn("empty-opinion", "row \(row.number) has no opinion text", at: row.numberLocation)
        }
        if record.response.isEmpty, columns.contains(where: { $0.role == .response }) {
            diagnostics.warn("empty-response", "row \(row.number) has no response text", at: row.numberLocation)
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
        diagnostics.warn("private-use-character",
                         "row \(record.number) contains private-use character(s) \(codes.joined(separator: ", ")) with no known mapping; kept as extracted",
                         at: location)
    }

    static func checkNumbering(_ numbers: [(number: Int, location: SourceLocation)], _ diagnostics: inout DiagnosticLog) {
        var seen: Set<Int> = []
        for (previous, next) in zip(numbers, numbers.dropFirst()) {
            seen.insert(previous.number)
            if next.number != previous.number, seen.contains(next.number) {
                diagnostics.warn("row-number-duplicate", "row number \(next.number) appears again after row \(previous.number)",
                                 at: next.location)
            }
            if next.number == previous.number {
                diagnostics.warn("row-number-duplicate", "row number \(next.number) appears twice", at: next.location)
            } else if next.number < previous.number {
                diagnostics.warn("row-number-out-of-sequence",
                                 "row \(next.number) follows row \(previous.number): a № is misprinted or out of order",
                                 at: next.location)
            } else if next.number != previous.number + 1 {
                diagnostics.warn("row-number-gap",
                                 "row \(next.number) follows row \(previous.number); rows in between are missing",
                                 at: next.location)
            }
        }
    }
}

/// Rows → records one row at a time, so a long document's raw rows (every line with its box) can be let go
/// as soon as each row is complete; only the records stay. Diagnostics come out in the same order as
/// `RecordBuilder.build`: per row as added, the numbering check at `finish`.
public struct RecordAssembler: Sendable {
    let columns: [ColumnHeader]
    var previousPolicy: Policy?
    var records: [Record] = []
    var numbers: [(number: Int, location: SourceLocation)] = []

    public init(columns: [ColumnHeader]) { self.columns = columns }

    public mutating func add(_ row: RawRow, diagnostics: inout DiagnosticLog) {
        let record = RecordBuilder.record(of: row, columns: columns, previousPolicy: previousPolicy, diagnostics: &diagnostics)
        previousPolicy = record.policy ?? previousPolicy
        records.append(record)
        numbers.append((row.number, row.numberLocation))
    }

    public mutating func finish(diagnostics: inout DiagnosticLog) -> [Record] {
        RecordBuilder.checkNumbering(numbers, &diagnostics)
        return records
    }
}
