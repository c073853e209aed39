import JapaneseText
import ShiryoCore

/// Glyphs that share a baseline, left to right. Lines are built per column or per page region.
struct GlyphLine: Sendable {
    let glyphs: [PositionedGlyph]
    /// Bounds, computed once: lines are sorted and compared often.
    let minX: Double
    let maxX: Double
    let minY: Double
    let maxY: Double

    init(glyphs: [PositionedGlyph]) {
        self.glyphs = glyphs
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for glyph in glyphs {
            minX = min(minX, glyph.x)
            maxX = max(maxX, glyph.maxX)
            minY = min(minY, glyph.y)
            maxY = max(maxY, glyph.maxY)
        }
        if glyphs.isEmpty { (minX, maxX, minY, maxY) = (0, 0, 0, 0) }
        (self.minX, self.maxX, self.minY, self.maxY) = (minX, maxX, minY, maxY)
    }

    var midY: Double { (minY + maxY) / 2 }
    /// The top most of its glyphs share (median): a few glyphs of another font (Latin in a serif beside
    /// Mincho) have other box heights and must not move the line.
    var typicalTop: Double {
        glyphs.map(\.y).upperMedian ?? minY
    }
    var midX: Double { (minX + maxX) / 2 }
    var height: Double { maxY - minY }
    /// The usual font size of the line (median), the unit for gaps.
    var em: Double {
        glyphs.map { max($0.fontSize, $0.height, LineTolerances.standard.minimumEm) }.upperMedian
            ?? LineTolerances.standard.defaultEm
    }

    func box(page: Int) -> BoundingBox {
        BoundingBox(page: page, x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// The printed text. Spaces come from space glyphs or from gaps: an em-wide gap between Japanese
    /// characters was an ideographic space (U+3000), a narrower one between Latin words an ASCII space.
    var text: String { AdobeJapan1Variants.resolve(rawText) }

    private var rawText: String {
        let tolerances = LineTolerances.standard
        var result = ""
        var previous: PositionedGlyph?
        for glyph in glyphs {
            if let previous {
                let gap = glyph.x - previous.maxX
                let unit = max(min(previous.fontSize, glyph.fontSize), tolerances.minimumEm)
                if gap > unit * tolerances.spaceGap {
                    let wide = Self.isWide(previous.character) || Self.isWide(glyph.character)
                    if wide {
                        // Capped: a gap can be anything in a hostile PDF, and no printed line is that wide.
                        let count = min(
                            max(1, Int(saturating: gap / unit, rounding: .toNearestOrAwayFromZero)),
                            tolerances.maximumSpaces)
                        if gap > unit * tolerances.ideographicSpaceGap { result += String(repeating: "\u{3000}", count: count) }
                    } else {
                        result += " "
                    }
                }
            }
            result.append(glyph.character)
            previous = glyph
        }
        return result
    }

    static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { $0.isJapanese || $0.value >= 0x2460 } ?? false
    }

    /// Groups glyphs into lines: a glyph joins the line whose vertical middle it overlaps most.
    static func lines(of glyphs: [PositionedGlyph], tolerances: LineTolerances = .standard) -> [GlyphLine] {
        let sorted = glyphs.sorted { $0.midY != $1.midY ? $0.midY < $1.midY : $0.x < $1.x }
        var members: [[PositionedGlyph]] = []
        var bands: [Band] = []
        for glyph in sorted {
            let tolerance = max(glyph.height, tolerances.minimumEm) * tolerances.lineMiddle
            // Glyphs come top-down, so the matching band is among the last few.
            if let index = bands.indices.reversed().prefix(tolerances.lineLookback)
                .first(where: { abs((bands[$0].top + bands[$0].bottom) / 2 - glyph.midY) <= tolerance })
            {
                members[index].append(glyph)
                bands[index].top = min(bands[index].top, glyph.y)
                bands[index].bottom = max(bands[index].bottom, glyph.maxY)
            } else {
                var line: [PositionedGlyph] = []
                line.reserveCapacity(64)
                line.append(glyph)
                members.append(line)
                bands.append(Band(top: glyph.y, bottom: glyph.maxY))
            }
        }
        return members.map { GlyphLine(glyphs: $0.sorted { $0.x < $1.x }) }.sorted { $0.minY < $1.minY }
    }

    /// A line's vertical extent while glyphs join it.
    struct Band {
        var top: Double
        var bottom: Double
    }

    /// Splits a line where the horizontal gap is wider than `gapInEm` × em: separate cells on one baseline.
    func runs(gapInEm: Double) -> [GlyphLine] {
        var runs: [GlyphLine] = []
        var current: [PositionedGlyph] = []
        let limit = em * gapInEm
        for glyph in glyphs {
            if let last = current.last, glyph.x - last.maxX > limit {
                runs.append(GlyphLine(glyphs: current))
                current = []
            }
            current.append(glyph)
        }
        if !current.isEmpty { runs.append(GlyphLine(glyphs: current)) }
        return runs
    }
}

extension PositionedGlyph {
    /// The first scalar's value, read through UTF-8 (cheaper than `unicodeScalars.first` on a Character).
    var scalarValue: UInt32 {
        var value: UInt32 = 0
        var remaining = 0
        for byte in character.utf8 {
            if remaining == 0 {
                switch byte {
                case ..<0x80: return UInt32(byte)
                case 0xF0...: value = UInt32(byte & 0x07); remaining = 3
                case 0xE0...: value = UInt32(byte & 0x0F); remaining = 2
                default: value = UInt32(byte & 0x1F); remaining = 1
                }
            } else {
                value = value << 6 | UInt32(byte & 0x3F)
                remaining -= 1
                if remaining == 0 { return value }
            }
        }
        return value
    }

