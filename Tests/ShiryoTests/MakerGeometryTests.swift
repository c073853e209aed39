import ShiryoCore
import TableParsing
import Testing

/// Geometry rules for text layers of other PDF makers than reportlab (LibreOffice Writer and Calc,
/// Chromium; Fixtures/maker-*): synthetic glyphs, one rule per test.
@Suite struct MakerGeometryTests {
    typealias Row = (String?, [String], [String], [String])
    typealias G = GeometryParserTests

    /// Glyphs of `text` whose boxes are `boxHeight` tall for a `size` font (spreadsheet exports: the box
    /// includes the font's ascent and descent, taller than the line pitch).
    static func tallGlyphs(_ text: String, x: Double, y: Double, size: Double = 9, boxHeight: Double = 11.7) -> [PositionedGlyph] {
        G.glyphs(text, x: x, y: y, size: size).map {
            PositionedGlyph(character: $0.character, x: $0.x, y: $0.y, width: $0.width, height: boxHeight, fontSize: size)
        }
    }

    @Test func columnsOnlyTwoPointsApartAreSplitBetweenTheirHeaders() throws {
        // Spreadsheet cells with almost no padding: policy text ends at x 130, the opinion starts at x 133.
        let rows: [Row] = [
            ("1", ["Ⅰ　強みを活かしたし", "ごとづくり"], ["意見の一行目であるとこ", "ろの文。"], ["対応します。"]),
            ("2", ["Ⅱ　子どもを産み育て", "やすい環境づくり"], ["二つ目の意見を述べてい", "ます。"], ["検討します。"]),
        ]
        var page = G.page(1, header: G.plainHeader, rows: [])
        for (index, row) in rows.enumerated() {
            let y = 80 + Double(index) * 60
            page.glyphs += G.glyphs(row.0!, x: 32, y: y + 10, size: 8) + G.glyphs("⇒", x: 276, y: y, size: 8)
            for (line, text) in row.1.enumerated() { page.glyphs += G.glyphs(text, x: 50, y: y + Double(line) * 10, size: 8) }
            for (line, text) in row.2.enumerated() { page.glyphs += G.glyphs(text, x: 133, y: y + Double(line) * 10, size: 8) }
            for (line, text) in row.3.enumerated() { page.glyphs += G.glyphs(text, x: 295, y: y + Double(line) * 10, size: 8) }
        }
        let table = try G.parse([page])
        #expect(table.rows.map(\.number.value) == ["1", "2"])
        #expect(G.cell(table.rows[0], .policy) == ["Ⅰ　強みを活かしたし", "ごとづくり"])
        #expect(G.cell(table.rows[1], .opinion) == ["二つ目の意見を述べてい", "ます。"])
        #expect(
            table.diagnostics.contains {
                $0.code == "column-guessed" && $0.message.contains("施策名 and ①意見内容") && $0.message.contains("split at x 133")
                    && $0.page == 1
            })
    }

    @Test func rowsStartWhereTheLinePitchGrowsEvenWhenGlyphBoxesOverlap() throws {
        // 9 pt text at a 9 pt pitch with 11.7 pt glyph boxes: no box gap anywhere. The next row starts
        // 10.2 pt below the last line (cell padding); the №s sit in the middle of their rows.
        var page = G.page(1, header: G.plainHeader, rows: [])
        let texts = [
            (["施策の一", "行目です", "三行目"], ["意見の一行目", "意見の二行目", "意見の三行目"], ["対応の一行目", "対応の二行目", "対応の三行目"]),
            (["次の施策", "二行目", "三行目"], ["次の意見一", "次の意見二", "次の意見三"], ["次の対応一", "次の対応二", "次の対応三"]),
        ]
        for (index, row) in texts.enumerated() {
            let top = 80 + Double(index) * (3 * 9 + 1.2)
            page.glyphs += Self.tallGlyphs(String(index + 1), x: 32, y: top + 9) + Self.tallGlyphs("⇒", x: 276, y: top + 9)
            for line in 0..<3 {
                let y = top + Double(line) * 9
                page.glyphs +=
                    Self.tallGlyphs(row.0[line], x: 50, y: y) + Self.tallGlyphs(row.1[line], x: 130, y: y)
                    + Self.tallGlyphs(row.2[line], x: 295, y: y)
            }
        }
        let table = try G.parse([page])
        #expect(table.rows.map(\.number.value) == ["1", "2"])
        #expect(G.cell(table.rows[0], .opinion) == ["意見の一行目", "意見の二行目", "意見の三行目"])
        #expect(G.cell(table.rows[1], .policy) == ["次の施策", "二行目", "三行目"])
        #expect(G.cell(table.rows[1], .response) == ["次の対応一", "次の対応二", "次の対応三"])
    }

    @Test func aTitleWrappedOntoTwoLinesIsJoinedAndDroppedOnLaterPages() throws {
        // Centred 12 pt title wrapped by the word processor; glyph boxes (15.6 pt) taller than its pitch (12 pt).
        let title =
            Self.tallGlyphs("令和6年度テスト会議における意見の計画への反映", x: 150, y: 30, size: 12, boxHeight: 15.6)
            + Self.tallGlyphs("状況表", x: 270, y: 42, size: 12, boxHeight: 15.6)
        let first = G.page(
            1, header: G.plainHeader,
            rows: [G.rows[0]], extra: title)
        // Page 2 repeats the title but not the header row: the title's lines must not become row text.
        let second = G.page(2, header: [], rows: [G.rows[1]], extra: title)
        let table = try G.parse([first, second])
        #expect(table.title == "令和6年度テスト会議における意見の計画への反映状況表")
        #expect(table.rows.map(\.number.value) == ["1", "2"])
        let texts = table.rows.flatMap { $0.cells.values.flatMap { $0.map(\.text) } }
        #expect(!texts.contains { $0.contains("状況表") || $0.contains("テスト会議") })
    }
}

