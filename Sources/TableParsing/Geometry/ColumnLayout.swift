import JapaneseText
import ShiryoCore

/// Where each column of the table lies on a page, found from the header row and the whitespace gutters.
struct ColumnLayout: Sendable {
    struct Column: Sendable {
        var header: ColumnHeader
        var minX: Double
        var maxX: Double
        var headerBox: BoundingBox
    }

    var columns: [Column]
    /// Bottom of the header row: the body starts below it.
    var headerBottom: Double
    var headerTop: Double
    var pageWidth: Double

    var tableMinX: Double { columns.map(\.minX).min() ?? 0 }
    var tableMaxX: Double { columns.map(\.maxX).max() ?? 0 }

    /// The column a glyph belongs to: the one whose range holds its centre, else the nearest.
    func columnIndex(forX x: Double) -> Int? {
        if let index = columns.firstIndex(where: { x >= $0.minX && x <= $0.maxX }) { return index }
        return columns.indices.min { distance(x, columns[$0]) < distance(x, columns[$1]) }
    }

    private func distance(_ x: Double, _ column: Column) -> Double {
        x < column.minX ? column.minX - x : x - column.maxX
    }
}

/// A header cell found on a line: its text (均等割付 removed) and where it is.
struct HeaderToken: Sendable {
    var text: String
    var role: ColumnRole?
    var line: GlyphLine
}

enum HeaderFinder {
    /// The first line (top-down) whose cells name at least two known column roles.
    static func find(in lines: [GlyphLine]) -> (index: Int, tokens: [HeaderToken])? {
        for (index, line) in lines.enumerated() {
            let tokens = tokens(of: line)
            let roles = Set(tokens.compactMap(\.role))
            if roles.count >= 2, tokens.count <= 12 { return (index, tokens) }
        }
        return nil
    }

    /// Header texts seen on a page, for the "table not found" message.
    static func candidates(in lines: [GlyphLine]) -> [String] {
        lines.prefix(8).flatMap { $0.runs(gapInEm: 1.5).map { ColumnVocabulary.unspread($0.text) } }
            .filter { !$0.isEmpty && $0.count <= 20 }
    }

    /// Cells of a header line. Runs split at gaps wider than 1.5 em; neighbouring runs are merged back
    /// when together (and not alone) they name a column, which puts spread letters 「施　策　名」 together.
    static func tokens(of line: GlyphLine) -> [HeaderToken] {
        let runs = line.runs(gapInEm: 1.5).filter { !isArrow($0) }
        var tokens: [HeaderToken] = []
        var index = 0
        while index < runs.count {
            var best: (end: Int, token: HeaderToken)?
            var merged = runs[index]
            for end in index..<min(runs.count, index + 8) {
                if end > index { merged = GlyphLine(glyphs: merged.glyphs + runs[end].glyphs) }
                let text = ColumnVocabulary.unspread(merged.text)
                guard let role = ColumnVocabulary.role(forHeader: text) else { continue }
                if end == index {
                    best = (end, HeaderToken(text: text, role: role, line: merged))
                    break
                }
                // Spread letters merge into the longest known header name only, so that 「施 策 名」 stops
                // before the 「意 見 内 容」 of the next cell.
                if runs[index...end].allSatisfy({ $0.glyphs.count <= 2 }), isKnownName(text) {
                    best = (end, HeaderToken(text: text, role: role, line: merged))
                }
            }
            if let best {
                tokens.append(best.token)
                index = best.end + 1
            } else {
                tokens.append(HeaderToken(text: ColumnVocabulary.unspread(runs[index].text), role: nil, line: runs[index]))
                index += 1
            }
        }
        return tokens
    }

    static func isKnownName(_ text: String) -> Bool {
        let key = ColumnVocabulary.headerKey(text)
        return ColumnVocabulary.keyed.contains { $0.key == key }
    }

    static func isArrow(_ line: GlyphLine) -> Bool {
        !line.glyphs.isEmpty && line.glyphs.allSatisfy { ReflectionParser.arrows.contains($0.character) }
    }
}

