import Foundation
import JapaneseText
import JSONEmission
import Shiryo
import ShiryoCore
import Testing

/// The seed text export in every charset a municipal PC writes must decode to the UTF-8 seed's text and
/// give the same records. CP932 and EUC-JP come from iconv (Scripts/fixtures/encodings.sh); the BOM and
/// UTF-16 variants are built here from the UTF-8 bytes.
@Suite struct EncodingTests {
    static let seedURL = Repo.fixture("hiratsuka-h30-text/hiratsuka-h30-shiryo1-2.txt")
    static let seedBytes = Array((try? Data(contentsOf: seedURL)) ?? Data())
    static let seedText = String(decoding: seedBytes, as: UTF8.self)

    struct Variant: Sendable, CustomStringConvertible {
        var name: String
        var charset: String
        var bytes: @Sendable () -> [UInt8]
        var description: String { name }
    }

    static func utf16(_ bigEndian: Bool, bom: Bool) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in seedText.utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    static func committed(_ name: String) -> [UInt8] {
        Array((try? Data(contentsOf: Repo.fixture("encodings/\(name)"))) ?? Data())
    }

    static let variants: [Variant] = [
        Variant(name: "UTF-8", charset: "UTF-8") { seedBytes },
        Variant(name: "UTF-8 with BOM", charset: "UTF-8") { [0xEF, 0xBB, 0xBF] + seedBytes },
        Variant(name: "UTF-16LE with BOM", charset: "UTF-16LE") { utf16(false, bom: true) },
        Variant(name: "UTF-16BE with BOM", charset: "UTF-16BE") { utf16(true, bom: true) },
        Variant(name: "UTF-16LE without BOM", charset: "UTF-16LE") { utf16(false, bom: false) },
        Variant(name: "UTF-16BE without BOM", charset: "UTF-16BE") { utf16(true, bom: false) },
        Variant(name: "Shift_JIS (CP932)", charset: "windows-31j") { committed("seed.cp932.txt") },
        Variant(name: "EUC-JP", charset: "EUC-JP") { committed("seed.euc-jp.txt") },
        // Windows writes CP932 with CRLF line ends (0x0A is never a Shift_JIS trail byte).
        Variant(name: "Shift_JIS (CP932) with CRLF", charset: "windows-31j") { crlf(committed("seed.cp932.txt")) },
        Variant(name: "UTF-16LE with BOM and CRLF", charset: "UTF-16LE") { crlf16(utf16(false, bom: true)) },
    ]

    static func crlf(_ bytes: [UInt8]) -> [UInt8] { bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] } }

    static func crlf16(_ bytes: [UInt8]) -> [UInt8] {
        stride(from: 0, to: bytes.count, by: 2).flatMap { index -> [UInt8] in
            let unit = [bytes[index], bytes[index + 1]]
            return unit == [0x0A, 0x00] ? [0x0D, 0x00, 0x0A, 0x00] : unit
        }
    }

    @Test(arguments: variants)
    func decodesToTheSeedText(_ variant: Variant) throws {
        let bytes = variant.bytes()
        try #require(!bytes.isEmpty && !Self.seedBytes.isEmpty)
        let decoded = try TextDecoding.decode(bytes, file: "seed.txt")
        #expect(decoded.charset == variant.charset)
        #expect(decoded.text.replacingOccurrences(of: "\r\n", with: "\n") == Self.seedText)
    }

    @Test(arguments: variants)
    func givesTheSeedRecords(_ variant: Variant) throws {
        let expected = try Ingest.bytes(Self.seedBytes, name: "seed.txt").json
        let actual = try Ingest.bytes(variant.bytes(), name: "seed.txt").json
        #expect(actual["document"] == expected["document"])
        let differences = JSONDiff.differences(expected: expected["records"] ?? .null, actual: actual["records"] ?? .null)
        #expect(differences.isEmpty, "\(GoldenDiff.lines(differences, limit: 10))")
    }

    /// Characters Windows adds to Shift_JIS (NEC row 13 and IBM extensions) must come through as printed.
    @Test(arguments: [
        ([0x87, 0x40] as [UInt8], "①"), ([0x87, 0x54], "Ⅰ"), ([0x87, 0x82], "№"), ([0x81, 0x60], "～"),
        ([0x87, 0x8A], "㈱"), ([0x81, 0x7C], "－"), ([0x82, 0x6F, 0x82, 0x71], "ＰＲ"),
    ])
    func cp932SpecificCharacters(_ bytes: [UInt8], _ expected: String) {
        #expect(ICU.convert(bytes, from: "windows-31j") == .success(expected))
    }

    @Test func shiftJISLineIsDetectedAndKeepsCP932Characters() throws {
        // 「①意見内容　Ⅰ　№１　p.39～40」 in CP932, repeated so the detector has enough to go on.
        let line: [UInt8] = [
            0x87, 0x40, 0x88, 0xD3, 0x8C, 0xA9, 0x93, 0xE0, 0x97, 0x65, 0x81, 0x40, 0x87, 0x54,
            0x81, 0x40, 0x87, 0x82, 0x82, 0x50, 0x81, 0x40, 0x70, 0x2E, 0x33, 0x39, 0x81, 0x60,
            0x34, 0x30, 0x0A,
        ]
        let decoded = try TextDecoding.decode(Array([[UInt8]](repeating: line, count: 8).joined()), file: "x.txt")
        #expect(decoded.charset == "windows-31j")
        #expect(decoded.text.split(separator: "\n").first == "①意見内容　Ⅰ　№１　p.39～40")
    }

    /// Full-width-only Shift_JIS lines with CRLF keep every code unit aligned and look like UTF-16BE kanji;
    /// having no NUL byte, they must still be read as Shift_JIS. Plain ASCII must stay UTF-8.
    @Test(arguments: [
        (
            Array(
                [[UInt8]](
                    repeating: [
                        0x82, 0xA0, 0x82, 0xA2, 0x82, 0xA4, 0x8A, 0xBF, 0x8E, 0x9A, 0x82, 0xCC, 0x8C, 0x9F,
                        0x93, 0xA2, 0x82, 0xF0, 0x90, 0x69, 0x82, 0xDF, 0x82, 0xE9, 0x81, 0x42, 0x0D, 0x0A,
                    ],
                    count: 6
                ).joined()),
            "windows-31j", "あいう漢字の検討を進める。"
        ),
        (Array("No. 1 smart city\nNo. 2 open data\n".utf8), "UTF-8", "No. 1 smart city"),
    ])
    func legacyAndASCIITextIsNotTakenForUTF16(_ bytes: [UInt8], _ charset: String, _ firstLine: String) throws {
        let decoded = try TextDecoding.decode(bytes, file: "x.txt")
        #expect(decoded.charset == charset)
        #expect(decoded.text.split(whereSeparator: \.isNewline).first.map(String.init) == firstLine)
    }

    @Test func invalidShiftJISNamesTheLine() {
        // Line 2 ends in a lead byte with no trail byte; no Japanese charset can read it.
        let bytes: [UInt8] = Array("ok\n".utf8) + [0x82, 0xA0, 0x0A, 0x82, 0xA0, 0x82] + Array("\n".utf8)
        #expect(throws: IngestError.self) { try TextDecoding.decode(bytes, file: "bad.txt") }
    }
}