extension MakerGeometryTests {
    @Test func lettersSpreadAtOnePitchAroundAKnownNameAreOneHeader() throws {
        // 均等割付 by a browser: 「ご意見の概要」 spread over its cell contains the known 「意見の概要」 but is one cell.
        let header =
            G.glyphs("№", x: 32, y: 60) + G.glyphs("施策名", x: 50, y: 60, spacing: 25)
            + G.glyphs("ご意見の概要", x: 130, y: 60, spacing: 12) + G.glyphs("②対応方針", x: 295, y: 60, spacing: 10)
        let table = try G.parse([G.page(1, header: header, rows: G.rows)])
        #expect(table.columns.map(\.text) == ["№", "施策名", "ご意見の概要", "②対応方針"])
        #expect(G.cell(table.rows[1], .opinion) == ["二つ目の意見。"])
    }

    @Test func letterSpacedTextUnderTwoHeadersIsNotSplitAtItsLetterGaps() throws {
        // Letters 1 pt apart on one grid in every line leave many equal hairline strips: none is a gutter.
        var page = G.page(1, header: G.plainHeader, rows: [])
        for (index, number) in ["1", "2"].enumerated() {
            let y = 80 + Double(index) * 40
            page.glyphs += G.glyphs(number, x: 32, y: y) + G.glyphs("⇒", x: 276, y: y)
            page.glyphs +=
                G.glyphs("長い施策名の一行目で見出しの下まで", x: 50, y: y, spacing: 1)
                + G.glyphs("長い施策名の二行目で見出しの下まで", x: 50, y: y + 10, spacing: 1)
                + G.glyphs("対応します。", x: 295, y: y)
        }
        let table = try G.parse([page])
        // The text stays one block, given to the header it lies under most (a guess, said so).
        #expect(table.diagnostics.contains { $0.message.contains("runs under the headers 施策名, ①意見内容") })
        #expect(!table.diagnostics.contains { $0.message.contains("were split") })
    }
}

extension MakerGeometryTests {
    @Test func aReflectionLineWrappedAtTheCellEdgeIsOnePrintedLine() throws {
        // The ③ column's lines end at x 399 when full. A heading the maker wrapped there (「…暮らせるま」「ち」)
        // is one heading; a full line followed by a new heading label, ＜label＞ or a quote's lines is left alone.
        let header =
            G.glyphs("№", x: 32, y: 60) + G.glyphs("施策名", x: 70, y: 60)
            + G.glyphs("①意見内容", x: 180, y: 60) + G.glyphs("③計画への反映", x: 300, y: 60)
        let reflection = [
            "p.31", "Ⅱ安全で安心して暮らせるま", "ち", "（２）地域の防災力を高める", "＜取組方針＞",
            "「世代を問わず参加しやすい", "訓練を支援します。」",
        ]
        let rows: [Row] = [("1", ["施策一"], ["意見一"], reflection), ("2", ["施策二"], ["意見二"], ["p.40"])]
        let table = try G.parse([G.page(1, header: header, rows: rows, rowHeight: 90)])
        #expect(
            G.cell(table.rows[0], .reflection) == [
                "p.31", "Ⅱ安全で安心して暮らせるまち", "（２）地域の防災力を高める",
                "＜取組方針＞", "「世代を問わず参加しやすい", "訓練を支援します。」",
            ])
        #expect(table.diagnostics.contains { $0.code == "reflection-lines-unwrapped" && $0.message.hasPrefix("1 line(s)") })
    }
}

