import Foundation
import ShiryoCore

/// What a page may say about its size and where its characters are. Every number from a PDF is checked
/// here, where it enters: a text matrix or page box can hold any number (`1e30 0 0 1 0 0 Tm`, `1e12 Tz`, a
/// MediaBox 1e10 wide, NaN-like values), and the stages after extraction assume sizes of a printed page.
public enum PageGeometryLimits {
    /// Longest page side, points: PDF 1.7 (ISO 32000-1, Annex C) limits a page to 14,400 units (200 inches).
    public static let maximumPageSide = 14_400.0
    /// Page size used when a page states none that is usable (NaN, zero, negative): A4, points.
    public static let fallbackPageSize = (width: 595.0, height: 842.0)
    /// How far outside the page a glyph box may reach and still be kept (clipped), points: makers draw a
    /// few points past the edge (bleed, rounding); anything further out cannot be seen on paper.
    public static let offPageSlack = 72.0
    /// Largest page drawn for ruling lines, square points (1 px/pt): four A0 sheets. Larger pages (posters,
    /// hostile page boxes up to 14,400 pt square) would cost hundreds of MB of pixels; they get no rulings
    /// and the geometry reads them from whitespace alone.
    public static let maximumRulingArea = 4 * 2384.0 * 3370.0

    /// A usable page size and, when the stated one was not, why it was changed.
    public static func pageSize(width: Double, height: Double) -> (width: Double, height: Double, problem: String?) {
        func usable(_ side: Double) -> Bool { side.isFinite && side >= 1 }
        guard usable(width), usable(height) else {
            return (
                fallbackPageSize.width, fallbackPageSize.height,
                "the page size (\(describe(width)) × \(describe(height)) pt) is not a size; an A4 page was assumed"
            )
        }
        guard width <= maximumPageSide, height <= maximumPageSide else {
            return (
                min(width, maximumPageSide), min(height, maximumPageSide),
                "the page size (\(describe(width)) × \(describe(height)) pt) is larger than PDF allows; "
                    + "only its first \(Int(maximumPageSide)) pt each way were read"
            )
        }
        return (width, height, nil)
    }

    /// The glyph clipped to the page (with `offPageSlack`), or nil when its box is not numbers, is larger
    /// than the page, or lies off the page: such a glyph cannot be printed text of a table.
    public static func glyph(_ glyph: PositionedGlyph, pageWidth: Double, pageHeight: Double) -> PositionedGlyph? {
        let numbers = [glyph.x, glyph.y, glyph.width, glyph.height]
        guard numbers.allSatisfy(\.isFinite), glyph.width >= 0, glyph.height >= 0,
            glyph.width <= pageWidth, glyph.height <= pageHeight
        else { return nil }
        let left = max(glyph.x, -offPageSlack), right = min(glyph.maxX, pageWidth + offPageSlack)
        let top = max(glyph.y, -offPageSlack), bottom = min(glyph.maxY, pageHeight + offPageSlack)
        guard left <= right, top <= bottom else { return nil }
        var kept = glyph
        (kept.x, kept.y, kept.width, kept.height) = (left, top, right - left, bottom - top)
        // A font size is a unit of gaps later: beyond the page (or not a number) it says nothing; the box does.
        if !glyph.fontSize.isFinite || glyph.fontSize <= 0 || glyph.fontSize > pageHeight {
            kept.fontSize = kept.height
        }
        return kept
    }

    /// The largest `/Count` a page tree states (digits read as text, capped), or nil when none is found:
    /// only to say why a PDF without pages has none.
    public static func declaredPageCount(_ bytes: [UInt8]) -> Int? {
        let key = Array("/Count".utf8)
        var largest: Int?
        var index = 0
        while index + key.count < bytes.count {
            guard bytes[index] == key[0], bytes[index..<(index + key.count)].elementsEqual(key) else { index += 1; continue }
            var cursor = index + key.count
            while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x0A || bytes[cursor] == 0x0D { cursor += 1 }
            var value = 0
            var digits = 0
            while cursor < bytes.count, (0x30...0x39).contains(bytes[cursor]) {
                value = min(value * 10 + Int(bytes[cursor] - 0x30), 1_000_000_000_000)
                digits += 1
                cursor += 1
            }
            if digits > 0 { largest = max(largest ?? 0, value) }
            index = cursor
        }
        return largest
    }

    /// A number as a clerk can read it in a message: NaN and infinities by name, huge values in e-notation.
    static func describe(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-infinity" : "infinity" }
        if abs(value) >= 1e6 { return String(format: "%.3g", value) }
        return String(Int(saturating: value, rounding: .toNearestOrAwayFromZero))
    }
}

/// The diagnostics of one page's extraction, attached to the page it describes.
struct PageNotes {
    var page: Int
    var entries: [Diagnostic] = []

    mutating func warn(_ code: DiagnosticCode, _ message: String) {
        entries.append(Diagnostic(code.severity, code: code.rawValue, message: message, page: page))
    }

    func attach(to glyphs: PageGlyphs) -> PageGlyphs {
        var glyphs = glyphs
        glyphs.diagnostics = entries
        return glyphs
    }
}
