import ShiryoCore

/// The page's glyph boxes seen from one orientation (along / across the lines), bucketed by their position
/// across, to tell ink that belongs to text (glyph strokes, rows of ＿ or ─) from ruling lines.
struct GlyphBands {
    struct Box {
        var alongLow: Double
        var alongHigh: Double
        var acrossLow: Double
        var acrossHigh: Double
        /// How far beyond the box a line along a line-like character still belongs to it; nil: not line-like.
        var lineLikeMargin: Double?
        /// How far a stroke of this glyph can reach past its box: `glyphMargin`, more for large glyphs.
        var margin: Double
    }

    /// Bucket height, points: a third of a line of body text, so a lookup sees one text line's glyphs.
    static let bandSize = 4.0
    /// Characters drawn as a line, a row of dots or a long bracket stroke: ink along a row of them is text
    /// however long it is, when it runs through their boxes (a border beside a bracket that opens a cell's
    /// text runs just outside the bracket's box).
    static let lineLikeScalars: Set<Unicode.Scalar> = Set(
        "‐‑‒–—―−－ー一ｰ~～〜=＝|｜¦︱︲…‥︙・･.．·()（）[]［］{}｛｝「」『』【】〔〕〈〉《》＜＞<>".unicodeScalars)
    /// Lines drawn at the very edge of the glyph box, or just beyond it: ink within `glyphMargin` counts.
    static let edgeLineScalars: Set<Unicode.Scalar> = Set("_＿￣¯".unicodeScalars)

    static func lineLikeMargin(_ character: Character) -> Double? {
        let scalars = character.unicodeScalars
        if scalars.contains(where: { edgeLineScalars.contains($0) }) { return RulingTolerances.glyphMargin }
        if scalars.contains(where: { lineLikeScalars.contains($0) || (0x2500...0x257F).contains($0.value) }) {  // box drawing
            return 0
        }
        return nil
    }

    let boxes: [Box]
    private var bands: [[Int32]]

    init(_ glyphs: [PositionedGlyph], orientation: RulingLine.Orientation) {
        boxes = glyphs.filter { !$0.character.isWhitespace }.map { glyph in
            let lineLike = Self.lineLikeMargin(glyph.character)
            let margin = max(RulingTolerances.glyphMargin, RulingTolerances.glyphOverhang * glyph.fontSize)
            switch orientation {
            case .horizontal:
                return Box(alongLow: glyph.x, alongHigh: glyph.maxX, acrossLow: glyph.y, acrossHigh: glyph.maxY, lineLikeMargin: lineLike, margin: margin)
            case .vertical:
                return Box(alongLow: glyph.y, alongHigh: glyph.maxY, acrossLow: glyph.x, acrossHigh: glyph.maxX, lineLikeMargin: lineLike, margin: margin)
            }
        }
        var bands: [[Int32]] = []
        for (index, box) in boxes.enumerated() {
            let low = Self.band(box.acrossLow - box.margin), high = Self.band(box.acrossHigh + box.margin)
            guard low <= high, high >= 0 else { continue }
            if bands.count <= high { bands.append(contentsOf: Array(repeating: [], count: high + 1 - bands.count)) }
            for band in max(low, 0)...high { bands[band].append(Int32(index)) }
        }
        self.bands = bands
    }

    private static func band(_ across: Double) -> Int {
        across.isFinite ? Int((across / bandSize).rounded(.down)) : -1
    }

    private func candidates(at across: Double) -> [Int32] {
        let band = Self.band(across)
        return band >= 0 && band < bands.count ? bands[band] : []
    }

    /// A piece of ink inside one glyph's box (grown by `glyphMargin`), or a piece no longer than a glyph
    /// running through glyph boxes over its whole length (strokes of glyphs in consecutive text lines meet
    /// where their boxes overlap): text. A longer piece through glyph boxes is a border the text touches.
    func isGlyphStroke(_ piece: RulingLine) -> Bool {
        var through: [ClosedRange<Double>] = []
        var longestGlyph = 0.0
        for index in candidates(at: piece.position) {
            let box = boxes[Int(index)]
            guard box.acrossLow - box.margin <= piece.position && piece.position <= box.acrossHigh + box.margin else { continue }
            if box.alongLow - box.margin <= piece.start && piece.end <= box.alongHigh + box.margin { return true }
            if box.acrossLow <= piece.position && piece.position <= box.acrossHigh {
                through.append((box.alongLow - box.margin)...(box.alongHigh + box.margin))
                longestGlyph = max(longestGlyph, box.alongHigh - box.alongLow)
            }
        }
        return piece.length <= longestGlyph
            && Self.coveredLength(through, within: piece.start...piece.end) >= piece.length * 0.999
    }

    /// Text, not a ruling: a line that never leaves the glyph boxes it runs through (a stroke of several
    /// glyphs; a border always goes on past the text, through the cell padding), a line through the middle
    /// of glyph boxes over most of its length, or along a row of line-like characters (＿＿, ──, ・・・).
    func isText(_ line: RulingLine) -> Bool {
        var through: [ClosedRange<Double>] = [], inner: [ClosedRange<Double>] = [], lineLike: [ClosedRange<Double>] = []
        for index in candidates(at: line.position) {
            let box = boxes[Int(index)]
            guard box.alongLow - box.margin < line.end && box.alongHigh + box.margin > line.start else { continue }
            if box.acrossLow <= line.position && line.position <= box.acrossHigh {
                through.append((box.alongLow - box.margin)...(box.alongHigh + box.margin))
            }
            let inset = (box.acrossHigh - box.acrossLow) * RulingTolerances.glyphInset
            if box.acrossLow + inset <= line.position && line.position <= box.acrossHigh - inset {
                inner.append(box.alongLow...box.alongHigh)
            }
            if let lineMargin = box.lineLikeMargin,
               box.acrossLow - lineMargin <= line.position && line.position <= box.acrossHigh + lineMargin {
                lineLike.append(box.alongLow...box.alongHigh)
            }
        }
        let span = line.start...line.end
        return Self.coveredLength(through, within: span) >= line.length * 0.999
            || Self.coveredLength(inner, within: span) >= RulingTolerances.textCoverage * line.length
            || Self.coveredLength(lineLike, within: span) >= RulingTolerances.lineCharacterCoverage * line.length
    }

    /// Length of the union of the ranges inside `span`.
    static func coveredLength(_ ranges: [ClosedRange<Double>], within span: ClosedRange<Double>) -> Double {
        var total = 0.0, reach = span.lowerBound
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let low = max(range.lowerBound, reach), high = min(range.upperBound, span.upperBound)
            if high > low { total += high - low }
            reach = max(reach, high)
        }
        return total
    }
}
