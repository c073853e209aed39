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
            policy: Policy(
                text: "Ⅰ　強み（１）競争力", pillar: LabeledHeading(label: "Ⅰ", title: "強み"),
                measure: LabeledHeading(label: "（１）", title: "競争力")),
            opinion: opinion, response: "対応します。",
            reflections: pages.map { first, last in
                Reflection(
                    citation: first == last ? "p.\(first)" : "p.\(first)～\(last)", page: first, lastPage: last,
                    headings: ["Ⅰ強み"], sections: [ReflectionSection(label: "基本的な方向性", quotes: ["進めます。"])])
            },
            provenance: Provenance(pages: nil, lines: [1, 2], boxes: []))
    }

    static func output(_ records: [Record], path: String = "第1回/資料.pdf", diagnostics: [Diagnostic] = []) -> ShiryoOutput {
        ShiryoOutput(
            source: SourceInfo(file: "資料.pdf", path: path, sha256: "", format: .pdf, pageCount: 2),
            document: DocumentInfo(id: nil, title: nil, fiscalYear: nil, columns: []),
            records: records, diagnostics: diagnostics)
    }

    @Test func csvHasBOMHeaderAndRFC4180Quoting() throws {
        var second = Self.record(number: 2, opinion: "a, b and \"quoted\"\nsecond line", pages: [(3, 5), (3, 5), (8, 8)])
        second.group = "１　総論について"
        second.provenance.pages = [1, 2]
        let records = [Self.record(number: 1, opinion: "普通の意見", pages: [(39, 39), (107, 107)]), second]
        let diagnostics = [
            Diagnostic(.info, code: "row-continued", message: "row 2 continues on page 2", page: 2, record: 2),
            Diagnostic(.warning, code: "empty-response", message: "row 2 has no response text", record: 2),
            Diagnostic(.info, code: "blank-page", message: "page 3 has no text", page: 3),
        ]
        let data = try RecordCSV.data(Self.output(records, diagnostics: diagnostics))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        #expect(
            text == """
                ファイル,ページ,表,分類,番号,柱,施策,意見内容,対応方針,反映ページ,反映内容,注意事項\r
                第1回/資料.pdf,,1,,1,Ⅰ 強み,（１） 競争力,普通の意見,対応します。,39;107,"p.39 Ⅰ強み
                ＜基本的な方向性＞
                「進めます。」
                p.107 Ⅰ強み
                ＜基本的な方向性＞
                「進めます。」",\r
                第1回/資料.pdf,1;2,1,１　総論について,2,Ⅰ 強み,（１） 競争力,"a, b and ""quoted""
                second line",対応します。,3-5;8,"p.3～5 Ⅰ強み
                ＜基本的な方向性＞
                「進めます。」
                p.3～5 Ⅰ強み
                ＜基本的な方向性＞
                「進めます。」
                p.8 Ⅰ強み
                ＜基本的な方向性＞
                「進めます。」","info row-continued: row 2 continues on page 2
                warning empty-response: row 2 has no response text"\r

                """)
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "'\rx"), ("普通", "普通"), ("1-1", "1-1"), ("", ""), ("＝全角", "＝全角"),
    ])
    func formulaCellsAreNeutralised(_ cell: String, _ written: String) {
        #expect(RecordCSV.neutralized(cell) == written)
    }

    @Test func aFormulaInAnOpinionIsWrittenAsText() throws {
        let record = Self.record(number: 1, opinion: "=HYPERLINK(\"http://evil\",\"x\")", pages: [])
        let text = try #require(String(data: RecordCSV.data(Self.output([record])), encoding: .utf8))
        #expect(text.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","))
        #expect(!text.contains(",=HYPERLINK"))
    }

    @Test func csvOfTheSeedHasOneLinePerRecord() throws {
        let output = try Ingest.file(at: Repo.fixture(Seed.text))
        let rows = output.records.map { RecordCSV.row($0, of: output) }
        #expect(rows.map { $0[4] } == (1...10).map { String($0) })
        #expect(rows.map { $0[9] } == ["39", "107", "39", "39", "40;107", "22", "44", "43", "45", "45"])
        #expect(rows[0][5] == "Ⅰ 強みを活かしたしごとづくり")
        #expect(rows[0][6] == "（１） 基幹産業の競争力を強化する")
        #expect(rows[0][0] == "hiratsuka-h30-shiryo1-2.txt" && rows[0][1] == "" && rows[0][2] == "1")
        #expect(
            rows[4][11] == """
                warning reflection-reattached: citation p.40 printed before row 5 was attached to row 5
                warning reflection-reattached: citation p.107 printed before row 5 was attached to row 5
                """)
        #expect(rows.allSatisfy { $0.count == RecordCSV.header.count })
    }

    @Test func ndjsonIsOneSortedRecordPerLine() throws {
        let output = try Ingest.file(at: Repo.fixture(Seed.text))
        let text = try #require(String(data: NDJSON.data(output), encoding: .utf8))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 11 && lines.last == "")
        let expected = try JSONValue.parse(Data(contentsOf: Repo.fixture(Seed.textExpected)))["records"]?.arrayValue ?? []
        for (line, record) in zip(lines, expected) {
            let parsed = try JSONValue.parse(Data(line.utf8))
            guard case .object(var members) = parsed else { Issue.record("not an object"); continue }
            // Each line names its input, so lines of many files can be concatenated.
            #expect(
                members.removeValue(forKey: "source")
                    == .object([
                        "file": .string("hiratsuka-h30-shiryo1-2.txt"), "path": .string("hiratsuka-h30-shiryo1-2.txt"),
                        "sha256": .string(output.source.sha256),
                    ]))
            #expect(JSONDiff.differences(expected: record, actual: .object(members)) == [])
            #expect(String(line) == parsed.serializedCompact(), "keys sorted, compact")
        }
        #expect(String(line: lines[0]).hasPrefix("{\"group\":null,\"index\":1,\"number\":\"1\",\"numberText\":\"1\",\"opinion\":"))
    }
}

