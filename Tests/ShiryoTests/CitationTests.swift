import JapaneseText
import Testing

/// Page citations in every form clerks print, with the printed text kept.
@Suite struct CitationTests {
    struct Found: Equatable, CustomStringConvertible {
        var text: String, page: Int, lastPage: Int
        init(_ text: String, _ page: Int, _ lastPage: Int) { (self.text, self.page, self.lastPage) = (text, page, lastPage) }
        var description: String { "\(text)=\(page)-\(lastPage)" }
    }

    @Test(arguments: [
        ("p.39", [Found("p.39", 39, 39)]),
        ("P.39", [Found("P.39", 39, 39)]),
        ("ｐ．３９", [Found("ｐ．３９", 39, 39)]),
        ("Ｐ．１０７", [Found("Ｐ．１０７", 107, 107)]),
        ("p39", [Found("p39", 39, 39)]),
        ("p. 39", [Found("p. 39", 39, 39)]),
        ("P３９", [Found("P３９", 39, 39)]),
        ("p.39-40", [Found("p.39-40", 39, 40)]),
        ("p.39～40", [Found("p.39～40", 39, 40)]),
        ("p.39〜40", [Found("p.39〜40", 39, 40)]),
        ("pp.39-40", [Found("pp.39-40", 39, 40)]),
        ("Ｐ．４０－４１", [Found("Ｐ．４０－４１", 40, 41)]),
        ("p.39-p.40", [Found("p.39-p.40", 39, 40)]),
        ("39ページ", [Found("39ページ", 39, 39)]),
        ("３９ページ", [Found("３９ページ", 39, 39)]),
        ("39頁", [Found("39頁", 39, 39)]),
        ("39～40ページ", [Found("39～40ページ", 39, 40)]),
        ("p.39、p.107", [Found("p.39", 39, 39), Found("p.107", 107, 107)]),
        ("P.22,P.23", [Found("P.22", 22, 22), Found("P.23", 23, 23)]),
        ("⇒p.40", [Found("p.40", 40, 40)]),
        ("（計画書p.45参照）", [Found("p.45", 45, 45)]),
        // Not citations.
        ("平成30年度", []),
        ("KPIの設定", []),
        ("app39", []),
        ("ステップ3", []),
    ])
    func findsCitations(_ line: String, _ expected: [Found]) {
        #expect(Citations.find(in: line).map { Found($0.text, $0.page, $0.lastPage) } == expected)
    }

    @Test(arguments: [
        ("p.39", true), ("　p.107　", true), ("p.39、p.107", true), ("⇒p.40", true), ("（P.22）", true),
        ("39ページ", true), ("pp.39-40", true),
        ("p.39を参照", false), ("計画p.39", false), ("「p.39」の記載", false), ("", false),
    ])
    func recognisesCitationLines(_ line: String, _ expected: Bool) {
        #expect(Citations.isCitationLine(line) == expected)
    }

    @Test(arguments: [
        ("p.39　Ⅰ強みを活かしたしごとづくり", "p.39", "Ⅰ強みを活かしたしごとづくり"),
        ("p.40、p.107 ４活力とにぎわいのあるまちづくり", "p.40、p.107", "４活力とにぎわいのあるまちづくり"),
        ("  P.31  （３）交通安全を推進する", "P.31", "（３）交通安全を推進する"),
    ])
    func splitsCitationFromHeading(_ line: String, _ citations: String, _ rest: String) {
        let split = Citations.splitLeading(line)
        #expect(split?.citations == citations)
        #expect(split?.rest == rest)
    }

    @Test(arguments: ["p.39", "p.39を参照", "計画p.39 参照", "p.39、 ", "「p.39」 の記載"])
    func noCitationLead(_ line: String) {
        #expect(Citations.splitLeading(line) == nil)
    }
}
