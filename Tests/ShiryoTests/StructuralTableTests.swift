import JapaneseText
import ShiryoCore
@testable import TableParsing
import Testing

/// The structural reader's stages on glyphs placed by hand: number column, header cells, page foot, totals,
/// ruby, merged cells, ruled columns, and the parser finding a table whose header is no vocabulary word.
@Suite struct StructuralTableTests {
    static func glyphs(_ text: String, x: Double, y: Double, size: Double = 10, spacing: Double = 0) -> [PositionedGlyph] {
        GeometryParserTests.glyphs(text, x: x, y: y, size: size, spacing: spacing)
    }

    static func line(_ text: String, x: Double, y: Double, size: Double = 10, spacing: Double = 0) -> GlyphLine {
        GlyphLine(glyphs: glyphs(text, x: x, y: y, size: size, spacing: spacing))
    }

    /// 順番｜氏名 (spread)｜質問要旨 over four rows whose text in the last column is numbered 1, 2 inside each row.
    static func councilPage(number: Int = 1, rows: ClosedRange<Int> = 1...4, footer: String? = "1") -> PageGlyphs {
        var all = glyphs("一般質問通告書", x: 200, y: 30, size: 16)
        all +=
            glyphs("順番", x: 40, y: 70) + glyphs("氏", x: 90, y: 70) + glyphs("名", x: 130, y: 70)
            + glyphs("質", x: 220, y: 70) + glyphs("問", x: 260, y: 70) + glyphs("要", x: 300, y: 70) + glyphs("旨", x: 340, y: 70)
        for (index, row) in rows.enumerated() {
            let y = 100 + Double(index) * 60
            all += glyphs(String(row), x: 45, y: y) + glyphs("港　太郎\(row)", x: 80, y: y)
            all += glyphs("１　港湾について", x: 180, y: y) + glyphs("２　防災について", x: 180, y: y + 24)
        }
        if let footer { all += glyphs(footer, x: 295, y: 560) }
        return PageGlyphs(number: number, width: 600, height: 600, glyphs: all)
    }

    @Test func theCountingColumnIsTheNumberColumnNotTheListInsideCells() throws {
        let lines = GlyphLine.lines(of: Self.councilPage().glyphs)
        let tokens = NumberColumn.tokens(in: lines, tolerances: .standard)
        let column = try #require(NumberColumn.find(in: tokens, tolerances: .standard))
        #expect(column.tokens.map(\.text) == ["1", "2", "3", "4"])
        #expect(column.restarts == 0 && column.countingSteps == 3)
    }

    @Test func subNumbersAndCircledNumbersCountUp() {
        #expect(Numbers.rowNumber("1-3")!.parts == [1, 3])
        let tokens = ["1-1", "1-2", "2-1", "①"].enumerated().map { index, text in
            NumberToken(
                text: text, number: Numbers.rowNumber(text)!, minX: 10, maxX: 20, minY: Double(index) * 20,
                maxY: Double(index) * 20 + 10, line: index)
        }
        let column = NumberColumn.column(of: Array(tokens.prefix(3)))
        #expect(column.countingSteps == 2 && column.restarts == 0)
        #expect(NumberColumn.column(of: tokens).restarts == 1)
    }

    @Test func aTableWithNoVocabularyHeaderIsReadByStructure() throws {
        var parser = GeometryTableParser(file: "council.pdf")
        try parser.consume(Self.councilPage())
        let table = try parser.finish()
        #expect(table.columns.map(\.text) == ["順番", "氏名", "質問要旨"])
        #expect(table.columns.map(\.role) == [.number, nil, nil])
        #expect(table.rows.map(\.number.value) == ["1", "2", "3", "4"])
        let question = table.rows[0].extra.first { $0.header == "質問要旨" }?.lines.map(\.text) ?? []
        #expect(question == ["１　港湾について", "２　防災について"], "the page number 「1」 at the foot is no cell's text")
        #expect(table.tables.first?.caption == "一般質問通告書")
    }

    @Test func aBareNumberCentredAtTheFootIsAPageNumberButNotInTheNumberColumn() {
        let lines = [Self.line("港湾について", x: 100, y: 100), Self.line("12", x: 295, y: 560)]
        #expect(PageFoot.pageNumberLines(lines, pageWidth: 600, seen: [], tolerances: .standard) == [1])
        let left = [Self.line("港湾について", x: 100, y: 100), Self.line("12", x: 40, y: 560)]
        #expect(PageFoot.pageNumberLines(left, pageWidth: 600, seen: [], tolerances: .standard).isEmpty)
        let close = [Self.line("港湾について", x: 100, y: 552), Self.line("3", x: 295, y: 563)]
        #expect(PageFoot.pageNumberLines(close, pageWidth: 600, seen: [], tolerances: .standard).isEmpty)
        let spot = PageFoot.Spot(x: 297.5, y: 568)
        #expect(PageFoot.pageNumberLines(close, pageWidth: 600, seen: [spot], tolerances: .standard) == [1])
    }

