import JapaneseText
import ShiryoCore

/// A table header found by structure: the lines right above the first row of a column of counting numbers,
/// cut into cells by the body's columns, whatever words they print.
struct StructuralHeader: Sendable {
    var tokens: [HeaderToken]
    /// Page line indexes of the header (first...last) and of the first numbered row.
    var firstLine: Int
    var lastLine: Int
    /// The line printed right above the header (the table's own title), spread letters put together.
    var caption: String?
    var numberColumn: NumberColumn

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
    static func find(lines: [GlyphLine], numbers: NumberColumn, isFurniture: (Int) -> Bool,
                     tolerances: GeometryTolerances) -> StructuralHeader? {
        guard let first = numbers.tokens.first else { return nil }
        let bodyEm = lines[first.line].em
        var top = first.line
        while top > 0 {
            let line = lines[top - 1]
            if isFurniture(top - 1) || PageFurniture.isDateLine(line.text) || line.em > bodyEm * tolerances.captionSizeRatio {
                break
            }
            if top < first.line, lines[top].minY - line.maxY > tolerances.headerLineGap * line.height { break }
            top -= 1
        }
        guard top < first.line else { return nil }
        let headerLines = Array(lines[top..<first.line])
        let body = lines[first.line...].flatMap(\.glyphs)
        let blocks = BodyBlocks.blocks(of: body, lines: Array(lines[first.line...]))
        let cells = HeaderCells.cells(of: headerLines.map { fragments(of: $0, tolerances: tolerances) }, blocks: blocks)
        guard let tokens = HeaderCells.tokens(cells, numberColumn: numbers, tolerances: tolerances) else { return nil }
        let caption = (0..<top).reversed().first { !isFurniture($0) && !PageFurniture.isDateLine(lines[$0].text) }
            .map { EvenSpacing.collapse(lines[$0].text) }
        return StructuralHeader(tokens: tokens, firstLine: top, lastLine: first.line - 1, caption: caption,
                                numberColumn: numbers)
    }

    /// A header line's words; single letters at one even pitch (均等割付 「質　問　要　旨」) are one word.
    static func fragments(of line: GlyphLine, tolerances: GeometryTolerances) -> [Fragment] {
        let runs = line.runs(gapInEm: 1.0)
        var result: [Fragment] = []
        var pitch: Double?
        for run in runs {
            let single = run.glyphs.count == 1 && EvenSpacing.isLetter(String(run.glyphs[0].character), numbered: true)
            if single, let last = result.last, last.text.count == last.glyphs.count,
               last.glyphs.count == 1 || pitch != nil {
                let gap = run.minX - last.maxX
                let even = pitch.map { abs(gap - $0) <= max(1, $0 * 0.1) } ?? true
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
    static func blocks(of glyphs: [PositionedGlyph], lines: [GlyphLine]) -> [ClosedRange<Double>] {
        let em = glyphs.map(\.height).sorted().dropFirst(glyphs.count / 2).first ?? 10
        let noise = max(0, lines.count / 50)
        var blocks = ColumnLayoutBuilder.contentBlocks(glyphs, noise: noise, em: em)
            .filter { !$0.arrowsOnly }.map { $0.minX...$0.maxX }
        let bridges = lines.flatMap(spreadSpans)
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
    static func spreadSpans(_ line: GlyphLine) -> [ClosedRange<Double>] {
        let glyphs = line.glyphs
        var spans: [ClosedRange<Double>] = []
        var start = 0
        while start + 2 < glyphs.count {
            let gap = glyphs[start + 1].x - glyphs[start].maxX
            var end = start + 1
            while end + 1 < glyphs.count, gap > line.em * 0.5,
                  abs(glyphs[end + 1].x - glyphs[end].maxX - gap) <= max(0.5, gap * 0.05) {
                end += 1
            }
            if end - start >= 2 { spans.append(glyphs[start].x...glyphs[end].maxX) }
            start = max(end, start + 1)
        }
        return spans
    }
}
