import Foundation
import JSONEmission
import Shiryo
import ShiryoCore
import TableParsing
import Testing

/// Schema 2: record index, table, number as printed and as ASCII, group, document.tables; diagnostic codes.
@Suite struct SchemaTwoTests {
    static func row(_ number: RowNumber, table: Int = 1, group: String? = nil, page: Int) -> RawRow {
        RawRow(
            number: number, numberLocation: SourceLocation(page: page), group: group, table: table,
            cells: [.opinion: [SourceLine("意見\(number.value)", location: SourceLocation(page: page))]], pages: [page])
    }

    static let columns = [ColumnHeader(text: "№", role: .number), ColumnHeader(text: "意見", role: .opinion)]

    @Test func recordsCarryIndexTableNumberTextAndGroup() throws {
        let rows = [
            Self.row(RowNumber(printed: "１－１", parts: [1, 1]), group: "１　総論について", page: 1),
            Self.row(RowNumber(printed: "１－２", parts: [1, 2]), group: "１　総論について", page: 1),
            Self.row(RowNumber(printed: "①", parts: [1]), table: 2, page: 2),
            Self.row(RowNumber(printed: "②", parts: [2]), table: 2, page: 3),
        ]
        let tables = [
            TableInfo(caption: nil, columns: Self.columns, pages: [1]),
            TableInfo(caption: "日程", columns: Self.columns, pages: [2, 3]),
        ]
        let table = RawTable(documentID: nil, title: nil, columns: Self.columns, tables: tables, rows: rows, diagnostics: [])
        var log = DiagnosticLog()
        let (document, records) = RecordBuilder.build(table, diagnostics: &log)
        #expect(records.map(\.index) == [1, 2, 3, 4])
        #expect(records.map(\.table) == [1, 1, 2, 2])
        #expect(records.map(\.number) == ["1-1", "1-2", "1", "2"])
        #expect(records.map(\.numberText) == ["１－１", "１－２", "①", "②"])
        #expect(records.map(\.group) == ["１　総論について", "１　総論について", nil, nil])
        #expect(
            document.tables == [
                TableSummary(caption: nil, columns: ["№", "意見"], pages: [1]),
                TableSummary(caption: "日程", columns: ["№", "意見"], pages: [2, 3]),
            ])
        // Numbering restarts in the second table and 1-1 → 1-2 counts up: no gap, no duplicate.
        #expect(log.entries.filter { $0.code.hasPrefix("row-number") } == [])

