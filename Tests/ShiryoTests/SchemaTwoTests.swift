import Foundation
import JSONEmission
import ShiryoCore
import TableParsing
import Testing

/// Schema 2: record index, table, number as printed and as ASCII, group, document.tables; diagnostic codes.
@Suite struct SchemaTwoTests {
    static func row(_ number: RowNumber, table: Int = 1, group: String? = nil, page: Int) -> RawRow {
        RawRow(number: number, numberLocation: SourceLocation(page: page), group: group, table: table,
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
        let tables = [TableInfo(caption: nil, columns: Self.columns, pages: [1]),
                      TableInfo(caption: "日程", columns: Self.columns, pages: [2, 3])]
        let table = RawTable(documentID: nil, title: nil, columns: Self.columns, tables: tables, rows: rows, diagnostics: [])
        var log = DiagnosticLog()
        let (document, records) = RecordBuilder.build(table, diagnostics: &log)
        #expect(records.map(\.index) == [1, 2, 3, 4])
        #expect(records.map(\.table) == [1, 1, 2, 2])
        #expect(records.map(\.number) == ["1-1", "1-2", "1", "2"])
        #expect(records.map(\.numberText) == ["１－１", "１－２", "①", "②"])
        #expect(records.map(\.group) == ["１　総論について", "１　総論について", nil, nil])
        #expect(document.tables == [TableSummary(caption: nil, columns: ["№", "意見"], pages: [1]),
                                    TableSummary(caption: "日程", columns: ["№", "意見"], pages: [2, 3])])
        // Numbering restarts in the second table and 1-1 → 1-2 counts up: no gap, no duplicate.
        #expect(log.entries.filter { $0.code.hasPrefix("row-number") } == [])

        let json = ShiryoOutput(source: SourceInfo(file: "x.pdf", sha256: "", format: .pdf, pageCount: 3),
                                document: document, records: records, diagnostics: log.entries).json
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
}
