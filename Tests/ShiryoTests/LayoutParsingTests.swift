import Foundation
import JSONEmission
import Shiryo
import ShiryoCore
@testable import TableParsing
import Testing

/// Header-driven parsing of other layouts: how a text export's blocks are spread over the columns, how a
/// merged policy cell is found on a page, and the error when no column can be mapped.
@Suite struct LayoutParsingTests {
    static func columns(_ headers: String) -> [ColumnHeader] {
        headers.split(separator: "|").map { ColumnHeader(text: String($0), role: ColumnVocabulary.role(forHeader: String($0))) }
    }

    /// "⇒" before a block: it follows an arrow; "p.39": a citation line; anything else: cell text.
    static func blocks(_ texts: [String]) -> [CellAssignment.Block] {
        texts.enumerated().map { index, text in
            let arrow = text.hasPrefix("⇒")
            let lines = (arrow ? String(text.dropFirst()) : text).split(separator: "/").map {
                SourceLine(String($0), location: .line(index + 1))
            }
            return CellAssignment.Block(lines: lines, afterArrow: arrow)
        }
    }

    /// Blocks per column, in column order.
    @Test(arguments: [
        // The seed: ⇒ before ② and ③, the citation alone on its line, then its text.
        ("施策名|①意見内容|②対応方針|③反映", ["Ⅰ　施策", "　意見。", "⇒　対応。", "⇒p.39", "＜方向性＞/「進めます。」"], [1, 1, 1, 2]),
        // Merged policy cell: the row prints no policy.
        ("施策|提言|対応状況", ["　提言。", "⇒　対応。"], [0, 1, 1]),
        // No ⇒, unknown columns after the reflection, 備考 empty.
        (
            "施策名|ご意見|対応方針|反映箇所|担当課|備考", ["Ⅱ　施策", "　意見。", "　対応。", "p.39", "＜方向＞/「支援します。」", "高齢福祉課"],
            [1, 1, 1, 2, 1, 0]
        ),
        // 備考 filled.
        (
            "施策名|ご意見|対応方針|反映箇所|担当課|備考", ["Ⅱ　施策", "　意見。", "　対応。", "p.36/「確保します。」", "地域医療課", "継続"],
            [1, 1, 1, 1, 1, 1]
        ),
        // 「－」 in the reflection column, 備考 empty.
        ("意見|回答|反映状況|担当課|備考", ["　意見。", "　回答。", "－", "自治振興課"], [1, 1, 1, 1, 0]),
        // No reflection column and no policy column.
        ("意見の概要|市の考え方", ["　意見。", "　考え方。"], [1, 1]),
        // No reflection printed for this row: the unknown column keeps its text.
        ("意見|回答|計画への反映|担当課", ["　意見。", "　回答。", "企画課"], [1, 1, 0, 1]),
        // No opinion printed: the block before ⇒ reads like a heading, so it is the policy.
        ("施策名|①意見内容|②対応方針", ["Ⅰ　都市基盤/（２）公園を守る", "⇒　点検します。"], [1, 0, 1]),
        // Merged policy cell and an opinion that opens with （１） but is prose.
        ("施策名|①意見内容|②対応方針", ["（１）歩道を/広げてほしい。", "⇒　拡幅します。"], [0, 1, 1]),
        // An opinion in two paragraphs, with ⇒ before the response.
        ("施策|意見|対応", ["施策", "　一つ目。", "　二つ目。", "⇒　対応。"], [1, 2, 1]),
    ])
    func blocksGoToColumns(_ headers: String, _ texts: [String], _ counts: [Int]) {
        let ranges = CellAssignment.assign(Self.blocks(texts), to: Self.columns(headers))
        #expect(ranges.map(\.count) == counts)
    }

    /// The № column between others: the blocks between two №s end the row above and start the row below.
    @Test func numberColumnInTheMiddle() throws {
        let text = """
            令和5年度意見一覧
            区分 No. 意見 回答 備考

            新規

            1

            　バス路線を見直してほ
            しい。

            　再編を検討します。

            継続

            2

            　公園を増やしてほしい。

            　計画的に整備します。

            令和7年度予定
            """
        let output = try Ingest.bytes(Array(text.utf8), name: "middle.txt")
        #expect(output.records.map(\.number) == ["1", "2"])
        #expect(output.records.map(\.opinion) == ["バス路線を見直してほしい。", "公園を増やしてほしい。"])
        #expect(output.records.map(\.response) == ["再編を検討します。", "計画的に整備します。"])
        #expect(output.records.map(\.extra) == [["区分": "新規"], ["区分": "継続", "備考": "令和7年度予定"]])
        #expect(output.records.map { $0.provenance.lines ?? [] } == [[4, 11], [13, 21]])
    }

