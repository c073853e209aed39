import Foundation
import PDFExtraction
import Shiryo
import ShiryoCore
import Testing

/// Ruling lines read from generated PDFs whose lines are known (Scripts/fixtures/make_ruling_pdfs.py; one case a
/// page). Positions are checked within `RulingExpectation.tolerance`: the raster has one pixel a point and poppler
/// moves a thin stroke onto the middle of a pixel.
@Suite struct RulingDetectionTests {
    static let pdf = Repo.fixture("rulings/reportlab-rulings.pdf")
    static let columns = [40.0, 140, 240, 360]
    static let rows = [40.0, 70, 100, 130, 160]

    static func rulings(page: Int) throws -> [RulingLine] {
        let reader = try PDFReader(bytes: Array(Data(contentsOf: pdf)), file: pdf.lastPathComponent)
        return try reader.page(page).rulings
    }

    /// The generator's grid as lines: each row a horizontal line across all columns, each column a vertical one.
    static var grid: [RulingExpectation] {
        rows.map { RulingExpectation(.horizontal, at: $0, from: columns.first!, to: columns.last!) }
            + columns.map { RulingExpectation(.vertical, at: $0, from: rows.first!, to: rows.last!) }
    }

    @Test(arguments: [
        (1, "0.5 pt strokes"), (3, "0.1 pt hairlines"), (4, "1.5 pt strokes"),
        (5, "thin filled rectangles, one per cell side"), (6, "dashed strokes"),
        (7, "shaded header row and a dark block beside the table"),
    ])
    func fullGridIsNineLines(page: Int, drawnAs: String) throws {
        let found = try Self.rulings(page: page)
        RulingExpectation.expectMatch(found, Self.grid, "page \(page) (\(drawnAs))")
    }

    @Test func horizontalRulesOnly() throws {
        let found = try Self.rulings(page: 2)
        RulingExpectation.expectMatch(found, Self.grid.filter { $0.orientation == .horizontal }, "page 2 (Excel-style rules)")
    }

    @Test func thicknessIsMeasured() throws {
        let thick = try Self.rulings(page: 4).map(\.thickness)
        #expect(thick.allSatisfy { abs($0 - 1.5) <= 0.25 }, "\(thick)")
        let rectangles = try Self.rulings(page: 5).map(\.thickness)
        #expect(rectangles.allSatisfy { abs($0 - 0.5) <= 0.25 }, "\(rectangles)")
    }

    /// /Rotate 90: the page is shown 300 × 400 and lines come in the frame of the glyphs (x = 300 − y, y = x).
    @Test func rotatedPageIsReadAsDisplayed() throws {
        let reader = try PDFReader(bytes: Array(Data(contentsOf: Self.pdf)), file: Self.pdf.lastPathComponent)
        let page = try reader.page(8)
        #expect(page.width == 300 && page.height == 400)
        let expected =
            Self.rows.map { RulingExpectation(.vertical, at: 300 - $0, from: 40, to: 360) }
            + Self.columns.map { RulingExpectation(.horizontal, at: $0, from: 140, to: 260) }
        RulingExpectation.expectMatch(page.rulings, expected, "page 8 (rotated)")
        let number = try #require(page.glyphs.first { $0.character == "番" })
        #expect(number.midX > 230 && number.midX < 260 && number.midY > 40 && number.midY < 140, "glyphs in the same frame")
    }

    @Test func textIsNotARuling() throws {
        #expect(try Self.rulings(page: 9) == [], "rows of ＿, ─, ー, 一, …… and kanji strokes")
    }

