import JapaneseText
import Testing

/// Keys for matching (NFKC + case fold, no whitespace), and 均等割付 headers read without the spread.
@Suite struct SearchKeyTests {
    @Test(arguments: [
        ("施　策　名", "施策名"),
        ("意 見 内 容", "意見内容"),
        ("ＮＯ．", "no."),
        ("No.", "no."),
        ("ＰＲ", "pr"),
        ("ＳＮＳ", "sns"),
        ("Ｐ．３９", "p.39"),
        ("ｶﾞｲﾄﾞﾗｲﾝ", "ガイドライン"),
        ("\u{2F45}針", "方針"),
        ("\u{FA19}奈川", "\u{795E}奈川"),
        (" 対応方針\n", "対応方針"),
    ])
    func makesKeys(_ text: String, _ expected: String) {
        #expect(SearchKey.make(text) == expected)
    }

    @Test(arguments: [
        ("施　策　名", "施策名"), ("意 見 内 容", "意見内容"), ("ＮＯ．", "No."), ("\u{2F45}針", "方針"), ("ＫＰＩ", "kpi"),
    ])
    func printedVariantsMatch(_ printed: String, _ plain: String) {
        #expect(SearchKey.make(printed) == SearchKey.make(plain))
    }

    @Test(arguments: [
        ("施　策　名", "施策名"),
        ("意 見 内 容", "意見内容"),
        ("①意 見 内 容", "①意見内容"),
        ("対　応　方　針", "対応方針"),
        ("取　組　方　針 ", "取組方針"),
        // A digit between spread letters is spread with them (a word processor's 均等割付 of 「第2次」).
        ("③　第　2　次　計　画　へ　の　反　映", "③第2次計画への反映"),
        ("第　２　期", "第２期"),
        // Not spread: words with spaces, Latin letters, a single character.
        ("基本　方針", "基本　方針"),
        ("Ⅰ　強みを活かしたしごとづくり", "Ⅰ　強みを活かしたしごとづくり"),
        ("A B C", "A B C"),
        ("令和 6", "令和 6"),
        ("第 2 3", "第 2 3"),
        ("№", "№"),
    ])
    func collapsesEvenSpacing(_ text: String, _ expected: String) {
        #expect(EvenSpacing.collapse(text) == expected)
    }
}