extension MakerGeometryTests {
    @Test func distributedHeadersWhoseCellGapIsCloseToTheirPitchAreCutAtTheExactNames() throws {
        // Word/Writer 均等割付: letters 20 pt apart; the gap from 「容」 to 「②」 (a ⇒ cell between) is 23 pt.
        let header =
            G.glyphs("№", x: 32, y: 60) + G.glyphs("施策名", x: 50, y: 60, spacing: 4)
            + G.glyphs("①意見内容", x: 90, y: 60, spacing: 20) + G.glyphs("②対応方針", x: 233, y: 60, spacing: 20)
            + G.glyphs("③第2次計画への反映", x: 400, y: 60, spacing: 6)
        var page = G.page(1, header: header, rows: [])
        page.glyphs +=
            G.glyphs("1", x: 32, y: 80) + G.glyphs("施策一", x: 50, y: 80) + G.glyphs("意見一", x: 90, y: 80)
            + G.glyphs("対応一", x: 233, y: 80) + G.glyphs("p.3", x: 400, y: 80)
        let table = try G.parse([page])
        #expect(table.columns.map(\.text) == ["№", "施策名", "①意見内容", "②対応方針", "③第2次計画への反映"])
        #expect(G.cell(table.rows[0], .response) == ["対応一"])
    }
}

extension MakerGeometryTests {
    @Test(arguments: [
        ("file:///C:/Users/clerk/資料2-1.html", true), ("https://www.city.example.jp/shisei/r6.html", true),
        ("詳しくは https://example.jp を参照", false), ("p.24", false),
    ])
    func browserAddresses(_ text: String, _ expected: Bool) {
        #expect(PageFurniture.isAddress(text) == expected)
    }

    @Test(arguments: [
        ("11/25/26, 8:55 AM", true), ("2026/11/25 8:55", true), ("令和6年11月25日 8時55分", true),
        ("2026/11/25", false), ("p.24", false), ("意見：8件", false),
    ])
    func printStamps(_ text: String, _ expected: Bool) {
        #expect(PageFurniture.isPrintStamp(text) == expected)
    }

    @Test func aBrowsersPrintHeaderAndFooterAreFurnitureAndGiveNoDocumentNumber() throws {
        // Printed from a browser: date and page title at the top, the file's address and 「1/2」 across the
        // columns at the bottom margin.
        let header = G.glyphs("11/25/26, 8:55 AM", x: 24, y: 8, size: 8) + G.glyphs("資料2-1", x: 400, y: 8, size: 8)
        let footer =
            G.glyphs("file:///C:/Users/clerk/kamome/r6.html", x: 24, y: 575, size: 8)
            + G.glyphs("1/2", x: 800, y: 575, size: 8)
        let table = try G.parse([G.page(1, header: G.plainHeader, rows: G.rows, extra: header + footer)])
        #expect(table.documentID?.hasPrefix("資料１") == true, "the printed number, not the page title 資料2-1")
        #expect(table.rows.map(\.number.value) == ["1", "2"])
        #expect(G.cell(table.rows[1], .policy) == ["Ⅱ　子どもを産み育", "てやすい環境づくり"])
        let texts = table.rows.flatMap { $0.cells.values.flatMap { $0.map(\.text) } }
        #expect(!texts.contains { $0.contains("file") || $0.contains("1/2") })
    }

    @Test func glyphBoxesInflatedByTheirFontAreShrunkToTheDrawnSize() throws {
        // A bold label in a Type 3 font: 8 pt glyphs reported as size 16 with 20.8 pt boxes reaching into the
        // lines above and below.
        var page = G.page(1, header: G.plainHeader, rows: [])
        page.glyphs +=
            G.glyphs("1", x: 32, y: 80) + G.glyphs("施策一", x: 50, y: 80) + G.glyphs("⇒", x: 276, y: 80)
            + G.glyphs("意見の一行目", x: 130, y: 80) + G.glyphs("意見の三行目", x: 130, y: 100)
            + G.glyphs("対応します。", x: 295, y: 80)
        page.glyphs += G.glyphs("＜主な取組＞", x: 130, y: 90).map {
            PositionedGlyph(character: $0.character, x: $0.x, y: $0.y - 6.4, width: $0.width, height: 20.8, fontSize: 16)
        }
        let table = try G.parse([page])
        #expect(G.cell(table.rows[0], .opinion) == ["意見の一行目", "＜主な取組＞", "意見の三行目"])
        #expect(table.diagnostics.contains { $0.code == "glyph-boxes-resized" && $0.message.hasPrefix("6 glyph(s)") })
    }
}

