import Foundation
import JSONEmission
import JapaneseText
import PDFExtraction
import Shiryo
import Testing

/// The text path runs the same JapaneseText stage as the PDF path: a text export whose characters are
/// Kangxi radicals / compatibility ideographs and whose headers are spread (均等割付) gives the seed's records.
@Suite struct TextPathRepairTests {
    static let seed = String(decoding: (try? Data(contentsOf: EncodingTests.seedURL)) ?? Data(), as: UTF8.self)

    static let artefacts: [(printed: String, extracted: String)] = [
        ("施策名", "施　策　名"), ("①意見内容", "①意 見 内 容"), ("②対応方針", "②対　応　方　針"),
        ("方", "\u{2F45}"), ("日", "\u{2F47}"), ("行", "\u{2F8F}"), ("子", "\u{2F26}"), ("長", "\u{2ED1}"),
    ]

    @Test func dirtyExportGivesTheSeedRecords() throws {
        var dirty = Self.seed
        for (printed, extracted) in Self.artefacts { dirty = dirty.replacingOccurrences(of: printed, with: extracted) }
        try #require(dirty.contains("②対　応　\u{2F45}　針") && dirty.contains("施　策　名"))
        let expected = try Ingest.bytes(Array(Self.seed.utf8), name: "seed.txt").json
        let actual = try Ingest.bytes(Array(dirty.utf8), name: "seed.txt").json
        #expect(actual["document"] == expected["document"])
        let differences = JSONDiff.differences(expected: expected["records"] ?? .null, actual: actual["records"] ?? .null)
        #expect(differences.isEmpty, "\(GoldenDiff.lines(differences, limit: 10))")
    }
}

/// Fixtures/kangxi-radicals-pdf: its text layer really carries the artefacts (so the golden test checks
/// the repair), and none of them reaches the records.
@Suite struct KangxiRadicalsPDFTests {
    static let pdf = Repo.fixture("kangxi-radicals-pdf/kangxi-radicals.pdf")

    static func isArtefact(_ scalar: Unicode.Scalar) -> Bool {
        ArtefactRepair.isKangxiRadical(scalar) || (0x2E80...0x2EFF).contains(scalar.value)
            || ArtefactRepair.isCompatibilityIdeograph(scalar)
    }

    @Test func textLayerHasRadicalsAndRecordsDoNot() throws {
        let bytes = Array(try Data(contentsOf: Self.pdf))
        let reader = try PDFReader(bytes: bytes, file: "kangxi-radicals.pdf")
        let layer = try reader.page(1).glyphs.flatMap { $0.character.unicodeScalars }
        #expect(
            Set(layer.filter(Self.isArtefact)) == [
                "\u{2F45}", "\u{2F47}", "\u{2F8F}", "\u{2F26}", "\u{2F63}",
                "\u{2F92}", "\u{2F64}", "\u{2F12}", "\u{2ED1}", "\u{2E9F}",
                "\u{FA19}",
            ])
        let output = try Ingest.bytes(bytes, name: "kangxi-radicals.pdf")
        var texts: [String] = output.document.columns
        for record in output.records {
            texts += [record.opinion, record.response, record.policy?.text ?? ""]
            for reflection in record.reflections {
                texts += reflection.headings
                for section in reflection.sections { texts += [section.label ?? ""] + section.quotes }
            }
        }
        let text = texts.joined()
        #expect(!text.unicodeScalars.contains(where: Self.isArtefact))
        #expect(output.document.columns == ["№", "施策名", "意見内容", "対応方針", "反映状況"])
    }
}

/// Private-use characters (外字, symbol-font glyphs) have no mapping we can trust: kept, and reported.
@Suite struct PrivateUseTests {
    static let export = """
        令和５年度市民意見交換会における意見の反映状況表
        № 施策名 ①意見内容 ②対応方針 ③反映状況

        1

        Ⅰ　子育て支援の充実

        \u{E0A1}の字は外字で登録されている。

        ⇒ 表記を統一します。

        ⇒ p.12
        「表記を統一します。」

        2

        Ⅰ　子育て支援の充実

        窓口の案内を分かりやすくしてほしい。

        ⇒ 案内表示を見直します。

        ⇒ p.13
        「案内表示を見直します。」
        """

    @Test(arguments: [
        ("\u{E0A1}\u{F0B7}", ["\u{E0A1}", "\u{F0B7}"] as [Unicode.Scalar]),
        ("①Ⅰ（１）№", []),
        ("\u{F8FF}と\u{100000}", ["\u{F8FF}", "\u{100000}"]),
    ])
    func findsPrivateUse(_ text: String, _ expected: [Unicode.Scalar]) {
        #expect(ArtefactRepair.privateUseScalars(in: text) == expected)
    }

    @Test func keptAndReportedPerRow() throws {
        let output = try Ingest.bytes(Array(Self.export.utf8), name: "gaiji.txt")
        #expect(output.records.map(\.opinion) == ["\u{E0A1}の字は外字で登録されている。", "窓口の案内を分かりやすくしてほしい。"])
        let warnings = output.diagnostics.filter { $0.code == "private-use-character" }
        #expect(warnings.map(\.line) == [4])
        #expect(warnings.first?.message.contains("U+E0A1") == true)
    }
}
