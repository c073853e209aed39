import JapaneseText
import ShiryoCore
@testable import TableParsing
import Testing

/// The rule-parser pieces of the text export: row numbers, ⇒, citation blocks, ＜labels＞, 「quotes」.
@Suite struct ReflectionParserTests {
    static func lines(_ texts: [String]) -> [SourceLine] {
        texts.enumerated().map { SourceLine($1, location: .line($0 + 1)) }
    }

    static func parse(_ texts: [String]) -> (reflections: [Reflection], codes: [String]) {
        var diagnostics = DiagnosticLog()
        let reflections = ReflectionParser.parse(lines(texts), diagnostics: &diagnostics)
        return (reflections, diagnostics.entries.map(\.code))
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var lines: [String]
        var expected: [Reflection]
        var codes: [String] = []
        var description: String { name }
    }

    static func r(
        _ citation: String, _ page: Int, _ lastPage: Int, _ headings: [String],
        _ sections: [ReflectionSection]
    ) -> Reflection {
        Reflection(citation: citation, page: page, lastPage: lastPage, headings: headings, sections: sections)
    }

    static let cases: [Case] = [
        Case(
            name: "seed row 1",
            lines: [
                "p.39", "Ⅰ　強みを活かしたしごとづくり", "（１）基幹産業の競争力を強化する", "＜基本的な方向性＞",
                "「本市の経済をけん引する産業の", "競争力を強化します。」",
            ],
            expected: [
                r(
                    "p.39", 39, 39, ["Ⅰ　強みを活かしたしごとづくり", "（１）基幹産業の競争力を強化する"],
                    [ReflectionSection(label: "基本的な方向性", quotes: ["本市の経済をけん引する産業の競争力を強化します。"])])
            ]),
        Case(
            name: "arrow before the citation", lines: ["⇒p.107", "＜取組方針＞", "「取組Ａを進めます。」", "「取組Ｂを進めます。」"],
            expected: [r("p.107", 107, 107, [], [ReflectionSection(label: "取組方針", quotes: ["取組Ａを進めます。", "取組Ｂを進めます。"])])]),
        Case(
            name: "nested quotes, no label", lines: ["p.22", "「「新たな魅力の創出」に向け、", "観光資源を磨き上げます。」"],
            expected: [r("p.22", 22, 22, [], [ReflectionSection(label: nil, quotes: ["「新たな魅力の創出」に向け、観光資源を磨き上げます。"])])]),
        Case(
            name: "three quotes under one label, two on a line",
            lines: [
                "P.43", "＜重点業績評価指標（KPI）＞", "「市民満足度」", "「参加者数」「登録件数」",
            ], expected: [r("P.43", 43, 43, [], [ReflectionSection(label: "重点業績評価指標（KPI）", quotes: ["市民満足度", "参加者数", "登録件数"])])]),
        Case(
            name: "two labels", lines: ["p.107", "＜取組方針＞", "「Ａ」", "＜成果指標＞", "「Ｂ」"],
            expected: [
                r(
                    "p.107", 107, 107, [],
                    [
                        ReflectionSection(label: "取組方針", quotes: ["Ａ"]),
                        ReflectionSection(label: "成果指標", quotes: ["Ｂ"]),
                    ])
            ]),
        Case(
            name: "two blocks", lines: ["p.40", "「Ａ」", "p.107", "＜取組方針＞", "「Ｂ」"],
            expected: [
                r("p.40", 40, 40, [], [ReflectionSection(label: nil, quotes: ["Ａ"])]),
                r("p.107", 107, 107, [], [ReflectionSection(label: "取組方針", quotes: ["Ｂ"])]),
            ]),
        Case(
            name: "two citations on one line", lines: ["p.39、p.107", "＜取組方針＞", "「Ａ」"],
            expected: [
                r("p.39", 39, 39, [], []),
                r("p.107", 107, 107, [], [ReflectionSection(label: "取組方針", quotes: ["Ａ"])]),
            ]),
        Case(
            name: "page range", lines: ["pp.39-40", "「Ａ」"],
            expected: [r("pp.39-40", 39, 40, [], [ReflectionSection(label: nil, quotes: ["Ａ"])])]),
        Case(
            name: "spread label", lines: ["ｐ．４０", "＜取　組　方　針＞", "「Ａ」"],
            expected: [r("ｐ．４０", 40, 40, [], [ReflectionSection(label: "取組方針", quotes: ["Ａ"])])]),
        Case(
            name: "citation and heading on one line", lines: ["⇒ p.39　Ⅰ強みを活かしたしごとづくり", "＜基本的な方向性＞", "「Ａ」"],
            expected: [r("p.39", 39, 39, ["Ⅰ強みを活かしたしごとづくり"], [ReflectionSection(label: "基本的な方向性", quotes: ["Ａ"])])]),
        Case(
            name: "text before any citation", lines: ["計画全体に反映", "p.5", "「Ａ」"],
            expected: [r("p.5", 5, 5, [], [ReflectionSection(label: nil, quotes: ["Ａ"])])],
            codes: ["reflection-without-citation"]),
        Case(
            name: "unclosed quote", lines: ["p.5", "「Ａを進め", "ます。"],
            expected: [r("p.5", 5, 5, [], [ReflectionSection(label: nil, quotes: ["Ａを進めます。"])])],
            codes: ["unclosed-quote"]),
    ]

