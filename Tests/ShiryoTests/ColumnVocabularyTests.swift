import ShiryoCore
@testable import TableParsing
import Testing

/// The one table of known header names: every entry maps to its role, also 均等割付 (spread) and ①-prefixed.
@Suite struct ColumnVocabularyTests {
    static let entries: [(name: String, role: ColumnRole)] = ColumnRole.allCases.flatMap { role in
        (ColumnVocabulary.names[role] ?? []).map { (name: $0, role: role) }
    }

    /// The names issue 7 asks for, so that trimming the table breaks a test.
    @Test func tableHasTheNamesOfTheIssue() {
        let required: [ColumnRole: [String]] = [
            .number: ["№", "No.", "NO", "番号", "項番"],
            .policy: ["施策名", "施策", "項目", "分野", "政策名", "事業名"],
            .opinion: ["意見内容", "意見の概要", "意見", "ご意見", "主な意見", "提言"],
            .response: ["対応方針", "市の考え方", "対応", "回答", "対応状況"],
            .reflection: ["への反映", "反映状況", "反映内容", "計画への反映", "反映箇所"],
        ]
        for (role, names) in required {
            for name in names { #expect(ColumnVocabulary.names[role]?.contains(name) == true, "\(name) → \(role)") }
        }
    }

    @Test(arguments: entries)
    func nameMapsToItsRole(_ entry: (name: String, role: ColumnRole)) {
        #expect(ColumnVocabulary.role(forHeader: entry.name) == entry.role)
        #expect(ColumnVocabulary.isKnownName(entry.name))
    }

    @Test(arguments: entries)
    func circledPrefixIsOptional(_ entry: (name: String, role: ColumnRole)) {
        for prefix in ["①", "②", "③", "⑴"] {
            #expect(ColumnVocabulary.role(forHeader: prefix + entry.name) == entry.role, "\(prefix)\(entry.name)")
        }
    }

    /// 「施　策　名」: letters spread over the cell, in a text export's header line and as a header cell.
    /// (Latin abbreviations such as No. are not spread in a text line: 「N o」 stays two words there.)
    @Test(arguments: entries)
    func spreadLettersMapToTheRole(_ entry: (name: String, role: ColumnRole)) {
        let letters = entry.name.map(String.init)
        for separator in ["\u{3000}", " ", "\u{3000}\u{3000}"] {
            let spread = letters.joined(separator: separator)
            #expect(ColumnVocabulary.role(forHeader: spread) == entry.role, "\(spread)")
            if !entry.name.contains(where: \.isASCII) {
                #expect(TextTableParser.headerTokens(spread) == [entry.name], "\(spread)")
            }
        }
    }

    @Test(arguments: ["担当課", "備考", "区分", "所管課の見解", "進捗", "Note", "要望の要旨", ""])
    func unknownHeadersHaveNoRole(_ header: String) {
        #expect(ColumnVocabulary.role(forHeader: header) == nil)
    }

    /// A longer name wins over a shorter one it contains.
    @Test(arguments: [
        ("意見に対する市の考え方", ColumnRole.response), ("③改訂基本計画への反映", .reflection),
        ("①意見内容", .opinion), ("ＮＯ．", .number), ("施　策　名", .policy),
    ])
    func headersAsPrinted(_ header: String, _ role: ColumnRole) {
        #expect(ColumnVocabulary.role(forHeader: header) == role)
    }

    /// One column per meaning: a second header naming it is an unknown column (kept in `extra`).
    @Test(arguments: [
        (["No.", "意見の概要", "市の考え方", "対応区分", "計画への反映"], [ColumnRole.number, .opinion, .response, nil, .reflection]),
        (["意見番号", "意見", "回答", "反映区分", "反映状況"], [ColumnRole.number, .opinion, .response, nil, .reflection]),
        (["番号", "施策", "主な意見", "意見の件数", "対応"], [ColumnRole.number, .policy, .opinion, nil, .response]),
    ])
    func oneColumnPerRole(_ headers: [String], _ roles: [ColumnRole?]) {
        #expect(ColumnVocabulary.roles(forHeaders: headers) == roles)
    }

    /// A header line of a text export: spread and plain cells, unknown ones kept as printed.
    @Test(arguments: [
        ("分　野 ご　意　見 回　答 反映状況 No.", ["分野", "ご意見", "回答", "反映状況", "No."]),
        ("反　映　状　況 備　考", ["反映状況", "備考"]),
        ("回　答 反　映", ["回答", "反映"]),
        ("番号 施策名 ご意見 対応方針 反映箇所 担当課 備考", ["番号", "施策名", "ご意見", "対応方針", "反映箇所", "担当課", "備考"]),
        ("№ 施策名 ①意見内容 ②対応方針 ③改訂基本計画への反映", ["№", "施策名", "①意見内容", "②対応方針", "③改訂基本計画への反映"]),
    ])
    func textHeaderLine(_ line: String, _ expected: [String]) {
        #expect(TextTableParser.headerTokens(line) == expected)
    }

    /// The same on a PDF page: letters drawn one by one, spread over each header cell.
    @Test func spreadHeaderCellsOnAPage() {
        var glyphs: [PositionedGlyph] = []
        func cell(_ text: String, from left: Double, pitch: Double) {
            for (index, character) in text.enumerated() {
                glyphs.append(
                    PositionedGlyph(
                        character: character, x: left + Double(index) * pitch, y: 100,
                        width: 9, height: 9, fontSize: 9))
            }
        }
        cell("分野", from: 30, pitch: 40)
        cell("ご意見", from: 130, pitch: 45)
        cell("回答", from: 260, pitch: 90)
        cell("反映状況", from: 380, pitch: 30)
        cell("備考", from: 520, pitch: 30)
        cell("No.", from: 580, pitch: 5)
        let tokens = HeaderFinder.tokens(of: GlyphLine(glyphs: glyphs))
        #expect(tokens.map(\.text) == ["分野", "ご意見", "回答", "反映状況", "備考", "No."])
        #expect(tokens.map(\.role) == [.policy, .opinion, .response, .reflection, nil, .number])
    }
}