        let json = ShiryoOutput(
            source: SourceInfo(file: "x.pdf", sha256: "", format: .pdf, pageCount: 3),
            document: document, records: records, diagnostics: log.entries
        ).json
        #expect(json["schemaVersion"] == .int(2))
        let written = try #require(json["records"]?.arrayValue)
        #expect(written[0]["group"] == .string("１　総論について"))
        #expect(written[2]["group"] == .null, "group is always written, null when none")
        #expect(written[2]["numberText"] == .string("①") && written[2]["number"] == .string("1"))
        #expect(json["document"]?["tables"]?.arrayValue?.last?["caption"] == .string("日程"))
        #expect(try JSONSchema.bundled().violations(of: json) == [])
        #expect(FormatInvariants.violations(of: json) == [])
    }

    @Test func oneTableIsDerivedFromTheColumnsAndTheRecordsPages() {
        let rows = [Self.row(RowNumber(1), page: 2), Self.row(RowNumber(3), page: 1)]
        let table = RawTable(documentID: nil, title: nil, columns: Self.columns, rows: rows, diagnostics: [])
        var log = DiagnosticLog()
        let (document, _) = RecordBuilder.build(table, diagnostics: &log)
        #expect(document.tables == [TableSummary(caption: nil, columns: ["№", "意見"], pages: [1, 2])])
        #expect(document.columns == ["№", "意見"])
        #expect(log.entries.map(\.code) == ["row-number-gap"], "1 → 3 within one table is a gap")
    }

    @Test func everyDiagnosticCodeHasAMeaningAndAKebabCaseName() {
        #expect(DiagnosticCode.allCases.count >= 28)
        for code in DiagnosticCode.allCases {
            #expect(code.meaning.count > 20 && !code.meaning.contains("\n"), "\(code.rawValue)")
            #expect(code.rawValue.allSatisfy { $0.isLowercase || $0 == "-" }, "\(code.rawValue)")
        }
    }

    @Test func sourcePathIsRelativeToTheFolderArgumentOrAsGiven() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "資料/第1回/seed.txt")
        try scratch.copy(fixture: Seed.text, to: "one/seed2.txt")
        let result = try CLI.run(["ingest", "-q", "資料", "one/seed2.txt", "--format", "ndjson"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        let folderLine = try #require(String(data: scratch.data("Output/第1回/seed.ndjson"), encoding: .utf8)?.split(separator: "\n").first)
        let fileLine = try #require(String(data: scratch.data("Output/seed2.ndjson"), encoding: .utf8)?.split(separator: "\n").first)
        #expect(try JSONValue.parse(Data(folderLine.utf8))["source"]?["path"] == .string("第1回/seed.txt"))
        #expect(try JSONValue.parse(Data(fileLine.utf8))["source"]?["path"] == .string("one/seed2.txt"))
        #expect(try JSONValue.parse(Data(fileLine.utf8))["table"] == .int(1))
        let json = try CLI.run(["ingest", "-q", "-o", "J", "資料"], in: scratch.url)
        #expect(json.status == 0)
        let document = try JSONValue.parse(scratch.data("J/第1回/seed.json"))
        #expect(document["source"]?["path"] == .string("第1回/seed.txt"))
        #expect(document["source"]?["file"] == .string("seed.txt"))
    }

    @Test func diagnosticsNameTheirRecordByPlaceAndCode() {
        let box = { (page: Int, y: Double) in BoundingBox(page: page, x: 20, y: y, width: 500, height: 40) }
        let records = [
            Record(
                index: 1, number: RowNumber(1), policy: nil, opinion: "", response: "", reflections: [],
                provenance: Provenance(pages: [1], lines: nil, boxes: [box(1, 100)])),
            Record(
                index: 2, number: RowNumber(2), policy: nil, opinion: "", response: "", reflections: [],
                provenance: Provenance(pages: [1, 2], lines: nil, boxes: [box(1, 140), box(2, 60)])),
        ]
        let inside = BoundingBox(page: 2, x: 40, y: 70, width: 100, height: 10)
        let diagnostics = [
            Diagnostic(.info, code: "row-continued", message: "row 2 continues on page 2", page: 2, box: inside),
            Diagnostic(
                .info, code: "row-group-label", message: "a label between rows", page: 1,
                box: BoundingBox(page: 1, x: 40, y: 135, width: 100, height: 8)),
            Diagnostic(.info, code: "blank-page", message: "page 3 has no text", page: 3),
            Diagnostic(
                .warning, code: "row-without-number", message: "merged", page: 1,
                box: BoundingBox(page: 1, x: 40, y: 300, width: 100, height: 8)),
        ]
        let attributed = DiagnosticAttribution.attributing(diagnostics, to: records)
        #expect(attributed.map(\.record) == [2, nil, nil, nil], "a label inside a row box is about no record; outside every row: none")

        let lines = [
            Record(
                index: 1, number: RowNumber(1), policy: nil, opinion: "", response: "", reflections: [],
                provenance: Provenance(pages: nil, lines: [10, 20], boxes: [])),
            Record(
                index: 2, number: RowNumber(2), policy: nil, opinion: "", response: "", reflections: [],
                provenance: Provenance(pages: nil, lines: [18, 30], boxes: [])),
        ]
        let text = [5, 12, 19, 25, 31].map { Diagnostic(.warning, code: "cells-doubtful", message: "", line: $0) }
        #expect(DiagnosticAttribution.attributing(text, to: lines).map(\.record) == [nil, 1, 2, 2, nil])
    }
}
