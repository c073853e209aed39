import Foundation
import PDFExtraction
import Shiryo
import ShiryoCore
@testable import TableParsing
import Testing

/// Issue 15: absurd numbers in a PDF (text matrices, horizontal scale, page boxes, operands no double holds)
/// are checked where they enter; the table is still read, with a diagnostic where something was left out.
@Suite struct HostileInputTests {
    /// Fixtures/bad/hostile-* made by Scripts/fixtures/make_hostile_pdfs.py: before the checks, the first
    /// four crashed the whole batch (Int conversion trap, "failed to allocate 800 GB / 40 GB / 4 GB").
    static let recovered: [(folder: String, codes: Set<String>)] = [
        ("hostile-text-matrix-1e30", ["glyphs-dropped"]),
        ("hostile-horizontal-scale-1e12", ["glyphs-dropped"]),
        ("hostile-mediabox-1e10", ["page-size-clamped", "glyphs-dropped"]),
        ("hostile-mediabox-1e9", ["page-size-clamped", "glyphs-dropped"]),
        ("hostile-text-matrix-exponent", []),
        ("hostile-overflowing-operands", []),
        ("hostile-mediabox-empty", []),
    ]

    @Test func everyHostileFixtureIsTested() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Repo.fixture("bad").path)
            .filter { $0.hasPrefix("hostile-") }
        let refused = ["hostile-count-oversized", "hostile-count-above-kids"]
        #expect(Set(folders) == Set(Self.recovered.map(\.folder) + refused))
        #expect(Self.recovered.count >= 7)
    }

    @Test(arguments: recovered)
    func tableIsReadAndRepairsAreReported(_ folder: String, _ codes: Set<String>) throws {
        let output = try Ingest.file(at: Repo.fixture("bad/\(folder)/input.pdf"))
        #expect(output.records.map(\.number) == ["1", "2", "3"])
        #expect(output.records.map(\.opinion) == ["歩道が狭く危険である。", "公園の遊具が古い。", "待機児童をなくしてほしい。"])
        #expect(Set(output.diagnostics.map(\.code)) == codes)
        for diagnostic in output.diagnostics { #expect(diagnostic.page == 1 && diagnostic.severity == .warning) }
    }

    @Test func oversizedCountSaysWhatIsWrong() {
        #expect(
            throws: IngestError(
                file: "input.pdf",
                problem: .damagedPDF(
                    detail: "its page list says it has 1000000000 pages, but none can be found"))
        ) {
            try Ingest.file(at: Repo.fixture("bad/hostile-count-oversized/input.pdf"))
        }
    }

    /// The parser on its own (no PDFReader checks in front): absurd but finite boxes neither trap nor
    /// allocate by width. (They do disturb the rows: that is why PDFReader drops them first.)
    @Test func geometryTakesAbsurdGlyphsWithoutTrapping() throws {
        let reader = try PDFReader(bytes: Array(Data(contentsOf: Repo.fixture(Seed.pdf))), file: "seed.pdf")
        var page = try reader.page(1)
        let row = try #require(page.glyphs.last { $0.character == "。" })
        page.glyphs += [
            PositionedGlyph(character: "注", x: row.x + 20, y: row.y, width: 1e30, height: row.height, fontSize: 1e30),
            PositionedGlyph(character: "記", x: 1e300, y: row.y, width: 1e300, height: row.height, fontSize: 10),
            PositionedGlyph(character: "外", x: -1e300, y: row.y, width: 5, height: row.height, fontSize: -1),
        ]
        var parser = GeometryTableParser(file: "seed.pdf")
        try parser.consume(page)
        let completed = parser.takeCompletedRows()
        let table = try parser.finish()
        #expect(!(completed + table.rows).isEmpty)
        #expect(table.columns.count >= 4)
    }

    @Test func pageSizesAreClampedOrReplaced() {
        let huge = PageGeometryLimits.pageSize(width: 1e10, height: 595)
        #expect(huge.width == 14_400 && huge.height == 595)
        #expect(huge.problem == "the page size (1e+10 × 595 pt) is larger than PDF allows; only its first 14400 pt each way were read")
        let nan = PageGeometryLimits.pageSize(width: .nan, height: 842)
        #expect(nan.width == 595 && nan.height == 842 && nan.problem?.contains("NaN × 842") == true)
        #expect(PageGeometryLimits.pageSize(width: 0, height: 0).problem != nil)
        #expect(PageGeometryLimits.pageSize(width: 842, height: 595).problem == nil)
    }

    @Test func glyphsAreDroppedOrClippedToThePage() throws {
        func glyph(x: Double, y: Double = 100, width: Double = 10, height: Double = 10, size: Double = 10) -> PositionedGlyph {
            PositionedGlyph(character: "字", x: x, y: y, width: width, height: height, fontSize: size)
        }
        let check = { (g: PositionedGlyph) in PageGeometryLimits.glyph(g, pageWidth: 842, pageHeight: 595) }
        #expect(check(glyph(x: 100)) == glyph(x: 100))
        #expect(check(glyph(x: .nan)) == nil)
        #expect(check(glyph(x: 100, width: .infinity)) == nil)
        #expect(check(glyph(x: 100, width: 1e30)) == nil, "wider than the page")
        #expect(check(glyph(x: 5e8)) == nil, "off the page")
        #expect(check(glyph(x: -1e300)) == nil)
        let clipped = try #require(check(glyph(x: 835, width: 100, height: 10)))
        #expect(clipped.x == 835 && clipped.maxX == 842 + PageGeometryLimits.offPageSlack)
        #expect(check(glyph(x: 100, size: 1e12))?.fontSize == 10, "font size beyond the page: the box height")
        #expect(check(glyph(x: 100, size: .nan))?.fontSize == 10)
    }

    @Test func declaredPageCountIsRead() {
        #expect(PageGeometryLimits.declaredPageCount(Array("<< /Type /Pages /Count 1000000000 /Kids [] >>".utf8)) == 1_000_000_000)
        #expect(PageGeometryLimits.declaredPageCount(Array("<< /Count 0 >> << /Count\n3 >>".utf8)) == 3)
        #expect(PageGeometryLimits.declaredPageCount(Array("%PDF-1.4 no tree".utf8)) == nil)
        #expect(PageGeometryLimits.declaredPageCount(Array("/Count 99999999999999999999999".utf8)) == 1_000_000_000_000)
    }

    @Test func saturatingConversionNeverTraps() {
        #expect(Int(saturating: 1e30) == .max)
        #expect(Int(saturating: -1e30) == .min)
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: .infinity) == .max)
        #expect(Int(saturating: 9.223372036854775807e18) == .max)
        #expect(Int(saturating: 12.7) == 12)
        #expect(Int(saturating: 12.5, rounding: .toNearestOrAwayFromZero) == 13)
        #expect(Int(saturating: -3.2, rounding: .down) == -4)
    }

    /// Column coverage as runs equals counting point by point (the old array), and a 1e18-point-wide glyph
    /// costs two runs, not 1e18 entries.
    @Test func coverageRunsMatchPointCounts() {
        let glyphs = [(10.0, 5.0), (12.0, 8.0), (40.0, 2.0), (41.0, 30.0)].map { x, width in
            PositionedGlyph(character: "字", x: x, y: 0, width: width, height: 10, fontSize: 10)
        }
        let runs = ColumnLayoutBuilder.coverage(of: glyphs, origin: 10, width: 70)
        var expanded: [Int] = []
        for run in runs { expanded += Array(repeating: run.all, count: run.end - run.start) }
        var points = [Int](repeating: 0, count: 70)
        for glyph in glyphs {
            let inset = glyph.width * 0.1
            let from = max(0, Int((glyph.x + inset).rounded(.down)) - 10), to = min(69, Int((glyph.maxX - inset).rounded(.up)) - 10)
            if from <= to { for x in from...to { points[x] += 1 } }
        }
        #expect(expanded == points)
        let wide = PositionedGlyph(character: "字", x: 0, y: 0, width: 1e18, height: 10, fontSize: 10)
        #expect(ColumnLayoutBuilder.coverage(of: [wide], origin: 0, width: Int(saturating: 1e18)).count <= 3)
    }

    /// The binary search gives the band the old scan gave, for every y around every edge.
    @Test func bandSearchMatchesTheScan() {
        let edges = [-Double.infinity, 10, 10, 20.25, 31, 31.4, 50, .infinity]
        let scan = { (y: Double) in edges.indices.dropLast().first { RowBands.lies(y, inBand: $0, edges: edges) } }
        for y in stride(from: -5.0, through: 60, by: 0.05) {
            #expect(RowBands.band(of: y, edges: edges) == scan(y), "y \(y)")
        }
        #expect(RowBands.band(of: .nan, edges: edges) == nil)
        #expect(SortedSearch.lastIndex(in: [1, 2, 2, 3], atMost: 2) == 2)
        #expect(SortedSearch.lastIndex(in: [1, 2], atMost: 0.5) == nil)
        #expect(SortedSearch.contains(in: [1, 5, 9], near: 6, within: 1) && !SortedSearch.contains(in: [1, 5, 9], near: 7, within: 1))
    }
}
