import Foundation
import JSONEmission
import Shiryo
import ShiryoCore
import Testing

/// CSV for Excel and NDJSON: the bytes a spreadsheet or a log pipeline receives.
@Suite struct CSVTests {
    static func record(number: Int, opinion: String, pages: [(Int, Int)]) -> Record {
        Record(
            index: number, number: RowNumber(number),
            policy: Policy(text: "Ⅰ　強み（１）競争力", pillar: LabeledHeading(label: "Ⅰ", title: "強み"),
                           measure: LabeledHeading(label: "（１）", title: "競争力")),
            opinion: opinion, response: "対応します。",
            reflections: pages.map { first, last in
                Reflection(citation: first == last ? "p.\(first)" : "p.\(first)～\(last)", page: first, lastPage: last,
                           headings: ["Ⅰ強み"], sections: [ReflectionSection(label: "基本的な方向性", quotes: ["進めます。"])])
            },
            provenance: Provenance(pages: nil, lines: [1, 2], boxes: []))
    }

    @Test func csvHasBOMHeaderAndRFC4180Quoting() throws {
        let records = [
            Self.record(number: 1, opinion: "普通の意見", pages: [(39, 39), (107, 107)]),
            Self.record(number: 2, opinion: "a, b and \"quoted\"\nsecond line", pages: [(3, 5), (3, 5), (8, 8)]),
        ]
        let data = try RecordCSV.data(records)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        #expect(text == """
            番号,柱,施策,意見内容,対応方針,反映ページ,反映内容\r
            1,Ⅰ強み,（１）競争力,普通の意見,対応します。,39;107,"p.39 Ⅰ強み
            ＜基本的な方向性＞
            「進めます。」
            p.107 Ⅰ強み
            ＜基本的な方向性＞
            「進めます。」"\r
            2,Ⅰ強み,（１）競争力,"a, b and ""quoted""
            second line",対応します。,3-5;8,"p.3～5 Ⅰ強み
            ＜基本的な方向性＞
            「進めます。」
            p.3～5 Ⅰ強み
            ＜基本的な方向性＞
            「進めます。」
            p.8 Ⅰ強み
            ＜基本的な方向性＞
            「進めます。」"\r

            """)
    }

    @Test func csvOfTheSeedHasOneLinePerRecord() throws {
        let output = try Ingest.file(at: Repo.fixture(Seed.text))
        let rows = output.records.map(RecordCSV.row)
        #expect(rows.map(\.first) == (1...10).map { String($0) })
        #expect(rows.map { $0[5] } == ["39", "107", "39", "39", "40;107", "22", "44", "43", "45", "45"])
        #expect(rows[0][1] == "Ⅰ強みを活かしたしごとづくり")
        #expect(rows[0][2] == "（１）基幹産業の競争力を強化する")
        #expect(rows.allSatisfy { $0.count == RecordCSV.header.count })
    }

    @Test func ndjsonIsOneSortedRecordPerLine() throws {
        let output = try Ingest.file(at: Repo.fixture(Seed.text))
        let text = try #require(String(data: NDJSON.data(output.records), encoding: .utf8))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 11 && lines.last == "")
        let expected = try JSONValue.parse(Data(contentsOf: Repo.fixture(Seed.textExpected)))["records"]?.arrayValue ?? []
        for (line, record) in zip(lines, expected) {
            let parsed = try JSONValue.parse(Data(line.utf8))
            #expect(JSONDiff.differences(expected: record, actual: parsed) == [])
            #expect(String(line) == parsed.serializedCompact(), "keys sorted, compact")
        }
        #expect(String(line: lines[0]).hasPrefix("{\"group\":null,\"index\":1,\"number\":\"1\",\"numberText\":\"1\",\"opinion\":"))
    }
}

extension String {
    fileprivate init(line: Substring) { self.init(line) }
}
