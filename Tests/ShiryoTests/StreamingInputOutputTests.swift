import Foundation
import JSONEmission
import JapaneseText
@testable import Shiryo
import ShiryoCore
import Testing

/// Issue 15: big text exports go through without whole-document copies — the JSON is written as it is
/// made (the same bytes as the tree's serialization), an existing output is compared as a stream, and
/// substring search on the parsers' hot path does not go through Foundation.
@Suite struct StreamingInputOutputTests {
    static let inputs = [
        "hiratsuka-h30-text/hiratsuka-h30-shiryo1-2.txt", "text-tables-libreoffice/pubcom-tables-libreoffice.txt",
        "hiratsuka-h30-pdf/hiratsuka-h30-shiryo1-2.pdf", "unmapped-headers",
    ]

    static func outputs() throws -> [ShiryoOutput] {
        try inputs.compactMap { path in
            let url = Repo.fixture(path)
            guard !url.hasDirectoryPath, FileManager.default.fileExists(atPath: url.path) else { return nil }
            return try Ingest.file(at: url)
        }
    }

    @Test func streamedJSONIsTheSerializedTree() throws {
        let outputs = try Self.outputs()
        #expect(outputs.count >= 3)
        var empty = outputs[0]
        empty.records = []
        for output in outputs + [empty] {
            var streamed = ""
            var pieces = 0
            output.streamJSON {
                streamed += $0; pieces += 1
            }
            #expect(streamed == output.json.serialized())
            #expect(pieces > output.records.count)  // a record at a time
        }
    }

    @Test func streamedWriteComparesWithWhatIsThere() throws {
        let scratch = try Scratch()
        let output = try #require(try Self.outputs().first)
        let target = scratch.path("Output/a.json")
        #expect(try OutputWriter.writeJSON(output, to: target, force: false))
        #expect(try scratch.data("Output/a.json") == OutputWriter.json(output))
        #expect(try !OutputWriter.writeJSON(output, to: target, force: false))  // identical: unchanged
        var other = output
        other.records.removeLast()
        #expect(throws: OutputWriter.WriteError.exists(target.relativePath)) { try OutputWriter.writeJSON(other, to: target, force: false) }
        var longer = output
        longer.records.append(output.records[0])
        #expect(throws: OutputWriter.WriteError.exists(target.relativePath)) {
            try OutputWriter.writeJSON(longer, to: target, force: false)
        }
        #expect(try OutputWriter.writeJSON(other, to: target, force: true))
        #expect(try scratch.data("Output/a.json") == OutputWriter.json(other))
        #expect(scratch.files(under: "Output") == ["a.json"])
    }

    @Test func chunkedComparisonSeesADifferenceAfterTheFirstMegabyte() throws {
        let scratch = try Scratch()
        let big = Data(repeating: 0x61, count: OutputSink.chunkBytes * 2 + 17)
        let target = scratch.path("big.json")
        #expect(try OutputWriter.write(big, to: target, force: false))
        #expect(try !OutputWriter.write(big, to: target, force: false))
        var changed = big
        changed[OutputSink.chunkBytes + 5] = 0x62
        #expect(throws: OutputWriter.WriteError.self) { try OutputWriter.write(changed, to: target, force: false) }
        #expect(throws: OutputWriter.WriteError.self) { try OutputWriter.write(big.dropLast(), to: target, force: false) }
    }

    @Test func substringSearchAgreesWithCharacterComparison() {
        let haystacks = [
            "施策名 意見内容 対応方針", "①意見内容", "　本市の産業においては、生産額", "a\r\nb", "か\u{3099}き", "がき",
            "e\u{301}x", "éx", "豈", "\u{F900}", "한국", "No. 12", "", "資料1-2", "ﾃｷｽﾄ", "ﾃﾞｰﾀ",
        ]
        let needles = [
            " ", "\u{3000}", "意見", "対応方針", "\n", "\r\n", "が", "か", "e", "é", "\u{8C48}", "한", "No.", "資料", "",
            "。", "ﾃ", "x",
        ]
        for haystack in haystacks {
            for needle in needles {
                let expected = needle.isEmpty || haystack.firstRange(of: needle) != nil
                #expect(haystack.contains(needle) == expected, "\(haystack.debugDescription) ∋ \(needle.debugDescription)")
            }
        }
    }
}
