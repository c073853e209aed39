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
    /// Where the columns were guessed rather than seen, for diagnostics.
    var guesses: [String] = []

    var tableMinX: Double { columns.map(\.minX).min() ?? 0 }
    var tableMaxX: Double { columns.map(\.maxX).max() ?? 0 }

    /// The column a glyph belongs to: the one whose range holds its centre, else the nearest.
    func columnIndex(forX x: Double) -> Int? {
        if let index = columns.firstIndex(where: { x >= $0.minX && x <= $0.maxX }) { return index }
        return columns.indices.min { distance(x, columns[$0]) < distance(x, columns[$1]) }
    }

    /// Whether `lines` can be table rows: in a table each run of text stays inside one column, while
    /// prose runs on across the gutters. Most lines must stay inside.
    func fits(_ lines: [GlyphLine]) -> Bool {
        guard !lines.isEmpty else { return true }
        let crossing = lines.filter { line in
            line.runs(gapInEm: 0.5).contains { run in
                Set(run.glyphs.compactMap { columnIndex(forX: $0.midX) }).count > 1
            }
        }
        return crossing.count * 2 <= lines.count
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

    /// Header cells wrapped onto more lines (「③改訂基本計画」 over 「への反映」): the lines right under the
    /// header line, at line spacing and in its font size, whose every run sits under one header cell, are
    /// appended to those cells. Returns the cells and the index of the header's last line. A body line is
    /// further below (cell padding) or runs wider than the header text above it.
    static func extend(_ tokens: [HeaderToken], lines: [GlyphLine], headerIndex: Int) -> (tokens: [HeaderToken], lastIndex: Int) {
        var tokens = tokens
        var last = headerIndex
        let em = lines[headerIndex].em
        while last + 1 < lines.count {
            let line = lines[last + 1]
            guard line.minY - lines[last].maxY < em * 0.5, abs(line.em - em) <= em * 0.2 else { break }
            var placed: [(token: Int, run: GlyphLine)] = []
            for run in line.runs(gapInEm: 1.5) {
                let under = tokens.indices.filter { run.minX >= tokens[$0].line.minX - em && run.maxX <= tokens[$0].line.maxX + em }
                guard under.count == 1 else { return (tokens, last) }
                placed.append((under[0], run))
            }
            // Headers wrap in a few cells; a line with text under most of them is the first body line
            // (distributed 均等割付 headers span their cells, so body text never runs wider than them).
            guard !placed.isEmpty, Set(placed.map(\.token)).count * 2 <= tokens.count else { break }
            for (index, run) in placed {
                let text = tokens[index].text + EvenSpacing.collapse(run.text)
                tokens[index] = HeaderToken(text: text, role: ColumnVocabulary.role(forHeader: text),
                                            line: GlyphLine(glyphs: tokens[index].line.glyphs + run.glyphs))
            }
            last += 1
        }
        return (tokens, last)
    }

    /// Header texts seen on a page, for the "table not found" message.
    static func candidates(in lines: [GlyphLine]) -> [String] {
        // The cells of the first line that has several (page furniture left out), else the short texts.
        let top = lines.prefix(8).map { line in
            tokens(of: line).map(\.text).filter { text in
                !text.isEmpty && PageFurniture.documentID(text) == nil && !PageFurniture.isPageNumber(text)
            }
        }
        if let header = top.first(where: { $0.count >= 2 }) { return header }
        return top.flatMap { $0 }.filter { $0.count <= 20 }
    }

    /// Cells of a header line. 均等割付 spreads a header's letters over its cell (「施　　策　　名」), so gaps do
    /// not tell cells apart. The line is cut into spans whose inner gaps are either all narrow (ordinary text)
    /// or all about equal (spread letters); of all such cuttings the one naming the most known headers exactly,
    /// then with the fewest cells, wins (dynamic programming over the letters).
    static func tokens(of line: GlyphLine) -> [HeaderToken] {
        let glyphs = line.glyphs.filter { !$0.isArrow }
        guard !glyphs.isEmpty else { return [] }
        let em = line.em
        let count = glyphs.count
        let longest = 40
        // best[i]: score and cut of glyphs[..<i]
        var best: [(score: Int, start: Int)] = Array(repeating: (Int.min, 0), count: count + 1)
        best[0] = (0, 0)
        for end in 1...count {
            // Cells are cut only where a gap is: never inside a word of ordinary text.
            guard end == count || glyphs[end].x - glyphs[end - 1].maxX >= em * 0.5 else { continue }
            guard !isInsideSpreadRun(glyphs, at: end, em: em) else { continue }
            for start in max(0, end - longest)..<end where best[start].score != Int.min {
                guard let score = spanScore(glyphs[start..<end], em: em) else { continue }
                let total = best[start].score + score
                if total > best[end].score { best[end] = (total, start) }
            }
        }
        var cuts: [Range<Int>] = []
        var end = count
        while end > 0 {
            let start = best[end].start
            cuts.append(start..<end)
            end = start
        }
        return cuts.reversed().map { range in
            let span = GlyphLine(glyphs: Array(glyphs[range]))
            let text = EvenSpacing.collapse(span.text)
            return HeaderToken(text: text, role: ColumnVocabulary.role(forHeader: text), line: span)
        }
    }

    /// Score of one cell made of `glyphs`, or nil when its gaps show it is not one cell.
    static func spanScore(_ glyphs: ArraySlice<PositionedGlyph>, em: Double) -> Int? {
        let gaps = zip(glyphs, glyphs.dropFirst()).map { $1.x - $0.maxX }
        let narrow = gaps.allSatisfy { $0 < em * 1.0 }
        let spread = !gaps.isEmpty && gaps.allSatisfy { $0 >= em * 0.3 }
            && (gaps.max()! - gaps.min()!) <= max(1, gaps.min()! * 0.2)
        guard narrow || spread else { return nil }
        let text = spread ? String(glyphs.map(\.character)) : GlyphLine(glyphs: Array(glyphs)).text
        let name = EvenSpacing.collapse(text)
        if ColumnVocabulary.isExactHeader(name) { return 10 }
        if !spread, ColumnVocabulary.role(forHeader: name) != nil { return 4 }
        // One cell's letters spread at one pitch around a known name (「ご　意　見　の　概　要」) are one header,
        // though a cutting into exactly known names (「①意見内容」「②対応方針」) goes first.
        if spread, ColumnVocabulary.role(forHeader: name) != nil, namesOneRole(name) { return 9 }
        return -1
    }

    /// Whether a cut before `glyphs[index]` falls inside letters spread at one pitch: the gaps before, at and
    /// after it are equal, so nothing on the page marks a cell boundary there.
    static func isInsideSpreadRun(_ glyphs: [PositionedGlyph], at index: Int, em: Double) -> Bool {
        guard index >= 2, index + 1 < glyphs.count else { return false }
        let gaps = [glyphs[index - 1].x - glyphs[index - 2].maxX, glyphs[index].x - glyphs[index - 1].maxX,
                    glyphs[index + 1].x - glyphs[index].maxX]
        let low = gaps.min()!, high = gaps.max()!
        // Tighter than the spread test in spanScore: one cell's justified letters are evenly spaced to a
        // fraction of a point, while the gap to the next cell only happens to be close (a ⇒ cell between).
        return low >= em * 0.3 && high - low <= max(0.5, low * 0.05)
    }

    /// Whether every known name inside `text` means the same role (「施策名意見」 holds two headers).
    static func namesOneRole(_ text: String) -> Bool {
        let key = ColumnVocabulary.headerKey(text)
        // The vocabulary's keys as computed once, not each name normalized again per call.
        let roles = Set(ColumnVocabulary.keyed.filter { $0.role != .number && key.contains($0.key) }.map(\.role))
        return roles.count == 1
    }
}

