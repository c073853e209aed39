import PDFExtraction
import ShiryoCore
import Testing

/// Each ruling-line threshold pinned (issue 13): a synthetic 1 px/pt raster just inside the threshold and one
/// just outside it, so moving the tolerance by half either way (`Scripts/mutate-tolerances`) flips a case.
@Suite struct RulingTolerancePinTests {
    /// A white raster, 1 pixel a point, painted with rectangles of ink.
    struct Canvas {
        let width = 160, height = 80
        var ink: [UInt8]

        init() { ink = Array(repeating: 0, count: width * height) }

        mutating func fill(x: Range<Int>, y: Range<Int>, _ value: UInt8) {
            for row in y { for column in x { ink[row * width + column] = value } }
        }

        var horizontal: [RulingLine] { horizontal(glyphs: []) }

        func horizontal(glyphs: [PositionedGlyph]) -> [RulingLine] {
            RulingDetector.rulings(in: InkRaster(width: width, height: height, pixelsPerPoint: 1, ink: ink), glyphs: glyphs)
                .filter { $0.orientation == .horizontal }
        }
    }

    /// A horizontal line, 1 px thick, at row `row` over `x`, among `glyphs`.
    static func line(x: Range<Int>, row: Int, glyphs: [PositionedGlyph]) -> [RulingLine] {
        var canvas = Canvas()
        canvas.fill(x: x, y: row..<(row + 1), 255)
        return canvas.horizontal(glyphs: glyphs)
    }

    /// `count` glyphs side by side from `x`, each `width` × `height` pt.
    static func glyphs(_ character: Character, count: Int, x: Double, y: Double, width: Double, height: Double) -> [PositionedGlyph] {
        (0..<count).map { index in
            PositionedGlyph(character: character, x: x + Double(index) * width, y: y, width: width, height: height, fontSize: width)
        }
    }

    /// A horizontal line, 1 px thick, at row `y`.
    static func line(x: Range<Int>, y: Int = 30, ink: UInt8 = 255) -> [RulingLine] {
        var canvas = Canvas()
        canvas.fill(x: x, y: y..<(y + 1), ink)
        return canvas.horizontal
    }

    @Test func faintInk() {
        #expect(Self.line(x: 10..<110, ink: 15).isEmpty, "below faintInk (20): paper, not a line")
        #expect(Self.line(x: 10..<110, ink: 25).count == 1, "above faintInk (20): a hairline")
    }

    @Test func minLength() {
        #expect(Self.line(x: 10..<14).isEmpty, "4 pt is shorter than minLength (5 pt)")
        #expect(Self.line(x: 10..<16).count == 1, "6 pt is a ruling")
    }

    @Test func maxThickness() {
        func band(_ thickness: Int) -> [RulingLine] {
            var canvas = Canvas()
            canvas.fill(x: 10..<60, y: 20..<(20 + thickness), 255)
            return canvas.horizontal
        }
        // maxThickness 4.5 pt allows runs of 5 + 2 anti-aliased pixels.
        #expect(band(6).count == 1, "a 6 px run is a thick border")
        #expect(band(8).isEmpty, "an 8 px run is a filled area")
    }

    @Test func joinGap() {
        func pieces(gap: Int) -> [RulingLine] {
            var canvas = Canvas()
            canvas.fill(x: 10..<30, y: 30..<31, 255)
            canvas.fill(x: (30 + gap)..<(50 + gap), y: 30..<31, 255)
            return canvas.horizontal
        }
        #expect(pieces(gap: 2).count == 1, "a 2 pt gap (a dash gap, a crossing) is bridged: joinGap is 3 pt")
        #expect(pieces(gap: 4).count == 2, "a 4 pt gap parts two lines")
    }

    @Test func collinear() {
        func pieces(secondRows: Range<Int>) -> [RulingLine] {
            var canvas = Canvas()
            canvas.fill(x: 10..<30, y: 10..<11, 255)  // centre 10.5
            canvas.fill(x: 32..<52, y: secondRows, 255)
            return canvas.horizontal
        }
        #expect(pieces(secondRows: 11..<12).count == 1, "centres 1 pt apart: one line (collinear 1 pt)")
        #expect(pieces(secondRows: 11..<13).count == 2, "centres 1.5 pt apart: two lines")
    }

