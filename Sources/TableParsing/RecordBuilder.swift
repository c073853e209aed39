import JapaneseText
import ShiryoCore

/// Raw rows → records: joins wrapped lines, splits the policy into pillar and measure, parses reflections.
public enum RecordBuilder {
    public static func build(_ table: RawTable, diagnostics: inout DiagnosticLog) -> (DocumentInfo, [Record]) {
        let document = DocumentInfo(
            id: table.documentID,
            title: table.title,
            fiscalYear: table.title.flatMap(Wareki.firstYear(in:)),
            columns: table.columns.map(\.text))
        var records: [Record] = []
        var previousPolicy: Policy?
        for row in table.rows {
            var record = Record(
                number: row.number,
                policy: nil,
                opinion: text(of: row.cells[.opinion]),
                response: text(of: row.cells[.response]),
                reflections: ReflectionParser.parse(row.cells[.reflection] ?? [], diagnostics: &diagnostics),
                extra: Dictionary(row.extra.map { ($0.header, text(of: $0.lines)) }, uniquingKeysWith: { a, b in a + b }),
                provenance: Provenance(
                    pages: row.pages.isEmpty ? nil : row.pages,
                    lines: row.lineRange.map { [$0.lowerBound, $0.upperBound] },
                    boxes: row.boxes))
            let hasPolicyColumn = table.columns.contains { $0.role == .policy }
            if let lines = row.cells[.policy], !text(of: lines).isEmpty {
                record.policy = policy(text(of: lines))
            } else if hasPolicyColumn, let previousPolicy {
                // A policy printed once for several rows (merged cell) applies to each of them.
                record.policy = previousPolicy
                diagnostics.info("policy-inherited",
                                 "row \(row.number) has no policy of its own; the one above it was used",
                                 at: row.numberLocation)
            }
            previousPolicy = record.policy ?? previousPolicy
            if record.opinion.isEmpty {
                diagnostics.warn("empty-opinion", "row \(row.number) has no opinion text", at: row.numberLocation)
            }
            if record.response.isEmpty, table.columns.contains(where: { $0.role == .response }) {
                diagnostics.warn("empty-response", "row \(row.number) has no response text", at: row.numberLocation)
            }
            reportPrivateUse(record, at: row.numberLocation, &diagnostics)
            records.append(record)
        }
        checkNumbering(records, table.rows, &diagnostics)
        return (document, records)
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

    static func checkNumbering(_ records: [Record], _ rows: [RawRow], _ diagnostics: inout DiagnosticLog) {
        for (index, pair) in zip(records, records.dropFirst()).enumerated() {
            let (previous, next) = pair
            if next.number == previous.number {
                diagnostics.warn("row-number-duplicate", "row number \(next.number) appears twice",
                                 at: rows[index + 1].numberLocation)
            } else if next.number != previous.number + 1 {
                diagnostics.warn("row-number-gap",
                                 "row \(next.number) follows row \(previous.number); rows in between are missing",
                                 at: rows[index + 1].numberLocation)
            }
        }
    }
}