enum ColumnLayoutBuilder {
    /// Derives column x-ranges from the header tokens and the gutters of the body glyphs below them.
    /// Arrow-only blocks (⇒ cells between columns) are separators and belong to no column.
    /// `fixedRoles`: the tokens carry their roles (a structural header's № column is no vocabulary word).
    static func build(tokens: [HeaderToken], body: [PositionedGlyph], lineCount: Int, page: PageGlyphs,
                      fixedRoles: Bool = false) -> ColumnLayout {
        let sortedTokens = tokens.sorted { $0.line.minX < $1.line.minX }
        // The body's median glyph height, sorted for once: the unit of gutters and of distances to a column.
        let em = body.map(\.height).sorted().dropFirst(body.count / 2).first ?? 10
        // A gutter may be crossed by a line in fifty (a note spanning the table) and stay a gutter.
        let noise = max(0, lineCount / 50)
        let (blocks, splits) = NarrowGutters.split(contentBlocks(body, noise: noise, em: em), headers: sortedTokens,
                                                   body: body, noise: noise)
        var ranges = sortedTokens.map { (min: $0.line.minX, max: $0.line.maxX) }
        var guesses: [String] = splits
        // A block under a header widens that header's column. A block under none is the left part of the
        // column whose header follows it: cells are left-aligned under centred headers, so a short 「意見一」, a
        // 「１」 cut off from its policy text by an ideographic space, or a letter-wide sliver of a column lies
        // left of its own header. Right of the last header, a block joins the last column. A block far from
        // the column it is given to is reported.
        var unplaced: [Block] = []
        for block in blocks where !block.arrowsOnly {
            let overlaps = sortedTokens.indices.map { index -> Double in
                min(block.maxX, sortedTokens[index].line.maxX) - max(block.minX, sortedTokens[index].line.minX)
            }
            guard let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), overlaps[best] > 0 else {
                unplaced.append(block)
                continue
            }
            ranges[best].min = min(ranges[best].min, block.minX)
            ranges[best].max = max(ranges[best].max, block.maxX)
            let under = overlaps.indices.filter { overlaps[$0] > 0 }.map { sortedTokens[$0].text }
            if under.count > 1 {
                guesses.append("text at x \(Int(saturating: block.minX))–\(Int(saturating: block.maxX)) runs under the headers \(under.joined(separator: ", ")) with no gap between them; it was given to \(sortedTokens[best].text)")
            }
        }
        // Headers set flush left over their columns (each starting where its column's text starts): a block
        // under no header then belongs to the column on its left (a given name after an ideographic space).
        let flushLeft = isFlushLeft(sortedTokens, blocks: blocks)
        for block in unplaced.reversed() {  // right to left: a sliver's right neighbour is placed first
            let index = flushLeft ? (sortedTokens.indices.last { sortedTokens[$0].line.maxX <= block.minX } ?? 0)
                : sortedTokens.indices.first { sortedTokens[$0].line.minX >= block.maxX } ?? sortedTokens.count - 1
            let gap = max(ranges[index].min - block.maxX, block.minX - ranges[index].max, 0)
            if gap > em * 2 {
                guesses.append("text at x \(Int(saturating: block.minX))–\(Int(saturating: block.maxX)) is under no header; it was given to \(sortedTokens[index].text), the column it lies in")
            }
            ranges[index].min = min(ranges[index].min, block.minX)
            ranges[index].max = max(ranges[index].max, block.maxX)
        }
        // A ⇒ gutter is no column's, even under a header centred over the arrow and the cell after it.
        for block in blocks where block.arrowsOnly {
            for index in ranges.indices where block.maxX > ranges[index].min && block.minX < ranges[index].max
                && ranges[index].max - ranges[index].min > (block.maxX - block.minX) * 2 {
                if (block.minX + block.maxX) / 2 < (ranges[index].min + ranges[index].max) / 2 {
                    ranges[index].min = max(ranges[index].min, block.maxX)
                } else {
                    ranges[index].max = min(ranges[index].max, block.minX)
                }
            }
        }
        // Neighbouring ranges must not overlap: split any overlap at its middle.
        for index in ranges.indices.dropLast() where ranges[index].max > ranges[index + 1].min {
            let middle = (ranges[index].max + ranges[index + 1].min) / 2
            ranges[index].max = middle
            ranges[index + 1].min = middle
        }
        let roles = fixedRoles ? sortedTokens.map(\.role) : ColumnVocabulary.roles(forHeaders: sortedTokens.map(\.text))
        let columns = sortedTokens.indices.map { index in
            ColumnLayout.Column(header: ColumnHeader(text: sortedTokens[index].text, role: roles[index]),
                                minX: ranges[index].min, maxX: ranges[index].max,
                                headerBox: sortedTokens[index].line.box(page: page.number))
        }
        let headerTop = sortedTokens.map(\.line.minY).min() ?? 0
        let headerBottom = sortedTokens.map(\.line.maxY).max() ?? 0
        return ColumnLayout(columns: columns, headerBottom: headerBottom, headerTop: headerTop, pageWidth: page.width,
                            guesses: guesses)
    }

    /// Whether every header starts within a point and a half of the text block under it, at least three of them.
    static func isFlushLeft(_ tokens: [HeaderToken], blocks: [Block]) -> Bool {
        let aligned = tokens.filter { token in
            blocks.contains { !$0.arrowsOnly && abs($0.minX - token.line.minX) <= 1.5 }
        }
        return tokens.count >= 3 && aligned.count == tokens.count
    }

    struct Block {
        var minX: Double
        var maxX: Double
        var arrowsOnly: Bool
    }

    /// A stretch of whole points `start..<end` (from `origin`) covered by the same glyphs: `all` of them,
    /// `arrows` of those arrows.
    struct CoverageRun {
        var start: Int
        var end: Int
        var all: Int
        var arrows: Int
    }

    /// How many glyphs cover each whole point from `origin` (`width` points), as runs of equal count: memory
    /// grows with the glyphs, never with the page width (a MediaBox or text matrix can say 1e10 points).
    static func coverage(of glyphs: [PositionedGlyph], origin: Int, width: Int) -> [CoverageRun] {
        var changes: [(x: Int, all: Int, arrows: Int)] = []
        changes.reserveCapacity(glyphs.count * 2)
        for glyph in glyphs {
            // Shrink by a fraction so touching neighbours do not bridge a hairline gutter.
            let inset = glyph.width * 0.1
            let from = max(0, Int(saturating: (glyph.x + inset).rounded(.down) - Double(origin)))
            let to = min(width - 1, Int(saturating: (glyph.maxX - inset).rounded(.up) - Double(origin)))
            guard from <= to else { continue }
            let arrow = glyph.isArrow ? 1 : 0
            changes.append((from, 1, arrow))
            changes.append((to + 1, -1, -arrow))
        }
        changes.sort { $0.x < $1.x }
        var runs: [CoverageRun] = []
        var (x, index, all, arrows) = (0, 0, 0, 0)
        while x < width {
            while index < changes.count, changes[index].x == x {
                all += changes[index].all
                arrows += changes[index].arrows
                index += 1
            }
            let end = index < changes.count ? changes[index].x : width
            runs.append(CoverageRun(start: x, end: end, all: all, arrows: arrows))
            x = end
        }
        return runs
    }

    /// Maximal x-intervals covered by body glyphs, split at gutters. A gutter may be crossed by a few
    /// lines (a note spanning the table) without disappearing: `noise`, the glyphs allowed over a gutter.
    /// `em`: the glyphs' median height.
    static func contentBlocks(_ glyphs: [PositionedGlyph], noise: Int, em: Double) -> [Block] {
        // Space glyphs were dropped when the page was read.
        guard let minX = glyphs.map(\.x).min(), let maxX = glyphs.map(\.maxX).max(), maxX > minX else { return [] }
        let origin = Int(saturating: minX, rounding: .down)
        let width = Int(saturating: maxX.rounded(.up) - Double(origin) + 1)
        let runs = coverage(of: glyphs, origin: origin, width: width)
        let minimumGutter = max(1.5, em * 0.35)
        var blocks: [Block] = []
        var start: Int?
        var allArrows = true
        // Each run, then the end of the page: the same walk as point by point, a run at a time.
        for run in runs + [CoverageRun(start: width, end: width, all: 0, arrows: 0)] {
            let covered = run.start < width && run.all > noise
            if covered {
                if start == nil { start = run.start; allArrows = true }
                if run.arrows < run.all { allArrows = false }
            } else if let begin = start {
                let block = Block(minX: Double(begin) + Double(origin), maxX: Double(run.start) + Double(origin),
                                  arrowsOnly: allArrows)
                // The gaps between the glyphs of a word line up in every line; a gutter is wider.
                if let last = blocks.last, last.arrowsOnly == block.arrowsOnly, block.minX - last.maxX < minimumGutter {
                    blocks[blocks.count - 1].maxX = block.maxX
                } else {
                    blocks.append(block)
                }
                start = nil
            }
        }
        return blocks
    }
}
