import JapaneseText
import ShiryoCore

/// A table header found by structure: the lines right above the first row of a column of counting numbers,
/// cut into cells by the body's columns, whatever words they print.
struct StructuralHeader: Sendable {
    let tokens: [HeaderToken]
    /// Page line indexes of the header (first...last) and of the first numbered row.
    let firstLine: Int
    let lastLine: Int
    /// The line printed right above the header (the table's own title), spread letters put together.
    let caption: String?
    let numberColumn: NumberColumn

    /// One piece of header text: a word, or letters spread over a cell put back together.
    struct Fragment {
        var glyphs: [PositionedGlyph]
        var text: String
        var minX: Double { glyphs.map(\.x).min() ?? 0 }
        var maxX: Double { glyphs.map(\.maxX).max() ?? 0 }
        var minY: Double { glyphs.map(\.y).min() ?? 0 }
    }

    /// The header above `numbers`' first row on a page of `lines`, or nil when what is above is no header
    /// (body text continued from the page before, a page head, nothing).
    static func find(
        lines: [GlyphLine], numbers: NumberColumn, rulings: [RulingLine] = [], isFurniture: (Int) -> Bool,
        tolerances: GeometryTolerances
    ) -> StructuralHeader? {
        guard let first = numbers.tokens.first else { return nil }
        let bodyEm = lines[first.line].em
        var top = first.line
        var ownLines = 0  // lines above the number whose middle is at its height belong to its row
        while top - ownLines > 0, lines[top - ownLines - 1].midY >= first.minY { ownLines += 1 }
        top -= ownLines
        var rowTop = top
        while top > 0 {
            let line = lines[top - 1]
            if isFurniture(top - 1) || PageFurniture.isDateLine(line.text) || line.em > bodyEm * tolerances.captionSizeRatio {
                break
            }
            if top < rowTop, lines[top].minY - line.maxY > tolerances.headerLineGap * line.height { break }
            top -= 1
        }
        // The first row may start above its №, when the № is centred in a tall cell: the header ends at the
        // first line that reads like a cell's text (a digit, a sentence, a long run).
        if let firstBodyLine = (top..<rowTop).first(where: { !isHeaderLike(lines[$0], tolerances: tolerances) }) {
            rowTop = firstBodyLine
        }
        guard top < rowTop else { return nil }
        let body = lines.indices.filter { $0 >= rowTop && !isFurniture($0) }.map { lines[$0] }
        let firstRowMiddle = (first.minY + first.maxY) / 2
        let blocks =
            RuledColumns.cells(rulings, at: firstRowMiddle, tolerances: tolerances)
            ?? BodyBlocks.blocks(of: body.flatMap(\.glyphs), lines: body)
        var fragmentLines = lines[top..<rowTop].map { fragments(of: $0, tolerances: tolerances) }
        // A line over the whole table at the top of the region is the table's caption, not a spanning cell.
        var captionLine: Int?
        let tableMiddle = ((blocks.first?.lowerBound ?? 0) + (blocks.last?.upperBound ?? 0)) / 2
        while fragmentLines.count > 1, let only = fragmentLines.first, only.count == 1, blocks.count > tolerances.captionColumns,
            abs((only[0].minX + only[0].maxX) / 2 - tableMiddle) <= bodyEm * tolerances.captionCentre
        {
            captionLine = top
            fragmentLines.removeFirst()
            top += 1
        }
        let cells = HeaderCells.cells(of: fragmentLines, blocks: blocks)
        guard let tokens = HeaderCells.tokens(cells, numberColumn: numbers, tolerances: tolerances) else { return nil }
        let caption = (captionLine.map { [$0] } ?? Array((0..<top).reversed()))
            .first { !isFurniture($0) && !PageFurniture.isDateLine(lines[$0].text) }
            .map { captionText(lines[$0]) }
        return StructuralHeader(
            tokens: tokens, firstLine: top, lastLine: rowTop - 1, caption: caption,
            numberColumn: numbers)
    }