    /// An ASCII or full-width digit: page numbers and document numbers have one.
    var isDigit: Bool {
        let value = scalarValue
        return (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value)
    }

    /// Unicode White_Space, without Character's grapheme machinery: this runs for every glyph of every page.
    var isBlank: Bool {
        switch scalarValue {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

extension PositionedGlyph {
    static let arrowScalars = Set(ReflectionParser.arrows.compactMap { $0.unicodeScalars.first?.value })

    /// One of the ⇒ arrows (a scalar lookup: Set<Character> hashing is slow per glyph).
    var isArrow: Bool {
        let value = scalarValue
        return value >= 0x2190 && Self.arrowScalars.contains(value)
    }
}

/// Fake-bold text draws each glyph twice at almost the same place; keep the first.
enum FakeBold {
    static func dedupe(_ glyphs: [PositionedGlyph], tolerances: LineTolerances = .standard) -> (glyphs: [PositionedGlyph], removed: Int) {
        // Sorted by character, then height on the page: a doubled glyph sits right after its twin. One
        // integer per glyph (scalar | y in 1/16 pt | index) sorts without a comparison closure.
        let keys = glyphs.map(\.scalarValue)
        guard glyphs.count < 1 << 22 else { return (glyphs, 0) }
        let order = glyphs.indices.map { index -> UInt64 in
            let y = UInt64(min(max(Int(saturating: glyphs[index].y * 16), 0), (1 << 20) - 1))
            return UInt64(keys[index]) << 42 | y << 22 | UInt64(index)
        }.sorted().map { Int($0 & 0x3F_FFFF) }
        var duplicate = [Bool](repeating: false, count: glyphs.count)
        var removed = 0
        for (position, first) in order.enumerated() {
            var next = position + 1
            while next < order.count, keys[order[next]] == keys[first],
                glyphs[order[next]].y - glyphs[first].y < max(glyphs[first].height, tolerances.minimumEm) * tolerances.fakeBoldRise
            {
                let second = order[next]
                if glyphs[first].character == glyphs[second].character, overlap(glyphs[first], glyphs[second]) > tolerances.fakeBoldOverlap
                {
                    let later = max(first, second)
                    if !duplicate[later] { duplicate[later] = true; removed += 1 }
                }
                next += 1
            }
        }
        guard removed > 0 else { return (glyphs, 0) }
        return (glyphs.indices.filter { !duplicate[$0] }.map { glyphs[$0] }, removed)
    }

    static func overlap(_ a: PositionedGlyph, _ b: PositionedGlyph) -> Double {
        let width = min(a.maxX, b.maxX) - max(a.x, b.x)
        let height = min(a.maxY, b.maxY) - max(a.y, b.y)
        guard width > 0, height > 0 else { return 0 }
        return (width * height) / max(a.width * a.height, LineTolerances.standard.minimumArea)
    }
}