    @Test(arguments: cases)
    func parsesReflectionCell(_ example: Case) {
        let (reflections, codes) = Self.parse(example.lines)
        #expect(reflections == example.expected)
        #expect(codes == example.codes)
    }

    @Test(arguments: [
        ("＜基本的な方向性＞", "基本的な方向性"), ("＜重点業績評価指標（KPI）＞", "重点業績評価指標（KPI）"), ("<成果指標>", "成果指標"),
        ("【取組方針】", "取組方針"), ("〈目標〉", "目標"), ("＜取　組　方　針＞", "取組方針"),
    ])
    func labels(_ text: String, _ expected: String) {
        #expect(ReflectionParser.label(text) == expected)
    }

    @Test(arguments: ["基本＜方向性＞", "＜Ａ＞＜Ｂ＞", "＜＞", "「引用」"])
    func notLabels(_ text: String) {
        #expect(ReflectionParser.label(text) == nil)
    }

    @Test(arguments: [
        (["「Ａ」「Ｂ」"], ["Ａ", "Ｂ"]),
        (["「「内側」を含む", "引用」"], ["「内側」を含む引用"]),
        (["『二重かぎ』"], ["二重かぎ"]),
        (["「『内側』と「内側」」"], ["『内側』と「内側」"]),
    ])
    func quotes(_ texts: [String], _ expected: [String]) {
        var diagnostics = DiagnosticLog()
        #expect(Quotes.split(Self.lines(texts), diagnostics: &diagnostics) == expected)
        #expect(diagnostics.entries.isEmpty)
    }

    @Test(arguments: [
        ("1", TextTableParser.LineKind.rowNumber(1)),
        ("１０", .rowNumber(10)),
        ("　３　", .rowNumber(3)),
        ("－2－", .furniture),
        ("資料１－２", .furniture),
        ("⇒", .arrow(rest: "")),
        ("⇒「新たな魅力」", .arrow(rest: "「新たな魅力」")),
        ("→p.40", .arrow(rest: "p.40")),
        ("", .blank),
        ("p.39", .content),
        ("本市の産業においては、", .content),
        ("③改訂基本計画への反映", .strayHeader("③改訂基本計画への反映")),
        (
            "№ 施策名 ①意見内容 ②対応方針 ③改訂基本計画への反映",
            .header(["№", "施策名", "①意見内容", "②対応方針", "③改訂基本計画への反映"])
        ),
        (
            "№　施　策　名　①意 見 内 容　②対応方針　③反映状況",
            .header(["№", "施策名", "①意見内容", "②対応方針", "③反映状況"])
        ),
        ("No. 施 策 名 意 見 内 容 対 応 方 針", .header(["No.", "施策名", "意見内容", "対応方針"])),
    ])
    func classifiesLines(_ line: String, _ expected: TextTableParser.LineKind) {
        #expect(TextTableParser.classify(line, headerSeen: false, titleLines: []) == expected)
    }
}