    /// A caption line without the document number or page mark printed beside it, spread letters joined.
    static func captionText(_ line: GlyphLine, tolerances: GeometryTolerances = .standard) -> String {
        let runs = line.runs(gapInEm: tolerances.captionRunGap).map { EvenSpacing.collapse($0.text) }.filter {
            !PageFurniture.isPageMark($0)
        }
        return runs.joined(separator: "\u{3000}")
    }

    /// Header text names columns: no digits, no punctuation of sentences, no long run of words.
    static func isHeaderLike(_ line: GlyphLine, tolerances: GeometryTolerances) -> Bool {
        !line.glyphs.contains(where: \.isDigit) && !line.text.contains("。") && !line.text.contains("、")
            && line.runs(gapInEm: tolerances.headerWordGap).allSatisfy { $0.glyphs.count <= tolerances.headerCellLength }
    }

    /// A header line's words; single letters at one even pitch (均等割付 「質　問　要　旨」) are one word.
    static func fragments(of line: GlyphLine, tolerances: GeometryTolerances) -> [Fragment] {
        let runs = line.runs(gapInEm: tolerances.headerWordGap)
        var result: [Fragment] = []
        var pitch: Double?
        for run in runs {
            let single = run.glyphs.count == 1 && EvenSpacing.isLetter(String(run.glyphs[0].character), numbered: true)
            if single, let last = result.last, last.text.count == last.glyphs.count,
                last.glyphs.count == 1 || pitch != nil
            {
                let gap = run.minX - last.maxX
                let even = pitch.map { abs(gap - $0) <= max(tolerances.spreadPitchMinimum, $0 * tolerances.spreadPitch) } ?? true
                if even, gap <= line.em * tolerances.spreadLetterGap {
                    result[result.count - 1].glyphs += run.glyphs
                    result[result.count - 1].text += String(run.glyphs[0].character)
                    pitch = gap
                    continue
                }
            }
            pitch = nil
            let text = EvenSpacing.collapse(run.text)
            result.append(Fragment(glyphs: run.glyphs, text: text))
        }
        return result
    }
}

/// The x-ranges of a table body's columns as its text covers them. A gap that an evenly spaced run of
/// letters crosses (a name spread over its cell, 「友　寄　永　三」) lies inside a cell, not between columns.
enum BodyBlocks {
    static func blocks(of glyphs: [PositionedGlyph], lines: [GlyphLine], tolerances: ColumnTolerances = .standard)
        -> [ClosedRange<Double>]
    {
        let em = glyphs.map(\.height).upperMedian ?? tolerances.defaultEm
        let noise = max(0, lines.count / tolerances.linesPerGutterCrossing)
        var blocks = ColumnLayoutBuilder.contentBlocks(glyphs, noise: noise, em: em)
            .filter { !$0.arrowsOnly }.map { $0.minX...$0.maxX }
        let bridges = lines.flatMap { spreadSpans($0, tolerances: tolerances) }
        var index = 0
        while index + 1 < blocks.count {
            let gap = blocks[index].upperBound...blocks[index + 1].lowerBound
            if bridges.contains(where: { $0.lowerBound < gap.lowerBound && $0.upperBound > gap.upperBound }) {
                blocks[index] = blocks[index].lowerBound...blocks[index + 1].upperBound
                blocks.remove(at: index + 1)
            } else {
                index += 1
            }
        }
        return blocks
    }

    /// Runs of three or more single letters at one even pitch wider than a letter gap, as x-ranges.
    static func spreadSpans(_ line: GlyphLine, tolerances: ColumnTolerances = .standard) -> [ClosedRange<Double>] {
        let glyphs = line.glyphs
        var spans: [ClosedRange<Double>] = []
        var start = 0
        while start + 2 < glyphs.count {
            let gap = glyphs[start + 1].x - glyphs[start].maxX
            var end = start + 1
            while end + 1 < glyphs.count, gap > line.em * tolerances.spreadSpanGap,
                abs(glyphs[end + 1].x - glyphs[end].maxX - gap)
                    <= max(tolerances.spreadSpanEvennessMinimum, gap * tolerances.spreadSpanEvenness)
            {
                end += 1
            }
            if end - start >= 2 { spans.append(glyphs[start].x...glyphs[end].maxX) }
            start = max(end, start + 1)
        }
        return spans
    }
}
