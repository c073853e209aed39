import JapaneseText
import ShiryoCore

/// Glyphs that share a baseline, left to right. Lines are built per column or per page region.
struct GlyphLine: Sendable {
    var glyphs: [PositionedGlyph]

    var minX: Double { glyphs.map(\.x).min() ?? 0 }
    var maxX: Double { glyphs.map(\.maxX).max() ?? 0 }
    var minY: Double { glyphs.map(\.y).min() ?? 0 }
    var maxY: Double { glyphs.map(\.maxY).max() ?? 0 }
    var midY: Double { (minY + maxY) / 2 }
    var midX: Double { (minX + maxX) / 2 }
    var height: Double { maxY - minY }
    /// The usual font size of the line (median), the unit for gaps.
    var em: Double {
        let sizes = glyphs.filter { !$0.character.isWhitespace }.map { max($0.fontSize, $0.height, 1) }.sorted()
        return sizes.isEmpty ? 10 : sizes[sizes.count / 2]
    }

    func box(page: Int) -> BoundingBox {
        BoundingBox(page: page, x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// The printed text. Spaces come from space glyphs or from gaps: an em-wide gap between Japanese
    /// characters was an ideographic space (U+3000), a narrower one between Latin words an ASCII space.
    var text: String { AdobeJapan1Variants.resolve(rawText) }

    private var rawText: String {
        var result = ""
        var previous: PositionedGlyph?
        for glyph in glyphs {
            if glyph.character.isWhitespace { continue }  // gaps decide, wherever the space glyph was
            if let previous {
                let gap = glyph.x - previous.maxX
                let unit = max(min(previous.fontSize, glyph.fontSize), 1)
                if gap > unit * 0.3 {
                    let wide = Self.isWide(previous.character) || Self.isWide(glyph.character)
                    if wide {
                        let count = max(1, Int((gap / unit).rounded()))
                        if gap > unit * 0.6 { result += String(repeating: "\u{3000}", count: count) }
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
    static func lines(of glyphs: [PositionedGlyph]) -> [GlyphLine] {
        let sorted = glyphs.sorted { $0.midY != $1.midY ? $0.midY < $1.midY : $0.x < $1.x }
        var lines: [GlyphLine] = []
        var bands: [(top: Double, bottom: Double)] = []
        for glyph in sorted {
            let tolerance = max(glyph.height, 1) * 0.5
            if let index = bands.indices.last(where: { abs((bands[$0].top + bands[$0].bottom) / 2 - glyph.midY) <= tolerance }) {
                lines[index].glyphs.append(glyph)
                bands[index].top = min(bands[index].top, glyph.y)
                bands[index].bottom = max(bands[index].bottom, glyph.maxY)
            } else {
                lines.append(GlyphLine(glyphs: [glyph]))
                bands.append((glyph.y, glyph.maxY))
            }
        }
        for index in lines.indices { lines[index].glyphs.sort { $0.x < $1.x } }
        return lines.sorted { $0.minY < $1.minY }
    }

    /// Splits a line where the horizontal gap is wider than `gapInEm` × em: separate cells on one baseline.
    func runs(gapInEm: Double) -> [GlyphLine] {
        var runs: [GlyphLine] = []
        var current: [PositionedGlyph] = []
        let limit = em * gapInEm
        for glyph in glyphs where !glyph.character.isWhitespace {
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

/// Fake-bold text draws each glyph twice at almost the same place; keep one.
enum FakeBold {
    static func dedupe(_ glyphs: [PositionedGlyph]) -> (glyphs: [PositionedGlyph], removed: Int) {
        var kept: [PositionedGlyph] = []
        kept.reserveCapacity(glyphs.count)
        var removed = 0
        // Glyphs are bucketed by rounded position so the check stays linear.
        var buckets: [Int: [Int]] = [:]
        for glyph in glyphs {
            let key = Int(glyph.x / 4) &* 100_003 &+ Int(glyph.y / 4)
            let neighbours = [-1, 0, 1].flatMap { dx in [-1, 0, 1].map { dy in key &+ dx &* 100_003 &+ dy } }
            let duplicate = !glyph.character.isWhitespace && neighbours.contains { bucket in
                (buckets[bucket] ?? []).contains { index in
                    let other = kept[index]
                    return other.character == glyph.character && overlap(other, glyph) > 0.6
                }
            }
            if duplicate { removed += 1; continue }
            buckets[key, default: []].append(kept.count)
            kept.append(glyph)
        }
        return (kept, removed)
    }

    static func overlap(_ a: PositionedGlyph, _ b: PositionedGlyph) -> Double {
        let width = min(a.maxX, b.maxX) - max(a.x, b.x)
        let height = min(a.maxY, b.maxY) - max(a.y, b.y)
        guard width > 0, height > 0 else { return 0 }
        return (width * height) / max(a.width * a.height, 0.01)
    }
}
