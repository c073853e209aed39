@testable import PlanVerification
import ShiryoCore
import Testing

/// Plan index (issue 16): printed page numbers, page numbering, reading order, page keys.
@Suite struct PlanIndexTests {
    @Test(arguments: [
        ("－ 39 －", 39), ("39", 39), ("P.39", 39), ("p. 39", 39), ("- 39 -", 39), ("39ページ", 39), ("39頁", 39),
        ("39 / 120", 39), ("−3−", 3), ("Ｐ．１２", 12), ("― 7 ―", 7),
    ])
    func printedPageNumbers(text: String, number: Int) {
        #expect(PrintedPageNumber.parse(text) == number)
    }

    @Test(arguments: ["第2章", "ii", "2018年3月", "12345", "資料-1", "みらい市総合計画", "0", "39 / x"])
    func notPageNumbers(text: String) {
        #expect(PrintedPageNumber.parse(text) == nil)
    }

    /// Cover and contents (no number), pages 1–2, a figure page without a number, 4–6 where page 5's
    /// margin also shows a stray 77 (a table cell): front matter stays nil, the figure page is inferred.
    @Test func printedNumbersWithFrontMatterAndAGap() {
        let numbering = PageNumbering.fromPrintedNumbers([[], [], [1], [2], [], [4], [77, 5], [6]])
        #expect(numbering.source == .printedNumbers)
        #expect(numbering.printed == [nil, nil, 1, 2, 3, 4, 5, 6])
        #expect(numbering.inferred == [5])
        #expect(numbering.pdfPage(printed: 1) == 3)
        #expect(numbering.pdfPage(printed: 77) == nil)
    }

    /// A contents section numbered 1–2 on its own, then the body from 1: p.1 is the body's.
    @Test func restartedNumberingPrefersTheLongestRun() {
        let numbering = PageNumbering.fromPrintedNumbers([[1], [2], [1], [2], [3], [4]])
        #expect(numbering.pdfPage(printed: 1) == 3)
        #expect(numbering.pdfPage(printed: 2) == 4)
        #expect(numbering.repeated == [1: [1, 3], 2: [2, 4]])
    }

    @Test func noNumbersAtAllIsPDFOrder() {
        let numbering = PageNumbering.fromPrintedNumbers([[], [], []])
        #expect(numbering.source == .pdfOrder)
        #expect(numbering.pdfPage(printed: 2) == 2)
    }

    @Test func pageLabels() {
        let numbering = PageNumbering.fromLabels(["i", "ii", "1", "2", "資料-1"])
        #expect(numbering.printed == [nil, nil, 1, 2, nil])
        #expect(numbering.pdfPage(printed: 1) == 3)
    }

    static func row(_ text: String, x: Double, y: Double, size: Double = 10) -> [PositionedGlyph] {
        text.enumerated().map { index, character in
            PositionedGlyph(character: character, x: x + Double(index) * size, y: y, width: size, height: size, fontSize: size)
        }
    }

    /// Two columns (20 pt gutter) under a title across both: title, left column, right column, then the
    /// footer. A 。 hanging into the gutter (ぶら下げ) stays in its column.
    @Test func twoColumnsAreReadLeftColumnFirst() {
        var glyphs = Self.row("第２章　基本計画の全体の構成について", x: 60, y: 90)
        for line in 0..<4 {
            let y = 110 + Double(line) * 16
            glyphs += Self.row("左の段の文\(line)" + (line == 1 ? "。" : ""), x: 60, y: y)
            glyphs += Self.row("右の段の文\(line)", x: 200, y: y)
        }
        glyphs += Self.row("－１－", x: 140, y: 800, size: 9)
        let page = PageGlyphs(number: 1, width: 360, height: 842, glyphs: glyphs)
        let lines = PlanLayout.lines(of: page)
        #expect(
            lines.map(\.text) == [
                "第２章 基本計画の全体の構成について", "左の段の文0", "左の段の文1。", "左の段の文2", "左の段の文3",
                "右の段の文0", "右の段の文1", "右の段の文2", "右の段の文3", "－１－",
            ])
        #expect(lines.map(\.inMargin) == Array(repeating: false, count: 9) + [true])
    }

    /// The last page of a two-column section, balanced into two short columns (LibreOffice): too few rows
    /// to show a gutter of its own, so the previous page's is kept — but not across a page whose rows run over it.
    @Test func shortLastPageKeepsThePreviousGutter() {
        var glyphs: [PositionedGlyph] = []
        for line in 0..<2 {
            glyphs += Self.row("左の段の続き\(line)", x: 60, y: 110 + Double(line) * 16)
            glyphs += Self.row("右の段の続き\(line)", x: 200, y: 110 + Double(line) * 16)
        }
        let page = PageGlyphs(number: 2, width: 360, height: 842, glyphs: glyphs)
        #expect(PlanLayout.layout(of: page, previousGutter: nil).lines.map(\.text) == ["左の段の続き0 右の段の続き0", "左の段の続き1 右の段の続き1"])
        let kept = PlanLayout.layout(of: page, previousGutter: 165)
        #expect(kept.gutter == 165)
        #expect(kept.lines.map(\.text) == ["左の段の続き0", "左の段の続き1", "右の段の続き0", "右の段の続き1"])
        let wide = PageGlyphs(number: 3, width: 360, height: 842, glyphs: Self.row("一段組みの本文が左端から右端まで続く行です。", x: 60, y: 110))
        #expect(PlanLayout.layout(of: wide, previousGutter: 165).gutter == nil)
    }

    @Test func oneColumnPageKeepsItsRows() {
        var glyphs: [PositionedGlyph] = []
        for line in 0..<5 { glyphs += Self.row("本文の行\(line)です。続きの文章があります。", x: 60, y: 110 + Double(line) * 16) }
        glyphs += Self.row("短い行", x: 60, y: 200)
        let lines = PlanLayout.lines(of: PageGlyphs(number: 1, width: 360, height: 842, glyphs: glyphs))
        #expect(lines.map(\.text) == (0..<5).map { "本文の行\($0)です。続きの文章があります。" } + ["短い行"])
    }

    /// Line breaks, spaces and a Latin word hyphenated at a line end do not reach the key.
    @Test func pageKeyJoinsHyphenatedWords() {
        let key = PlanIndex.pageKey(["　持続可能性（sustainabil-", "ity）を高める", "ため、 再生可能"])
        #expect(String(String.UnicodeScalarView(key)) == "持続可能性(sustainability)を高めるため、再生可能")
        let compound = PlanIndex.pageKey(["well-", "Being"])  // a capital: a real hyphen, kept
        #expect(String(String.UnicodeScalarView(compound)) == "well-being")
    }
}