    /// Blocks that fit no spread (a page citation in a table without a reflection column) are flagged.
    @Test func doubtfulCellsAreReported() throws {
        let text = "令和5年度意見一覧\nNo. 意見 回答\n\n1\n\n　意見です。\n\np.12\n\n　回答です。\n"
        let (table, _) = try TextTableParser.parse(text, file: "doubtful.txt")
        let doubtful = table.diagnostics.filter { $0.code == "cells-doubtful" }
        #expect(doubtful.count == 1)
        #expect(doubtful.first?.line == 6)
    }

    static func line(top: Double, lines: Int = 1) -> MergedCells.Paragraph {
        MergedCells.Paragraph(
            lines: (0..<lines).map { index in
                GlyphLine(glyphs: [PositionedGlyph(character: "施", x: 60, y: top + Double(index) * 12, width: 9, height: 9, fontSize: 9)])
            })
    }

    @Test func policyInEveryRowIsNoMergedCell() {
        let tops = [100.0, 140, 180]
        #expect(MergedCells.startRows(of: tops.map { Self.line(top: $0) }, rowTops: tops, tableBottom: 220) == nil)
    }

    @Test func centredPolicyBelongsToTheFirstRowOfItsMerge() {
        // Rows 100–140–180–220 | 220–260–300: one policy centred on rows 0–2, one straddling rows 3–4.
        let tops = [100.0, 140, 180, 220, 260]
        let first = Self.line(top: 155.5)  // middle 160 = middle of 100…220
        let second = Self.line(top: 250, lines: 2)  // 250…271, middle ≈ 260 = middle of 220…300
        #expect(MergedCells.startRows(of: [first, second], rowTops: tops, tableBottom: 300) == [0, 3])
    }

    @Test func topAlignedMergedCellStaysInItsRow() {
        // Printed at the top of row 0 and of row 2; rows 1 and 3 print none (they inherit).
        let tops = [100.0, 140, 180, 220]
        let paragraphs = [Self.line(top: 100, lines: 4), Self.line(top: 180)]
        #expect(MergedCells.startRows(of: paragraphs, rowTops: tops, tableBottom: 260) == [0, 2])
    }

    /// Unknown columns stay in the CSV too: appended after the fixed columns, in printed order.
    @Test func csvKeepsUnknownColumns() throws {
        let output = try Ingest.file(at: Repo.fixture("extra-columns-pdf/r4-shingikai-taiou-shiryo3-1.pdf"))
        let csv = try #require(String(data: OutputFormat.csv.encode(output), encoding: .utf8))
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0].hasSuffix(",反映内容,注意事項,担当課,備考"))
        #expect(lines[1].hasSuffix(",地域医療課,令和5年度から子育てアプリに掲載"))
        #expect(lines[2].hasSuffix("」\",,高齢福祉課、地域福祉課,"))  // no diagnostics, 備考 empty in row 2
    }

    /// A PDF whose headers name no known column is read by structure (its № column counts up): every
    /// column keeps its printed header, in `extra`.
    @Test func unmappedHeadersInAPDFAreReadByStructure() throws {
        let output = try Ingest.file(at: Repo.fixture("unmapped-headers/unmapped-headers.pdf"))
        #expect(output.document.columns == ["整理記号", "要望の要旨", "所管課の見解", "進捗"])
        #expect(output.records.map(\.number) == ["1", "2"])
        #expect(output.records.first?.extra["要望の要旨"] == "防犯灯のLED化を進めてほしい。")
        #expect(output.document.tables.first?.caption == "令和5年度自治会連合会からの要望事項と進捗")
    }

    /// Headers that name no known column: one short line naming the file and the headers found (not the
    /// whole vocabulary: that made lines of 600–1,000 characters).
    @Test(arguments: ["unmapped-headers.txt"])
    func unmappedHeadersAreReported(_ name: String) {
        let url = Repo.fixture("unmapped-headers/\(name)")
        #expect {
            try Ingest.file(at: url)
        } throws: { error in
            guard let error = error as? IngestError, case .tableNotFound(_, let found) = error.problem else { return false }
            let message = error.localizedDescription
            return found == ["整理記号", "要望の要旨", "所管課の見解", "進捗"]
                && message == name + ": no numbered table was found (headers seen: 整理記号 | 要望の要旨 | 所管課の見解 | 進捗; none is a № column)"
        }
    }
}