extension String {
    fileprivate init(line: Substring) { self.init(line) }
}

/// `ingest --csv-combined`: one CSV of every file of a run, the same bytes whatever --jobs is.
@Suite struct CombinedCSVTests {
    @Test func oneCSVForTheRunOrderedByOutputPath() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "資料/第2回/b.txt")
        try scratch.copy(fixture: Seed.text, to: "資料/第1回/a.txt")
        try scratch.copy(fixture: "extra-columns-text/r4-shingikai-taiou-shiryo3-1.txt", to: "資料/第1回/c.txt")
        let parallel = try CLI.run(["ingest", "-q", "-j", "2", "資料", "--csv-combined", "all.csv"], in: scratch.url)
        #expect(parallel.status == 0, "\(parallel.stderr)")
        let serial = try CLI.run(["ingest", "-q", "-j", "1", "-o", "O2", "資料", "--csv-combined", "all2.csv"], in: scratch.url)
        #expect(serial.status == 0)
        let data = try scratch.data("all.csv")
        #expect(data == (try scratch.data("all2.csv")))
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("ファイル,ページ,表,分類,番号,") && lines[0].hasSuffix(",注意事項,担当課,備考"))
        // Records start a line with their file; wrapped cells add lines without one.
        let files = lines.dropFirst().compactMap { line in ["第1回/a.txt", "第1回/c.txt", "第2回/b.txt"].first { line.hasPrefix($0 + ",") } }
        #expect(
            files == Array(repeating: "第1回/a.txt", count: 10) + Array(repeating: "第1回/c.txt", count: 5)
                + Array(repeating: "第2回/b.txt", count: 10))
        // The JSON outputs are written as usual.
        #expect(scratch.files(under: "Output") == ["第1回/a.json", "第1回/c.json", "第2回/b.json"])
    }

    @Test func theCombinedCSVIsNotOverwrittenWithoutForce() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.text, to: "a.txt")
        try scratch.write("keep me", to: "all.csv")
        let result = try CLI.run(["ingest", "-q", "a.txt", "--csv-combined", "all.csv"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("all.csv already exists with different content"))
        #expect(try scratch.data("all.csv") == Data("keep me".utf8))
        let forced = try CLI.run(["ingest", "-q", "--force", "a.txt", "--csv-combined", "all.csv"], in: scratch.url)
        #expect(forced.status == 0)
        #expect(try scratch.data("all.csv") == (try RecordCSV.data(Ingest.file(at: scratch.path("a.txt"), path: "a.txt"))))
    }
}
