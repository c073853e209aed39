import JapaneseText
import ShiryoCore

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
}
