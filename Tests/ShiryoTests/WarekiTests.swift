import JapaneseText
import ShiryoCore
import Testing

/// 和暦 → 西暦, as titles and notes print it.
@Suite struct WarekiTests {
    @Test(arguments: [
        ("平成30年度ひらつか行革ミーティングにおける意見の反映状況表", "平成", 30, 2018),
        ("令和元年度 市民意見交換会", "令和", 1, 2019),
        ("令和５年度　総合計画審議会", "令和", 5, 2023),
        ("平成31年４月", "平成", 31, 2019),
        ("平成 28 年度", "平成", 28, 2016),
        ("昭和64年1月7日", "昭和", 64, 1989),
        ("昭和元年", "昭和", 1, 1926),
        ("平成三十年度の意見", "平成", 30, 2018),
        ("R5年度実施", "令和", 5, 2023),
        ("Ｒ５年度", "令和", 5, 2023),
        ("（R6.4.1現在）", "令和", 6, 2024),
        ("H30", "平成", 30, 2018),
        ("Ｈ２９年度", "平成", 29, 2017),
        ("S50年", "昭和", 50, 1975),
        ("平成元年度", "平成", 1, 1989),
        ("R元年度", "令和", 1, 2019),
        ("第２次計画（令和２年度～令和11年度）", "令和", 2, 2020),
    ])
    func convertsToGregorian(_ text: String, _ era: String, _ eraYear: Int, _ year: Int) {
        #expect(Wareki.firstYear(in: text) == FiscalYear(era: era, eraYear: eraYear, year: year))
    }

    @Test(arguments: ["KPIの設定", "RPAの導入", "H2Oの分子", "Society5.0", "2018年度", "ＳＮＳ", ""])
    func noEraYear(_ text: String) {
        #expect(Wareki.firstYear(in: text) == nil)
    }

    @Test(arguments: [("令和", 1, 2019), ("平成", 30, 2018), ("昭和", 64, 1989)])
    func gregorianOfEraYear(_ era: String, _ year: Int, _ expected: Int) {
        #expect(Wareki.gregorian(era: era, year: year) == expected)
    }
}
