import JapaneseText
import Testing

/// Wrapped lines of one cell → the text a reader sees.
@Suite struct LineJoiningTests {
    @Test(arguments: [
        // Seed: nothing between Japanese characters, whatever script sits on the other side.
        (["再生可", "能エネルギー"], "再生可能エネルギー"),
        (["新たなKPI", "を検討"], "新たなKPIを検討"),
        (["Society5.0な", "ど"], "Society5.0など"),
        (["ＰＤＣＡサイクル", "を回す"], "ＰＤＣＡサイクルを回す"),
        (["ＳＮＳを活用したＰＲ", "を行う"], "ＳＮＳを活用したＰＲを行う"),
        // The U+3000 paragraph indent goes; spaces inside a line are kept as printed.
        (["\u{3000}本市の産業においては、", "製造業が基幹産業"], "本市の産業においては、製造業が基幹産業"),
        (["Ⅰ　強みを活かした", "しごとづくり"], "Ⅰ　強みを活かしたしごとづくり"),
        (["第２期", "\u{3000}総合戦略"], "第２期総合戦略"),
        // A break between two Latin words becomes one space.
        (["スマート", "シティ（smart", "city）の実現"], "スマートシティ（smart city）の実現"),
        (["information and", "communication technology"], "information and communication technology"),
        (["Society 5.0 for", "SDGs"], "Society 5.0 for SDGs"),
        // Full-width letters sit on the em grid like kana: no space.
        (["ＳＮＳ", "ＰＲ"], "ＳＮＳＰＲ"),
        // A hyphenated break is one word; a number before a Japanese word takes nothing.
        (["well-", "known"], "well-known"),
        (["年3", "回開催"], "年3回開催"),
        // Blank lines and trailing spaces vanish.
        (["本市の", "   ", "経済を ", "けん引する"], "本市の経済をけん引する"),
    ])
    func joinsWrappedLines(_ lines: [String], _ expected: String) {
        #expect(LineJoining.join(lines) == expected)
    }

    @Test(arguments: [
        ("\u{3000}\u{3000}字下げ", "字下げ"), ("  indented ", "indented"), ("（１）\u{3000}見出し", "（１）\u{3000}見出し"),
    ])
    func dropsIndentOnly(_ line: String, _ expected: String) {
        #expect(LineJoining.dropIndent(line) == expected)
    }
}

/// The ICU word segmentation behind the Latin rule, through the C shim.
@Suite struct WordSegmentTests {
    @Test(arguments: [
        ("smart city", ["smart", " ", "city"], [true, false, true]),
        ("KPIを検討", ["KPI", "を", "検討"], [true, false, false]),
        ("IoT、ロボット", ["IoT", "、", "ロボット"], [true, false, false]),
    ])
    func segments(_ text: String, _ words: [String], _ letters: [Bool]) {
        let segments = ICU.wordSegments(text)
        #expect(segments.map(\.text) == words)
        #expect(segments.map(\.isLetterWord) == letters)
    }
}
