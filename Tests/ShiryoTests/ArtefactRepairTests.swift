import JapaneseText
import ShiryoCore
@testable import TableParsing
import Testing

/// Extraction artefacts are repaired; what was printed stays.
@Suite struct ArtefactRepairTests {
    @Test(arguments: [
        // Kangxi radicals (U+2F00–U+2FD5) that Word/Ichitaro fonts put in the text layer for ideographs.
        ("\u{2F45}針", "方針"),  // ⽅針
        ("\u{2F47}本の\u{2F8F}政", "日本の行政"),  // ⽇本の⾏政
        ("\u{2F26}どもを産み育てやすい環境", "子どもを産み育てやすい環境"),  // ⼦
        ("\u{2F3F}続きの\u{2F00}元化", "手続きの一元化"),  // ⼿, ⼀
        ("\u{2F63}活環境の\u{2F64}語", "生活環境の用語"),  // ⽣, ⽤
        // CJK Radicals Supplement (U+2E80–U+2EFF) used for the ideograph of the same shape.
        ("\u{2E9F}子保健", "母子保健"),  // ⺟
        ("\u{2ED1}期的な視点", "長期的な視点"),  // ⻑
        ("\u{2EDD}育の推進", "食育の推進"),  // ⻝
        // CJK compatibility ideographs follow Unicode's canonical mapping.
        ("\u{FA19}奈川県", "\u{795E}奈川県"),  // 神 → 神
        ("\u{FA2C}内施設", "\u{9928}内施設"),  // 館 → 館
        ("京\u{FA26}府", "京\u{90FD}府"),  // 都 → 都
        // Unified ideographs that live in the compatibility block have no mapping and stay.
        ("山\u{FA11}", "山\u{FA11}"),  // 﨑
        // Printed forms stay as printed.
        ("①意見内容", "①意見内容"),
        ("Ⅰ　強みを活かしたしごとづくり", "Ⅰ　強みを活かしたしごとづくり"),
        ("（１）基幹産業の競争力を強化する", "（１）基幹産業の競争力を強化する"),
        ("№", "№"),
        ("ＰＲ活動とＳＮＳの活用", "ＰＲ活動とＳＮＳの活用"),
        ("㈱ひらつか、ｶﾀﾛｸﾞ、p.39～40", "㈱ひらつか、ｶﾀﾛｸﾞ、p.39～40"),
        ("平成30年度", "平成30年度"),
    ])
    func repairsArtefactsOnly(_ input: String, _ expected: String) {
        #expect(ArtefactRepair.repair(input) == expected)
    }

    @Test func everyKangxiRadicalBecomesAUnifiedIdeograph() {
        for value in UInt32(0x2F00)...0x2FD5 {
            let repaired = ArtefactRepair.repair(String(Unicode.Scalar(value)!))
            let scalar = repaired.unicodeScalars.first!
            #expect(
                repaired.unicodeScalars.count == 1 && (0x4E00...0x9FFF).contains(scalar.value),
                "U+\(String(value, radix: 16, uppercase: true)) → \(repaired)")
        }
    }

    @Test func repairIsIdempotent() {
        let once = ArtefactRepair.repair("\u{2F45}針\u{FA19}\u{2E9F}")
        #expect(ArtefactRepair.repair(once) == once)
    }

    static func glyph(_ character: Character, _ x: Double, _ y: Double = 100) -> PositionedGlyph {
        PositionedGlyph(character: character, x: x, y: y, width: 10.5, height: 10.5, fontSize: 10.5)
    }

    /// Fake bold: each glyph drawn again 0.2–0.5 pt to the side; the copy goes, real repeats stay.
    @Test(
        arguments: [
            (
                [glyph("施", 50), glyph("施", 50.3), glyph("策", 60.5), glyph("策", 60.8, 100.2), glyph("名", 71), glyph("名", 71.4)],
                "施策名", 3
            ),
            // 「人人」: the same character twice side by side is text, not fake bold.
            ([glyph("人", 50), glyph("人", 60.5)], "人人", 0),
            // A copy far away (another cell) is another character.
            ([glyph("①", 50), glyph("①", 400)], "①①", 0),
            // Fake bold of a run where the second pass is drawn after the whole run.
            ([glyph("P", 50), glyph("R", 56), glyph("P", 50.25), glyph("R", 56.25)], "PR", 2),
            // Different characters at the same place (overprint) are both kept.
            ([glyph("〇", 50), glyph("一", 50)], "〇一", 0),
        ] as [([PositionedGlyph], String, Int)])
    func fakeBoldDoubledGlyphsAppearOnce(_ glyphs: [PositionedGlyph], _ expected: String, _ removed: Int) {
        let result = FakeBold.dedupe(glyphs)
        #expect(String(result.glyphs.map(\.character)) == expected)
        #expect(result.removed == removed)
    }
}
