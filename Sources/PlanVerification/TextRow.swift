import ShiryoCore

/// Glyphs sharing a baseline, left to right.
struct TextRow: Sendable {
    var glyphs: [PositionedGlyph]

    var midY: Double { glyphs.map(\.midY).reduce(0, +) / Double(max(glyphs.count, 1)) }
    /// The row's typical glyph size: the median font size.
    var fontSize: Double {
        let sizes = glyphs.map(\.fontSize).sorted()
        return sizes.isEmpty ? 0 : max(sizes[sizes.count / 2], 1)
    }
    var halfGap: Double { fontSize * PlanLayout.columnGapEms / 2 }

    /// Ink at `x`: the row runs across it.
    func crosses(_ x: Double) -> Bool { glyphs.contains { $0.x <= x && $0.maxX >= x } }
    /// No ink within half a column gap of `x`. Punctuation hanging into the gutter (禁則 ぶら下げ) makes a
    /// row neither clear nor crossing.
    func isClear(around x: Double) -> Bool {
        let margin = halfGap
        return !glyphs.contains { $0.x - margin < x && $0.maxX + margin > x }
    }
    func hasText(leftOf x: Double) -> Bool { glyphs.contains { $0.maxX <= x } }
    func hasText(rightOf x: Double) -> Bool { glyphs.contains { $0.x >= x } }

    func split(at x: Double) -> (TextRow?, TextRow?) {
        let left = glyphs.filter { $0.midX < x }, right = glyphs.filter { $0.midX >= x }
        return (left.isEmpty ? nil : TextRow(glyphs: left), right.isEmpty ? nil : TextRow(glyphs: right))
    }

    /// The characters, with one space where the ink leaves a gap of a quarter font size or more.
    var text: String {
        var result = ""
        var previous: PositionedGlyph?
        for glyph in glyphs {
            if let previous, glyph.x - previous.maxX >= glyph.fontSize / 4 { result.append(" ") }
            result.append(glyph.character)
            previous = glyph
        }
        return result
    }

    /// The row cut at blanks of a column gap or wider: 「第２章　基本計画        39」 → two pieces.
    func pieces() -> [TextRow] {
        var pieces: [TextRow] = []
        var current: [PositionedGlyph] = []
        for glyph in glyphs {
            if let last = current.last, glyph.x - last.maxX >= halfGap * 2 {
                pieces.append(TextRow(glyphs: current))
                current = []
            }
            current.append(glyph)
        }
        if !current.isEmpty { pieces.append(TextRow(glyphs: current)) }
        return pieces
    }

    /// Visible glyphs grouped into rows, top to bottom: a glyph joins the row whose first glyph's centre is
    /// within `sameLineFraction` of its height.
    static func rows(_ glyphs: [PositionedGlyph]) -> [TextRow] {
        let sorted = glyphs.filter { !$0.character.isWhitespace }.sorted { ($0.midY, $0.x) < ($1.midY, $1.x) }
        var rows: [[PositionedGlyph]] = []
        var reference = -Double.infinity, tolerance = 0.0
        for glyph in sorted {
            if glyph.midY - reference > tolerance {
                rows.append([])
                reference = glyph.midY
                tolerance = max(glyph.height, 1) * PlanLayout.sameLineFraction
            }
            rows[rows.count - 1].append(glyph)
        }
        return rows.map { TextRow(glyphs: $0.sorted { $0.x < $1.x }) }
    }
}