    /// The 8 × 8 block transposition gives what a pixel-by-pixel copy gives, for sizes with and without edges.
    @Test(arguments: [(1, 1), (8, 8), (7, 9), (13, 21), (64, 33), (842, 596)])
    func transposedIsPixelByPixel(width: Int, height: Int) {
        var generator = SystemRandomNumberGenerator()
        let ink = (0..<(width * height)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let raster = InkRaster(width: width, height: height, pixelsPerPoint: 1, ink: ink)
        var expected = [UInt8](repeating: 0, count: ink.count)
        for row in 0..<height { for column in 0..<width { expected[column * height + row] = ink[row * width + column] } }
        #expect(raster.transposed() == expected)
    }

    /// Fixtures/rulings holds test PDFs, not a golden fixture: `shiryo check Fixtures` must not look for records there.
    @Test func rulingPDFsAreNotAFixture() {
        #expect(FileManager.default.fileExists(atPath: Self.pdf.path))
        #expect(!Fixture.all(in: Repo.fixtures).contains { $0.folder.lastPathComponent == "rulings" })
    }
}

/// An expected line: orientation, position and extent, matched within `tolerance` points.
struct RulingExpectation: CustomStringConvertible {
    /// Points: half a pixel of the 1 px/pt raster for positions (poppler's stroke adjustment), one pixel for ends
    /// (anti-aliased butt ends, dash phase).
    static let tolerance = 1.0
    var orientation: RulingLine.Orientation
    var position: Double
    var start: Double
    var end: Double

    init(_ orientation: RulingLine.Orientation, at position: Double, from start: Double, to end: Double) {
        (self.orientation, self.position, self.start, self.end) = (orientation, position, start, end)
    }

    var description: String { "\(orientation) at \(position) from \(start) to \(end)" }

    func matches(_ line: RulingLine) -> Bool {
        line.orientation == orientation && abs(line.position - position) <= Self.tolerance
            && abs(line.start - start) <= Self.tolerance && abs(line.end - end) <= Self.tolerance
    }

    /// Exactly the expected lines: same count, each expected one matched by a found one.
    static func expectMatch(
        _ found: [RulingLine], _ expected: [RulingExpectation], _ context: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let listing = found.map { "\($0.orientation) at \($0.position) from \($0.start) to \($0.end)" }.joined(separator: "\n")
        #expect(
            found.count == expected.count, "\(context): \(found.count) lines, expected \(expected.count)\n\(listing)",
            sourceLocation: sourceLocation)
        for line in expected where !found.contains(where: line.matches) {
            Issue.record("\(context): no line \(line)\n\(listing)", sourceLocation: sourceLocation)
        }
    }
}

/// Office-suite PDFs from the maker fixtures: LibreOffice Writer (a table with a shaded heading row, borders
/// drawn as strokes) and Calc (cells merged down the first column, text touching the borders). Expected lines
/// are what pdfplumber reads from the PDFs' vector paths, rounded to the point.
@Suite struct OfficeRulingTests {
    static func rulings(_ fixture: String, page: Int) throws -> [RulingLine] {
        let url = Repo.fixture(fixture)
        return try PDFReader(bytes: Array(Data(contentsOf: url)), file: url.lastPathComponent).page(page).rulings
    }

    static func lines(_ orientation: RulingLine.Orientation, at positions: [Double], from start: Double, to end: Double)
        -> [RulingExpectation]
    {
        positions.map { RulingExpectation(orientation, at: $0, from: start, to: end) }
    }

    @Test func writerTable() throws {
        let found = try Self.rulings("maker-libreoffice-writer/kamome-r6-writer.pdf", page: 1)
        let expected =
            Self.lines(.horizontal, at: [85.3, 99.3, 215.5, 298.7, 436.9, 509.1, 603.3, 675.5], from: 28.3, to: 487.7)
            + Self.lines(.vertical, at: [28.4, 56.7, 164.4, 266.5, 436.6, 487.6], from: 85.3, to: 675.5)
        RulingExpectation.expectMatch(found, expected, "Writer page 1")
    }

    @Test func calcSheetWithMergedCells() throws {
        let found = try Self.rulings("maker-libreoffice-calc/kamome-r6-calc.pdf", page: 1)
        let columns = [28.3, 53.8, 155.8, 331.6, 351.4, 527.2, 547.0, 756.8]
        // Rows 130.7 and 250.0 stop at the first column's merged cell and go on after the second column.
        let expected =
            Self.lines(.horizontal, at: [53.7, 66.5, 168.0, 287.3], from: 28.3, to: 756.8)
            + Self.lines(.horizontal, at: [130.7, 250.0], from: 28.3, to: 53.8)
            + Self.lines(.horizontal, at: [130.7, 250.0], from: 155.8, to: 756.8)
            + Self.lines(.vertical, at: columns, from: 53.7, to: 287.3)
        RulingExpectation.expectMatch(found, expected, "Calc page 1")
    }
}