enum ColumnLayoutBuilder {
    /// Derives column x-ranges from the header tokens and the gutters of the body glyphs below them.
    /// Arrow-only blocks (⇒ cells between columns) are separators and belong to no column.
    static func build(tokens: [HeaderToken], body: [PositionedGlyph], page: PageGlyphs) -> ColumnLayout {
        let sortedTokens = tokens.sorted { $0.line.minX < $1.line.minX }
        let blocks = contentBlocks(body)
        var ranges = sortedTokens.map { (min: $0.line.minX, max: $0.line.maxX) }
        for block in blocks where !block.arrowsOnly {
            // The header the block overlaps most, else the nearest header.
            let overlaps = sortedTokens.indices.map { index -> Double in
                min(block.maxX, sortedTokens[index].line.maxX) - max(block.minX, sortedTokens[index].line.minX)
            }
            let index: Int
            if let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), overlaps[best] > 0 {
                index = best
            } else {
                let centre = (block.minX + block.maxX) / 2
                index = sortedTokens.indices.min {
                    abs(centre - sortedTokens[$0].line.midX) < abs(centre - sortedTokens[$1].line.midX)
                }!
            }
            ranges[index].min = min(ranges[index].min, block.minX)
            ranges[index].max = max(ranges[index].max, block.maxX)
        }
        // Neighbouring ranges must not overlap: split any overlap at its middle.
        for index in ranges.indices.dropLast() where ranges[index].max > ranges[index + 1].min {
            let middle = (ranges[index].max + ranges[index + 1].min) / 2
            ranges[index].max = middle
            ranges[index + 1].min = middle
        }
        let columns = zip(sortedTokens, ranges).map { token, range in
            ColumnLayout.Column(header: ColumnHeader(text: token.text, role: token.role),
                                minX: range.min, maxX: range.max, headerBox: token.line.box(page: page.number))
        }
        let headerTop = sortedTokens.map(\.line.minY).min() ?? 0
        let headerBottom = sortedTokens.map(\.line.maxY).max() ?? 0
        return ColumnLayout(columns: columns, headerBottom: headerBottom, headerTop: headerTop, pageWidth: page.width)
    }

    struct Block {
        var minX: Double
        var maxX: Double
        var arrowsOnly: Bool
    }

    /// Maximal x-intervals covered by body glyphs, split at gutters. A gutter may be crossed by a few
    /// lines (a note spanning the table) without disappearing.
    static func contentBlocks(_ glyphs: [PositionedGlyph]) -> [Block] {
        let visible = glyphs.filter { !$0.character.isWhitespace }
        guard let minX = visible.map(\.x).min(), let maxX = visible.map(\.maxX).max(), maxX > minX else { return [] }
        let origin = Int(minX.rounded(.down))
        let width = Int(maxX.rounded(.up)) - origin + 1
        var coverage = [Int](repeating: 0, count: width)
        var arrows = [Int](repeating: 0, count: width)
        for glyph in visible {
            // Shrink by a fraction so touching neighbours do not bridge a hairline gutter.
            let inset = glyph.width * 0.1
            let from = max(0, Int((glyph.x + inset).rounded(.down)) - origin)
            let to = min(width - 1, Int((glyph.maxX - inset).rounded(.up)) - origin)
            guard from <= to else { continue }
            let arrow = ReflectionParser.arrows.contains(glyph.character)
            for x in from...to {
                coverage[x] += 1
                if arrow { arrows[x] += 1 }
            }
        }
        let lines = GlyphLine.lines(of: visible).count
        let noise = max(0, lines / 50)
        var blocks: [Block] = []
        var start: Int?
        var allArrows = true
        for x in 0...width {
            let covered = x < width && coverage[x] > noise
            if covered {
                if start == nil { start = x; allArrows = true }
                if arrows[x] < coverage[x] { allArrows = false }
            } else if let begin = start {
                blocks.append(Block(minX: Double(begin + origin), maxX: Double(x + origin), arrowsOnly: allArrows))
                start = nil
            }
        }
        return blocks
    }
}