extension MakerGeometryTests {
    @Test func aFirstRowWhoseBoxesReachIntoTheHeaderRowIsBody() throws {
        // Spreadsheet rows: the first body line's 12 pt boxes start at y 66, above the header's bottom (68),
        // though the line itself sits below it.
        var page = G.page(1, header: G.plainHeader, rows: [])
        let texts = [("1", "施策一", "意見の一行目", "対応の一行目"), (nil, "施策二行", "意見の二行目", "対応の二行目")]
        for (line, row) in texts.enumerated() {
            let y = 66 + Double(line) * 9
            if let number = row.0 { page.glyphs += Self.tallGlyphs(number, x: 32, y: y, boxHeight: 12) }
            page.glyphs +=
                Self.tallGlyphs(row.1, x: 50, y: y, boxHeight: 12) + Self.tallGlyphs(row.2, x: 130, y: y, boxHeight: 12)
                + Self.tallGlyphs(row.3, x: 295, y: y, boxHeight: 12)
        }
        let table = try G.parse([page])
        #expect(table.rows.map(\.number.value) == ["1"])
        #expect(G.cell(table.rows[0], .opinion) == ["意見の一行目", "意見の二行目"])
        #expect(!table.diagnostics.contains { $0.code == "text-outside-table" })
    }
}

extension MakerGeometryTests {
    @Test func aWiderPitchInSomeColumnsOnlyStartsNoRow() throws {
        // Writer lays a line holding Latin in a serif font taller: the next line comes 12.1 pt down instead of
        // 11 in the policy and opinion columns, not in the response column. No row starts there.
        var page = G.page(1, header: G.plainHeader, rows: [])
        page.glyphs +=
            Self.tallGlyphs("1", x: 32, y: 80, size: 9, boxHeight: 14) + Self.tallGlyphs("⇒", x: 276, y: 80, size: 9, boxHeight: 14)
        let tops: [[Double]] = [[80, 92.1, 103.1, 114.1], [80, 92.1, 103.1, 114.1], [80, 91, 102, 113]]
        for (column, x) in [50.0, 130, 295].enumerated() {
            for (line, y) in tops[column].enumerated() {
                page.glyphs += Self.tallGlyphs(["一行目です", "二行目です", "三行目です", "四行目です"][line], x: x, y: y, size: 9, boxHeight: 14)
            }
        }
        page.glyphs +=
            Self.tallGlyphs("2", x: 32, y: 170, size: 9, boxHeight: 14) + Self.tallGlyphs("次の施策", x: 50, y: 170, size: 9, boxHeight: 14)
            + Self.tallGlyphs("次の意見", x: 130, y: 170, size: 9, boxHeight: 14)
            + Self.tallGlyphs("次の対応", x: 295, y: 170, size: 9, boxHeight: 14)
        let table = try G.parse([page])
        #expect(table.rows.map(\.number.value) == ["1", "2"])
        #expect(G.cell(table.rows[0], .opinion).count == 4)
        #expect(!table.diagnostics.contains { $0.code == "row-without-number" })
    }
}

extension MakerGeometryTests {
    @Test func cellsCentredVerticallyStayWholeInTheirRow() throws {
        // Every cell centred in its row (Japanese Excel's default): the tall ③ cell starts above the № and
        // the shorter cells, and ends below them.
        let header =
            G.glyphs("№", x: 32, y: 60) + G.glyphs("施策名", x: 70, y: 60)
            + G.glyphs("①意見内容", x: 180, y: 60) + G.glyphs("③計画への反映", x: 300, y: 60)
        var page = G.page(1, header: header, rows: [])
        for (index, top) in [80.0, 135].enumerated() {
            let middle = top + 24
            page.glyphs += G.glyphs("\(index + 1)", x: 32, y: middle - 4)
            page.glyphs += G.glyphs("施策\(index + 1)の一", x: 50, y: middle - 9) + G.glyphs("行目", x: 50, y: middle + 1)
            page.glyphs += G.glyphs("意見\(index + 1)です。", x: 130, y: middle - 4)
            for (line, text) in ["p.\(index + 1)", "見出し", "＜取組方針＞", "「引用の一", "行目です。」"].enumerated() {
                page.glyphs += G.glyphs(text, x: 295, y: top + Double(line) * 10)
            }
        }
        let table = try G.parse([page])
        #expect(table.rows.map(\.number.value) == ["1", "2"])
        #expect(G.cell(table.rows[0], .reflection) == ["p.1", "見出し", "＜取組方針＞", "「引用の一", "行目です。」"])
        #expect(G.cell(table.rows[1], .reflection) == ["p.2", "見出し", "＜取組方針＞", "「引用の一", "行目です。」"])
        #expect(G.cell(table.rows[1], .policy) == ["施策2の一", "行目"])
        #expect(table.diagnostics.contains { $0.code == "cell-across-row-top" })
    }
}

