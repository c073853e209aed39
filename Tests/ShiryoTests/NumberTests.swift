import JapaneseText
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

    @Test(arguments: [
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
