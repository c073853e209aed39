import JapaneseText
import ShiryoCore
import Testing

/// Policy cells split into pillar (Ⅰ, II, 第1章) and measure (（１）, (1), ⑴, ①); labels kept as printed.
@Suite struct HeadingTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var pillar: LabeledHeading?
        var measure: LabeledHeading?
        var description: String { text }
    }

    static func h(_ label: String, _ title: String) -> LabeledHeading { LabeledHeading(label: label, title: title) }

    @Test(arguments: [
        Case(
            text: "Ⅰ　強みを活かしたしごとづくり（１）基幹産業の競争力を強化する",
            pillar: h("Ⅰ", "強みを活かしたしごとづくり"), measure: h("（１）", "基幹産業の競争力を強化する")),
        Case(
            text: "Ⅱ　子どもを産み育てやすい環境づくり（２）子育て支援を充実する",
            pillar: h("Ⅱ", "子どもを産み育てやすい環境づくり"), measure: h("（２）", "子育て支援を充実する")),
        Case(
            text: "Ⅻ 行財政運営(3) 公共施設を最適化する",
            pillar: h("Ⅻ", "行財政運営"), measure: h("(3)", "公共施設を最適化する")),
        Case(
            text: "II　安全・安心なまちづくり⑴防災力を高める",
            pillar: h("II", "安全・安心なまちづくり"), measure: h("⑴", "防災力を高める")),
        Case(text: "IV. 行財政運営", pillar: h("IV", "行財政運営"), measure: nil),
        Case(text: "第1章　総論（１）計画策定の趣旨", pillar: h("第1章", "総論"), measure: h("（１）", "計画策定の趣旨")),
        Case(text: "第３章　施策の展開", pillar: h("第３章", "施策の展開"), measure: nil),
        Case(text: "第三章　施策の展開", pillar: h("第三章", "施策の展開"), measure: nil),
        Case(text: "（３）地域の魅力を発信する", pillar: nil, measure: h("（３）", "地域の魅力を発信する")),
        Case(text: "（一）総則", pillar: nil, measure: h("（一）", "総則")),
        Case(text: "①観光の振興", pillar: nil, measure: h("①", "観光の振興")),
        Case(text: "一　計画の概要（１）計画策定の趣旨", pillar: h("一", "計画の概要"), measure: h("（１）", "計画策定の趣旨")),
        Case(text: "十二、行財政運営", pillar: h("十二", "行財政運営"), measure: nil),
        Case(text: "一人ひとりが輝くまち", pillar: nil, measure: nil),
        Case(text: "IoTの活用", pillar: nil, measure: nil),
        Case(text: "ICTを活用した行政サービス", pillar: nil, measure: nil),
    ])
    func splitsPolicy(_ example: Case) {
        let parts = Headings.policy(example.text)
        #expect(parts.pillar == example.pillar)
        #expect(parts.measure == example.measure)
    }
}