extension MakerGeometryTests {
    @Test func aNoteUnderTheTableIsKeptOutOfTheColumnsAndRows() throws {
        // 「※…」 across the whole table under the last row bridges every gutter if read as cell text.
        let note = G.glyphs("※　ページ番号は総合計画の該当ページを示します。担当課は令和6年4月1日現在の組織名です。", x: 32, y: 220)
        let table = try G.parse([G.page(1, header: G.plainHeader, rows: G.rows, extra: note)])
        #expect(table.rows.map(\.number.value) == ["1", "2"])
        #expect(G.cell(table.rows[1], .response) == ["検討します。", "以上。"])
        #expect(table.diagnostics.contains { $0.code == "table-note" && $0.message.contains("ページ番号は") })
        let texts = table.rows.flatMap { $0.cells.values.flatMap { $0.map(\.text) } }
        #expect(!texts.contains { $0.contains("組織名") })
    }
}

extension MakerGeometryTests {
    @Test func aGroupLabelAcrossTheTableBetweenRowsIsKeptOut() throws {
        // 「【Ⅱ　…】」 in a row merged across the sheet, starting under the № header, between rows 1 and 2.
        let label = G.glyphs("【Ⅱ　子どもを産み育てやすいまち】", x: 30, y: 126)
        let rows = [G.rows[0], G.rows[1]]
        let table = try G.parse([G.page(1, header: G.plainHeader, rows: rows, top: 80, rowHeight: 60, extra: label)])
        #expect(table.rows.map(\.number.value) == ["1", "2"])
        #expect(G.cell(table.rows[0], .policy) == ["Ⅰ　強みを活かした", "しごとづくり"])
        #expect(table.diagnostics.contains { $0.code == "row-group-label" && $0.message.contains("子どもを産み育てやすいまち") })
        // A row whose № shares its baseline with the text beside it is no label.
        #expect(!table.diagnostics.contains { $0.code == "row-group-label" && $0.message.contains("強み") })
    }
}

extension MakerGeometryTests {
    @Test func aFirstBodyLineRightUnderDistributedHeadersIsNoWrappedHeader() throws {
        // 均等割付 headers span their cells, and the first body line follows 2 pt below them with text under
        // most header cells: it is body, not the second line of wrapped headers.
        var page = G.page(1, header: G.spreadHeader, rows: [])
        for (index, y) in [70.0, 120].enumerated() {
            page.glyphs +=
                G.glyphs("\(index + 1)", x: 32, y: y) + G.glyphs("施策の一行目", x: 50, y: y)
                + G.glyphs("施策二行目", x: 50, y: y + 10) + G.glyphs("意見です。", x: 138, y: y) + G.glyphs("対応します。", x: 295, y: y)
        }
        let table = try G.parse([page])
        #expect(table.columns.map(\.text) == ["№", "施策名", "①意見内容", "②対応方針"])
        #expect(table.rows.map(\.number.value) == ["1", "2"])
        #expect(G.cell(table.rows[0], .policy) == ["施策の一行目", "施策二行目"])
    }
}

extension MakerGeometryTests {
    @Test func ligatureGlyphsAreReadAsTheirLetters() throws {
        // cairo prints 「file:///」 with the ﬁ ligature: the footer is still a browser address, and cell text
        // keeps the letters.
        let footer = G.glyphs("ﬁle:///C:/kamome/r6.html", x: 24, y: 575, size: 8) + G.glyphs("1/2", x: 800, y: 575, size: 8)
        var page = G.page(1, header: G.plainHeader, rows: G.rows, extra: footer)
        page.glyphs += G.glyphs("ﬁnal", x: 295, y: 96)
        let table = try G.parse([page])
        #expect(G.cell(table.rows[0], .response) == ["対応します。", "final"])
        let texts = table.rows.flatMap { $0.cells.values.flatMap { $0.map(\.text) } }
        #expect(!texts.contains { $0.contains("le:///") })
    }
}