    @Test func lineContrast() {
        func shaded(line: UInt8) -> [RulingLine] {
            var canvas = Canvas()
            canvas.fill(x: 10..<70, y: 20..<40, 100)
            canvas.fill(x: 10..<70, y: 30..<31, line)
            return canvas.horizontal
        }
        #expect(shaded(line: 130).isEmpty, "30 darker than the shading: the fill's own unevenness (lineContrast 40)")
        #expect(shaded(line: 150).count == 1, "50 darker than the shading: a border over the fill")
    }

    @Test func bridgeInk() {
        func crossed(by blob: UInt8) -> [RulingLine] {
            var canvas = Canvas()
            canvas.fill(x: 10..<110, y: 30..<31, 200)
            canvas.fill(x: 50..<60, y: 24..<36, blob)  // wider than joinGap: only bridging joins the two sides
            return canvas.horizontal
        }
        #expect(crossed(by: 160).count == 1, "the crossing holds 80 % of the line's ink: followed through (bridgeInk 75 %)")
        #expect(crossed(by: 100).count == 2, "the crossing holds 50 %: the line stops there")
    }

    /// A short piece just below a narrow glyph (4 pt wide: `glyphOverhang` × width is below every margin tried)
    /// is a stroke of it within `glyphMargin` (1 pt) of its box, a ruling further out.
    @Test func glyphMargin() {
        func piece(row: Int, glyphTop: Double) -> [RulingLine] {
            Self.line(x: 39..<45, row: row, glyphs: Self.glyphs("漢", count: 1, x: 40, y: glyphTop, width: 4, height: 8))
        }
        #expect(piece(row: 28, glyphTop: 19.8).isEmpty, "0.7 pt below the box (27.8): a stroke")
        #expect(piece(row: 29, glyphTop: 20.2).count == 1, "1.3 pt below the box (28.2): a ruling")
    }

    /// Around a large glyph (20 pt wide) strokes reach `glyphOverhang` × width = 2 pt past its box.
    @Test func glyphOverhang() {
        func piece(row: Int) -> [RulingLine] {
            Self.line(x: 45..<55, row: row, glyphs: Self.glyphs("辶", count: 1, x: 40, y: 20, width: 20, height: 20))
        }
        #expect(piece(row: 41).isEmpty, "1.5 pt below the box: a stroke of the glyph")
        #expect(piece(row: 42).count == 1, "2.5 pt below the box: a ruling")
    }

    /// A line through a row of glyph boxes (10 pt wide, 20 pt tall) 110 pt long, the glyphs covering 100 pt of it:
    /// text when it runs through the boxes' middle (inside `glyphInset` = 15 % of the height, 3 pt, from either
    /// edge) over `textCoverage` (90 %) of its length, a ruling otherwise.
    @Test func glyphInset() {
        let row = Self.glyphs("漢", count: 10, x: 20, y: 20, width: 10, height: 20)
        #expect(Self.line(x: 15..<125, row: 23, glyphs: row).isEmpty, "3.5 pt into the boxes: text (struck through)")
        #expect(Self.line(x: 15..<125, row: 22, glyphs: row).count == 1, "2.5 pt into the boxes: a border they touch")
    }

    @Test func textCoverage() {
        let row = Self.glyphs("漢", count: 10, x: 20, y: 20, width: 10, height: 20)
        #expect(Self.line(x: 15..<125, row: 23, glyphs: row).isEmpty, "91 % through the middle of glyphs: text")
        #expect(Self.line(x: 10..<130, row: 23, glyphs: row).count == 1, "83 %: a ruling through a row of text")
    }

    /// A line along a row of ー is text when they cover `lineCharacterCoverage` (half) of it.
    @Test func lineCharacterCoverage() {
        func along(_ count: Int) -> [RulingLine] {
            Self.line(x: 10..<110, row: 25, glyphs: Self.glyphs("ー", count: count, x: 10, y: 20, width: 10, height: 10))
        }
        #expect(along(6).isEmpty, "ー over 60 % of the line: text")
        #expect(along(4).count == 1, "ー over 40 %: a ruling")
    }
}