    @Test func totalRowsAreRecognised() {
        // Space glyphs are dropped when a page is read: the gap is a gap.
        #expect(TotalRows.isTotal(GlyphLine(glyphs: Self.glyphs("合計", x: 10, y: 10) + Self.glyphs("14", x: 80, y: 10))))
        #expect(TotalRows.isTotal(Self.line("21 名", x: 10, y: 10)))
        #expect(!TotalRows.isTotal(Self.line("計画の見直しについて", x: 10, y: 10)))
        #expect(!TotalRows.isTotal(Self.line("21", x: 10, y: 10)))
    }

    @Test func rubyAboveANameIsRemovedButSmallKanaElsewhereIsKept() {
        let name = Self.glyphs("港太郎", x: 100, y: 100, size: 12)
        let ruby = Self.glyphs("みなと", x: 100, y: 93, size: 6)
        let note = Self.glyphs("ちゅう", x: 300, y: 300, size: 6)
        let (kept, removed) = Ruby.remove(
            name + ruby + note + Self.glyphs("本文です", x: 100, y: 200, size: 12),
            tolerances: .standard)
        #expect(removed == ["みなと"])
        #expect(kept.count == 3 + 3 + 4)
    }

    @Test func lettersSpreadOverACellAreOneHeaderWord() {
        let spread = Self.line("質問要旨", x: 100, y: 10, spacing: 30)
        #expect(StructuralHeader.fragments(of: spread, tolerances: .standard).map(\.text) == ["質問要旨"])
        // 施策名 and ①意見内容 at two pitches: cut where the pitch changes.
        let two = GlyphLine(glyphs: Self.glyphs("施策名", x: 10, y: 10, spacing: 12) + Self.glyphs("①意見内容", x: 90, y: 10, spacing: 4))
        #expect(StructuralHeader.fragments(of: two, tolerances: .standard).map(\.text) == ["施策名", "①意見内容"])
    }

    @Test func aWordCentredOverTwoColumnsIsASpanningHeader() {
        let blocks: [ClosedRange<Double>] = [10...30, 50...150, 170...200, 220...300]
        let top = [StructuralHeader.Fragment(glyphs: Self.glyphs("意見等", x: 110, y: 10), text: "意見等")]
        let lower = [("No.", 12.0), ("内容", 90.0), ("件数", 175.0), ("市の考え方", 230.0)].map { text, x in
            StructuralHeader.Fragment(glyphs: Self.glyphs(text, x: x, y: 24), text: text)
        }
        let cells = HeaderCells.cells(of: [top, lower], blocks: blocks)
        #expect(cells.map(\.text) == ["No.", "意見等・内容", "意見等・件数", "市の考え方"])
    }

    @Test func mergedCellsCarriedOnlyWhenTheyTileTheRows() {
        // Rows 1–4 (bands 1…4), one line each, 20 pt apart; the date centred over rows 1–2 and 3–4.
        let extents: [ClosedRange<Double>?] = [nil, 100...110, 120...130, 140...150, 160...170]
        let dates = [Self.line("6月3日", x: 10, y: 110), Self.line("6月4日", x: 10, y: 150)]
        let spans = MergedExtraCells.spans(dates, bands: [1, 3], extents: extents, tolerances: .standard)
        #expect(spans?.map(\.bands) == [1...2, 3...4])
        // A time printed in the first row of each group is no merged cell.
        let times = [Self.line("10:00", x: 10, y: 100), Self.line("10:00", x: 10, y: 140)]
        #expect(MergedExtraCells.spans(times, bands: [1, 3], extents: extents, tolerances: .standard) == nil)
    }

    @Test func verticalRulingsCrossingTheFirstRowAreTheColumns() {
        let rulings =
            [20.0, 60.0, 61.0, 200.0, 400.0].map {
                RulingLine(orientation: .vertical, position: $0, start: 50, end: 500, thickness: 0.5)
            } + [RulingLine(orientation: .vertical, position: 300, start: 50, end: 80, thickness: 0.5)]
        let cells = RuledColumns.cells(rulings, at: 100, tolerances: .standard)
        #expect(cells?.count == 3)
        #expect(RuledColumns.cells(Array(rulings.prefix(2)), at: 100, tolerances: .standard) == nil)
    }
}
