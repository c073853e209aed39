import ShiryoCore

/// The page's glyph boxes seen from one orientation (along / across the lines), in a grid, to tell ink that
/// belongs to text (glyph strokes, rows of ＿ or ─) from ruling lines.
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

    /// Characters drawn as a line, a row of dots or a long bracket stroke: ink along a row of them is text
    /// however long it is, when it runs through their boxes (a border beside a bracket that opens a cell's
    /// text runs just outside the bracket's box).
    static let lineLikeScalars: Set<Unicode.Scalar> = Set(
        "‐‑‒–—―−－ー一ｰ~～〜=＝|｜¦︱︲…‥︙・･.．·()（）[]［］{}｛｝「」『』【】〔〕〈〉《》＜＞<>".unicodeScalars)
    /// Lines drawn at the very edge of the glyph box, or just beyond it: ink within `glyphMargin` counts.
    static let edgeLineScalars: Set<Unicode.Scalar> = Set("_＿￣¯".unicodeScalars)

    static func lineLikeMargin(_ character: Character) -> Double? {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.count == 1, isPlainWriting(first.value) { return nil }
        if scalars.contains(where: { edgeLineScalars.contains($0) }) { return RulingTolerances.glyphMargin }
        if scalars.contains(where: { lineLikeScalars.contains($0) || (0x2500...0x257F).contains($0.value) }) {  // box drawing
            return 0
        }
        return nil
    }

    /// Kanji (but 一), kana (but ー and ・), Latin letters and digits: never line-like. A fast path: most glyphs.
    private static func isPlainWriting(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E01...0x9FFF, 0x3041...0x30FA, 0x30FD...0x30FF, 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    static func isBlank(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return true }
        switch first.value {
        case 0...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    let boxes: [Box]
    /// Glyph indices by grid cell (`cellSize` square, across-major), in one array: cell i's entries are
    /// `entries[cellStarts[i]..<cellStarts[i + 1]]`. Each glyph is listed in every cell its grown box touches.
    private let cellStarts: [Int32]
    private let entries: [Int32]
    private let alongCells: Int
    private let acrossCells: Int

    /// Grid cell side, points: a third of a line of body text, so a lookup sees a glyph or two.
    static let cellSize = 4.0

    /// A printed (not blank) glyph's box and `lineLikeMargin`: the characters looked at once a page, not once
    /// per use (erasing, each orientation's bands).
    struct Mark {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        var lineLikeMargin: Double?
        var maxX: Double { x + width }
        var maxY: Double { y + height }
        var midY: Double { y + height / 2 }
    }

    static func marks(_ glyphs: [PositionedGlyph]) -> [Mark] {
        glyphs.filter { !isBlank($0.character) }.map { glyph in
            Mark(x: glyph.x, y: glyph.y, width: glyph.width, height: glyph.height, lineLikeMargin: lineLikeMargin(glyph.character))
        }
    }

    init(_ marks: [Mark], orientation: RulingLine.Orientation) {
        let boxes = marks.map { glyph in
            let lineLike = glyph.lineLikeMargin
            let margin = max(RulingTolerances.glyphMargin, RulingTolerances.glyphOverhang * glyph.width)
            switch orientation {
            case .horizontal:
                return Box(
                    alongLow: glyph.x, alongHigh: glyph.maxX, acrossLow: glyph.y, acrossHigh: glyph.maxY, lineLikeMargin: lineLike,
                    margin: margin)
            case .vertical:
                return Box(
                    alongLow: glyph.y, alongHigh: glyph.maxY, acrossLow: glyph.x, acrossHigh: glyph.maxX, lineLikeMargin: lineLike,
                    margin: margin)
            }
        }
        var alongEnd: Double?, acrossEnd: Double?
        for box in boxes where box.alongHigh.isFinite && box.acrossHigh.isFinite {
            alongEnd = max(alongEnd ?? -.infinity, box.alongHigh + box.margin)
            acrossEnd = max(acrossEnd ?? -.infinity, box.acrossHigh + box.margin)
        }
        let alongCells = min(4096, Self.cell(alongEnd ?? 0) + 1), acrossCells = min(4096, Self.cell(acrossEnd ?? 0) + 1)
        self.boxes = boxes
        // Each box's cells (rows top…bottom, columns left…right); counted, then listed: cells in one array.
        let spans = boxes.map { box in
            (
                top: max(0, Self.cell(box.acrossLow - box.margin)), bottom: min(acrossCells - 1, Self.cell(box.acrossHigh + box.margin)),
                left: max(0, Self.cell(box.alongLow - box.margin)), right: min(alongCells - 1, Self.cell(box.alongHigh + box.margin))
            )
        }
        (cellStarts, entries) = Self.index(spans, alongCells: alongCells, acrossCells: acrossCells)
        self.alongCells = alongCells
        self.acrossCells = acrossCells
    }

    /// The cells each span covers, as one array of box indices per cell (`starts[cell]..<starts[cell + 1]`):
    /// counted first, then listed, so the grid is two flat arrays.
    private static func index(_ spans: [(top: Int, bottom: Int, left: Int, right: Int)], alongCells: Int, acrossCells: Int)
        -> (starts: [Int32], entries: [Int32])
    {
        var counts = [Int32](repeating: 0, count: alongCells * acrossCells + 1)
        counts.withUnsafeMutableBufferPointer { counts in
            for span in spans where span.top <= span.bottom && span.left <= span.right {
                for row in span.top...span.bottom { for column in span.left...span.right { counts[row * alongCells + column + 1] += 1 } }
            }
            for index in 1..<counts.count { counts[index] += counts[index - 1] }
        }
        var fill = counts
        var entries = [Int32](repeating: 0, count: Int(counts.last ?? 0))
        entries.withUnsafeMutableBufferPointer { entries in
            fill.withUnsafeMutableBufferPointer { fill in
                for (index, span) in spans.enumerated() where span.top <= span.bottom && span.left <= span.right {
                    for row in span.top...span.bottom {
                        for cell in (row * alongCells + span.left)...(row * alongCells + span.right) {
                            entries[Int(fill[cell])] = Int32(index)
                            fill[cell] += 1
                        }
                    }
                }
            }
        }
        return (counts, entries)
    }

    private static func cell(_ value: Double) -> Int {
        value.isFinite ? max(-1, Int(min(value / cellSize, 1e6).rounded(.down))) : -1
    }

    /// Where the glyphs listed in the cells at `across` from `start` to `end` are in `entries` (a glyph can
    /// come more than once). A range, not a slice: no retain of the array per lookup (thousands a page).
    private func entryRange(at across: Double, from start: Double, to end: Double) -> Range<Int> {
        let row = Self.cell(across)
        guard row >= 0 && row < acrossCells else { return 0..<0 }
        let first = max(0, Self.cell(start)), last = min(alongCells - 1, Self.cell(end))
        guard first <= last else { return 0..<0 }
        return Int(cellStarts[row * alongCells + first])..<Int(cellStarts[row * alongCells + last + 1])
    }

    /// A piece of ink inside one glyph's box (grown by its margin), or a piece no longer than a glyph running
    /// through glyph boxes over its whole length (strokes of glyphs in consecutive text lines meet where
    /// their boxes overlap): text. A longer piece through glyph boxes is a border the text touches.
    func isGlyphStroke(_ piece: RulingLine) -> Bool {
        // A box holding the whole piece holds its start: it is listed in the start's cell.
        for slot in entryRange(at: piece.position, from: piece.start, to: piece.start) {
            let box = boxes[Int(entries[slot])]
            if box.acrossLow - box.margin <= piece.position && piece.position <= box.acrossHigh + box.margin
                && box.alongLow - box.margin <= piece.start && piece.end <= box.alongHigh + box.margin
            {
                return true
            }
        }
        let slots = entryRange(at: piece.position, from: piece.start, to: piece.end)
        func isThrough(_ box: Box) -> Bool { box.acrossLow <= piece.position && piece.position <= box.acrossHigh }
        // The longest box first, without building an array: most pieces are longer than any glyph.
        var longest: Double?
        for slot in slots {
            let box = boxes[Int(entries[slot])]
            if isThrough(box), longest.map({ $0 < box.alongHigh - box.alongLow }) ?? true { longest = box.alongHigh - box.alongLow }
        }
        guard piece.length <= longest ?? 0 else { return false }
        var ranges: [ClosedRange<Double>] = []
        for slot in slots {
            let box = boxes[Int(entries[slot])]
            if isThrough(box) { ranges.append((box.alongLow - box.margin)...(box.alongHigh + box.margin)) }
        }
        return Self.coveredLength(ranges, within: piece.start...piece.end) >= piece.length * 0.999
    }

    /// Text, not a ruling: a line that never leaves the glyph boxes it runs through (a stroke of several
    /// glyphs; a border always goes on past the text, through the cell padding), a line through the middle
    /// of glyph boxes over most of its length, or along a row of line-like characters (＿＿, ──, ・・・).
    func isText(_ line: RulingLine) -> Bool {
        var through: [ClosedRange<Double>] = [], inner: [ClosedRange<Double>] = [], lineLike: [ClosedRange<Double>] = []
        for slot in entryRange(at: line.position, from: line.start, to: line.end) {
            let box = boxes[Int(entries[slot])]
            guard box.alongLow - box.margin < line.end && box.alongHigh + box.margin > line.start else { continue }
            if box.acrossLow <= line.position && line.position <= box.acrossHigh {
                through.append((box.alongLow - box.margin)...(box.alongHigh + box.margin))
            }
            let inset = (box.acrossHigh - box.acrossLow) * RulingTolerances.glyphInset
            if box.acrossLow + inset <= line.position && line.position <= box.acrossHigh - inset {
                inner.append(box.alongLow...box.alongHigh)
            }
            if let lineMargin = box.lineLikeMargin,
                box.acrossLow - lineMargin <= line.position && line.position <= box.acrossHigh + lineMargin
            {
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
