import JapaneseText
import ShiryoCore
import Testing

/// Numbers as clerks print them.
@Suite struct NumberTests {
    @Test(arguments: [
        ("1", 1), ("１", 1), ("10", 10), ("１０", 10), ("107", 107), ("０８", 8),
    ])
    func decimalInAnyWidth(_ text: String, _ expected: Int) {
        #expect(Numbers.decimal(text) == expected)
    }

    @Test(arguments: ["", "a", "1a", "一", "①", "1,000", "１ ２"])
    func notDecimal(_ text: String) {
        #expect(Numbers.decimal(text) == nil)
    }

    @Test(
        arguments: [
            ("①", 1), ("③", 3), ("⑩", 10), ("⑳", 20), ("㉑", 21), ("㊿", 50), ("⑴", 1), ("⑿", 12), ("⒈", 1), ("❶", 1),
        ] as [(Unicode.Scalar, Int)])
    func circledNumbers(_ scalar: Unicode.Scalar, _ expected: Int) {
        #expect(Numbers.circled(scalar) == expected)
    }

    @Test(arguments: [
        ("Ⅰ", 1), ("Ⅱ", 2), ("Ⅳ", 4), ("Ⅻ", 12), ("ⅲ", 3),
        ("I", 1), ("II", 2), ("III", 3), ("IV", 4), ("VIII", 8), ("XII", 12), ("ＩＩ", 2), ("ＩＶ", 4),
    ])
    func romanNumerals(_ text: String, _ expected: Int) {
        #expect(Numbers.roman(Substring(text)) == expected)
    }

    @Test(arguments: ["IIII", "IoT", "VV", "XIII", "A", ""])
    func notRoman(_ text: String) {
        #expect(Numbers.roman(Substring(text)) == nil)
    }

    @Test(arguments: [
        ("一", 1), ("三", 3), ("十", 10), ("十一", 11), ("十二", 12), ("二十", 20), ("三十", 30), ("三十五", 35),
        ("九十九", 99), ("百", 100), ("元", 1), ("二〇", 20),
    ])
    func kanjiNumerals(_ text: String, _ expected: Int) {
        #expect(Numbers.kanji(Substring(text)) == expected)
    }

    @Test(arguments: [("１０", 10), ("⑤", 5), ("三", 3), ("12", 12)])
    func anyForm(_ text: String, _ expected: Int) {
        #expect(Numbers.anyNumber(Substring(text)) == expected)
    }
}

/// Whole row-number tokens (№ cells) → printed text and structured parts.
@Suite struct RowNumberTests {
    @Test(arguments: [
        ("1", [1]), ("１", [1]), ("12", [12]), ("１２", [12]), ("107", [107]),
        ("1-1", [1, 1]), ("１－１", [1, 1]), ("1−1", [1, 1]), ("1‐1", [1, 1]), ("１ー１", [1, 1]), ("2-13", [2, 13]),
        ("1-2-3", [1, 2, 3]),
        ("①", [1]), ("⑳", [20]), ("㉑", [21]), ("㊿", [50]),
        ("(3)", [3]), ("（３）", [3]), ("(12)", [12]), ("（1)", [1]), ("⑴", [1]), ("⒇", [20]),
        ("1.", [1]), ("１．", [1]), ("1-1.", [1, 1]), ("①.", [1]), ("　３　", [3]),
    ])
    func parsesRowNumbers(_ token: String, _ parts: [Int]) throws {
        let number = try #require(Numbers.rowNumber(token))
        #expect(number.parts == parts)
        #expect(number.printed == token.trimmedWhitespace)
        #expect(number.value == parts.map(String.init).joined(separator: "-"))
    }

    @Test(arguments: [
        "", "0", "1-0", "a", "一", "1a", "- 2 -", "1 / 2", "1-", "-1", "1--1", "1-2-3-4", "()", "(a)", "(1", "1)",
        "1..", "p.39", "2024-01-15", "1,000", "１ ２", "Ⅰ", "1の2",
    ])
    func rejectsOtherTokens(_ token: String) {
        #expect(Numbers.rowNumber(token) == nil)
    }

    @Test func valueAndOrderIgnoreThePrintedForm() {
        let full = RowNumber(printed: "１－１", parts: [1, 1])
        #expect(full.value == "1-1")
        #expect(full.isSameNumber(as: RowNumber(printed: "1-1", parts: [1, 1])))
        #expect(full != RowNumber(printed: "1-1", parts: [1, 1]))
        #expect(
            RowNumber(1) < full && full < RowNumber(printed: "1-2", parts: [1, 2])
                && RowNumber(printed: "1-2", parts: [1, 2]) < RowNumber(2))
        #expect("\(full)" == "1-1")
    }

    @Test(arguments: [
        ([1], [2], true), ([1, 1], [1, 2], true), ([1, 3], [2, 1], true), ([1, 2], [2], true), ([1], [1, 1], true),
        ([1], [3], false), ([1], [1], false), ([1, 3], [2, 2], false), ([2], [1], false), ([1, 1], [1, 3], false),
    ])
    func countingSequence(_ previous: [Int], _ next: [Int], _ follows: Bool) {
        let before = RowNumber(printed: "", parts: previous), after = RowNumber(printed: "", parts: next)
        #expect(after.follows(before) == follows)
    }
}
