import ShiryoCore
import TableParsing
import Testing

/// The geometry parser on synthetic pages: glyphs placed by hand, so each rule is seen on its own.
@Suite struct GeometryParserTests {
    /// Glyphs of `text` from (x, y), full-width letters `size` wide, half-width ones half; `spacing` is added
    /// after every letter (均等割付 spreads letters this way).
    static func glyphs(_ text: String, x: Double, y: Double, size: Double = 8, spacing: Double = 0) -> [PositionedGlyph] {
        var result: [PositionedGlyph] = []
        var left = x
        for character in text {
            let width = character.isASCII ? size / 2 : size
            result.append(PositionedGlyph(character: character, x: left, y: y, width: width, height: size, fontSize: size))
            left += width + spacing
        }
        return result
    }

    /// A page of the usual four columns (№, 施策名, ①意見内容, ②対応方針 after a ⇒ cell) with `rows`:
    /// (number, policy lines, opinion lines, response lines), each row starting `rowHeight` below the last.
    static func page(
        _ number: Int, header: [PositionedGlyph], rows: [(String?, [String], [String], [String])],
        top: Double = 80, rowHeight: Double = 60, extra: [PositionedGlyph] = []
    ) -> PageGlyphs {
        var all = glyphs("資料１−２", x: 700, y: 20, size: 11) + header + extra
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            if let number = row.0 { all += glyphs(number, x: 32, y: y + 20) }
            for (line, text) in row.1.enumerated() { all += glyphs(text, x: 50, y: y + Double(line) * 10) }
            for (line, text) in row.2.enumerated() { all += glyphs(text, x: 130, y: y + Double(line) * 10) }
            if !row.3.isEmpty { all += glyphs("⇒", x: 276, y: y) }
            for (line, text) in row.3.enumerated() { all += glyphs(text, x: 295, y: y + Double(line) * 10) }
        }
        all += glyphs("－\(number)－", x: 400, y: 570, size: 9)
        return PageGlyphs(number: number, width: 842, height: 595, glyphs: all)
    }

    static let plainHeader =
        glyphs("№", x: 32, y: 60) + glyphs("施策名", x: 70, y: 60)
        + glyphs("①意見内容", x: 180, y: 60) + glyphs("②対応方針", x: 340, y: 60)
    /// 均等割付: each header's letters spread over its cell, cells only 8 pt apart.
    static let spreadHeader =
        glyphs("№", x: 32, y: 60) + glyphs("施策名", x: 50, y: 60, spacing: 25)
        + glyphs("①意見内容", x: 130, y: 60, spacing: 25) + glyphs("②対応方針", x: 290, y: 60, spacing: 25)

    static let rows: [(String?, [String], [String], [String])] = [
        ("1", ["Ⅰ　強みを活かした", "しごとづくり"], ["　意見の一行目で", "ある。"], ["　対応します。"]),
        ("2", ["Ⅱ　子どもを産み育", "てやすい環境づくり"], ["　二つ目の意見。"], ["　検討します。", "以上。"]),
    ]

    static func parse(_ pages: [PageGlyphs]) throws -> RawTable {
        var parser = GeometryTableParser(file: "synthetic.pdf")
        for page in pages { try parser.consume(page) }
        return try parser.finish()
    }

    static func cell(_ row: RawRow, _ role: ColumnRole) -> [String] { (row.cells[role] ?? []).map(\.text) }

    @Test(arguments: [("plain", plainHeader), ("spread", spreadHeader)])
    func headersAreFoundPlainOrSpread(_ name: String, _ header: [PositionedGlyph]) throws {
        let table = try Self.parse([Self.page(1, header: header, rows: Self.rows)])
        #expect(table.columns.map(\.text) == ["№", "施策名", "①意見内容", "②対応方針"], "\(name)")
        #expect(table.rows.map(\.number.value) == ["1", "2"])
        #expect(Self.cell(table.rows[1], .response) == ["検討します。", "以上。"])
        #expect(table.documentID == "資料１－２", "CID 661 between full-width digits is the full-width hyphen-minus")
    }

    @Test(arguments: [0, 1, 7, 42])
    func contentStreamOrderDoesNotMatter(_ seed: Int) throws {
        let page = Self.page(1, header: Self.plainHeader, rows: Self.rows)
        var shuffled = page
        var generator = SeededGenerator(seed: UInt64(seed))
        shuffled.glyphs.shuffle(using: &generator)
        let expected = try Self.parse([page]), actual = try Self.parse([shuffled])
        #expect(actual.rows == expected.rows)
    }

    @Test func rowSplitAtPageBottomIsOneRowWithBothPages() throws {
        // Row 2 is cut after its first lines; the rest is at the top of page 2, then row 3.
        let first = Self.page(1, header: Self.plainHeader, rows: [Self.rows[0], ("2", ["Ⅱ　子どもを産み育"], ["　二つ目の"], ["　検討"])])
        let second = Self.page(
            2, header: Self.plainHeader,
            rows: [(nil, ["てやすい環境づくり"], ["意見。"], []), ("3", ["Ⅲ　三つ目"], ["　意見三。"], ["　対応三。"])])
        let table = try Self.parse([first, second])
        #expect(table.rows.map(\.number.value) == ["1", "2", "3"])
        #expect(Self.cell(table.rows[1], .policy) == ["Ⅱ　子どもを産み育", "てやすい環境づくり"])
        #expect(table.rows[1].pages == [1, 2])
        #expect(table.diagnostics.contains { $0.code == "row-continued" && $0.page == 2 })
    }

    @Test func rowNumberPrintedOnTheContinuedPart() throws {
        // Row 2's № is printed in its part on page 2 only (a merged cell centred there).
        let first = Self.page(1, header: Self.plainHeader, rows: [Self.rows[0], (nil, ["Ⅱ　子どもを産み育"], ["　二つ目の"], ["　検討"])])
        let second = Self.page(
            2, header: Self.plainHeader,
            rows: [("2", ["てやすい環境づくり"], ["意見。"], []), ("3", ["Ⅲ　三つ目"], ["　意見三。"], ["　対応三。"])])
        let table = try Self.parse([first, second])
        #expect(table.rows.map(\.number.value) == ["1", "2", "3"])
        #expect(Self.cell(table.rows[1], .opinion) == ["二つ目の", "意見。"])
        #expect(table.diagnostics.contains { $0.code == "row-number-on-next-page" })
    }

    @Test func completedRowsHandedOverPageByPageAddUpToTheWholeTable() throws {
        let first = Self.page(1, header: Self.plainHeader, rows: [Self.rows[0], ("2", ["Ⅱ　子どもを産み育"], ["　二つ目の"], ["　検討"])])
        let second = Self.page(
            2, header: Self.plainHeader,
            rows: [(nil, ["てやすい環境づくり"], ["意見。"], []), ("3", ["Ⅲ　三つ目"], ["　意見三。"], ["　対応三。"])])
        let whole = try Self.parse([first, second])
        var parser = GeometryTableParser(file: "synthetic.pdf")
        var handed: [[String]] = []
        for page in [first, second] {
            try parser.consume(page)
            handed.append(parser.takeCompletedRows().map(\.number.value))
        }
        let rest = try parser.finish()
        // Row 2 ends page 1, so it is held back until page 2 shows whether it goes on (it does).
        #expect(handed == [["1"], ["2"]])
        #expect(rest.rows.map(\.number.value) == ["3"])
        #expect(parser.columnHeaders.map(\.text) == whole.columns.map(\.text))
        #expect(rest.diagnostics == whole.diagnostics)
    }

    @Test func singleLineRowsWithoutGapsAreSplitAtTheirNumbers() throws {
        // Rows one line high, 10 pt apart: no paragraph gap shows where a row starts, the №s do.
        let rows: [(String?, [String], [String], [String])] = [
            ("1", ["施策一"], ["意見一"], ["対応一"]), ("2", ["施策二"], ["意見二"], ["対応二"]), ("3", ["施策三"], ["意見三"], ["対応三"]),
        ]
        var page = Self.page(1, header: Self.plainHeader, rows: [])
        for (index, row) in rows.enumerated() {
            let y = 80 + Double(index) * 10
            page.glyphs +=
                Self.glyphs(row.0!, x: 32, y: y) + Self.glyphs(row.1[0], x: 50, y: y)
                + Self.glyphs(row.2[0], x: 130, y: y) + Self.glyphs(row.3[0], x: 295, y: y)
        }
        let table = try Self.parse([page])
        #expect(table.rows.map(\.number.value) == ["1", "2", "3"])
        #expect(table.rows.map { Self.cell($0, .opinion) } == [["意見一"], ["意見二"], ["意見三"]])
        #expect(table.diagnostics.contains { $0.code == "rows-from-numbers" })
    }

    @Test func textUnderNoHeaderGoesToTheNearestColumnWithADiagnostic() throws {
        let note = Self.glyphs("補足あり", x: 600, y: 90)
        let table = try Self.parse([Self.page(1, header: Self.plainHeader, rows: Self.rows, extra: note)])
        #expect(Self.cell(table.rows[0], .response) == ["対応します。", "補足あり"])
        #expect(table.diagnostics.contains { $0.code == "column-guessed" && $0.message.contains("②対応方針") && $0.page == 1 })
    }

    @Test func repeatedFurnitureIsDropped() throws {
        let title = Self.glyphs("平成30年度テスト会議における意見の反映状況表", x: 200, y: 20, size: 11)
        let pages = [1, 2].map { Self.page($0, header: Self.plainHeader, rows: [Self.rows[$0 - 1]], extra: title) }
        let table = try Self.parse(pages)
        #expect(table.title == "平成30年度テスト会議における意見の反映状況表")
        let texts = table.rows.flatMap { $0.cells.values.flatMap { $0.map(\.text) } }
        #expect(!texts.contains { $0.contains("－") || $0.contains("資料") || $0.contains("反映状況表") })
    }
}

/// A small deterministic generator (SplitMix64) for shuffles in tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
