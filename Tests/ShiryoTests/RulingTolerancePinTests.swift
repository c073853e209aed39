import PDFExtraction
import ShiryoCore
import Testing

/// Each ruling-line threshold pinned (issue 13): a synthetic 1 px/pt raster just inside the threshold and one
/// just outside it, so moving the tolerance by half either way (`Scripts/mutate-tolerances`) flips a case.
@Suite struct RulingTolerancePinTests {
    /// A white raster, 1 pixel a point, painted with rectangles of ink.
    struct Canvas {
        let width = 120, height = 80
        var ink: [UInt8]

        init() { ink = Array(repeating: 0, count: width * height) }

        mutating func fill(x: Range<Int>, y: Range<Int>, _ value: UInt8) {
            for row in y { for column in x { ink[row * width + column] = value } }
        }

        var horizontal: [RulingLine] {
            RulingDetector.rulings(in: InkRaster(width: width, height: height, pixelsPerPoint: 1, ink: ink), glyphs: [])
                .filter { $0.orientation == .horizontal }
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
}
