import JapaneseText
import ShiryoCore

/// Stage 4's rule: column x-ranges from the header cells and the gutters of the body text below them.
enum ColumnLayoutBuilder {
    /// A column's x-range while the body's blocks are given out.
    struct ColumnRange {
        let min: Double
        let max: Double

        /// This range widened to cover `minX...maxX`.
        func covering(_ minX: Double, _ maxX: Double) -> ColumnRange {
            ColumnRange(min: Swift.min(min, minX), max: Swift.max(max, maxX))
        }
    }

    /// Derives column x-ranges from the header tokens and the gutters of the body glyphs below them.
    /// Arrow-only blocks (⇒ cells between columns) are separators and belong to no column.
    /// `fixedRoles`: the tokens carry their roles (a structural header's № column is no vocabulary word).
    static func build(
        tokens: [HeaderToken], body: [PositionedGlyph], lineCount: Int, page: PageGlyphs,
        fixedRoles: Bool = false, tolerances: ColumnTolerances = .standard
    ) -> ColumnLayout {
        let sortedTokens = tokens.sorted { $0.line.minX < $1.line.minX }
        // The body's median glyph height, sorted for once: the unit of gutters and of distances to a column.
        let em = body.map(\.height).upperMedian ?? tolerances.defaultEm
        // A gutter may be crossed by a line in fifty (a note spanning the table) and stay a gutter.
        let noise = max(0, lineCount / tolerances.linesPerGutterCrossing)
        let (blocks, splits) = NarrowGutters.split(
            contentBlocks(body, noise: noise, em: em), headers: sortedTokens,
            body: body, noise: noise)
        var ranges = sortedTokens.map { ColumnRange(min: $0.line.minX, max: $0.line.maxX) }
        var guesses: [String] = splits
        let unplaced = placeUnderHeaders(blocks, headers: sortedTokens, ranges: &ranges, guesses: &guesses)
        placeBesideHeaders(
            unplaced, blocks: blocks, headers: sortedTokens, em: em, ranges: &ranges, guesses: &guesses,
            tolerances: tolerances)
        ranges = withoutOverlaps(trimmedAtArrows(ranges, blocks: blocks))
        let roles = fixedRoles ? sortedTokens.map(\.role) : ColumnVocabulary.roles(forHeaders: sortedTokens.map(\.text))
        let columns = sortedTokens.indices.map { index in
            ColumnLayout.Column(
                header: ColumnHeader(text: sortedTokens[index].text, role: roles[index]),
                minX: ranges[index].min, maxX: ranges[index].max,
                headerBox: sortedTokens[index].line.box(page: page.number))
        }
        let headerTop = sortedTokens.map(\.line.minY).min() ?? 0
        let headerBottom = sortedTokens.map(\.line.maxY).max() ?? 0
        return ColumnLayout(
            columns: columns, headerBottom: headerBottom, headerTop: headerTop, pageWidth: page.width,
            guesses: guesses)
    }

    /// A block under a header widens that header's column (reported when it runs under several). Returns the
    /// blocks under no header.
    static func placeUnderHeaders(
        _ blocks: [Block], headers: [HeaderToken], ranges: inout [ColumnRange],
        guesses: inout [String]
    ) -> [Block] {
        var unplaced: [Block] = []
        for block in blocks where !block.arrowsOnly {
            let overlaps = headers.indices.map { index -> Double in
                min(block.maxX, headers[index].line.maxX) - max(block.minX, headers[index].line.minX)
            }
            guard let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), overlaps[best] > 0 else {
                unplaced.append(block)
                continue
            }
            ranges[best] = ranges[best].covering(block.minX, block.maxX)
            let under = overlaps.indices.filter { overlaps[$0] > 0 }.map { headers[$0].text }
            if under.count > 1 {
                guesses.append(
                    "text at x \(Int(saturating: block.minX))–\(Int(saturating: block.maxX)) runs under the headers \(under.joined(separator: ", ")) with no gap between them; it was given to \(headers[best].text)"
                )
            }
        }
        return unplaced
    }

    /// A block under no header is the left part of the column whose header follows it: cells are left-aligned
    /// under centred headers, so a short 「意見一」, a 「１」 cut off from its policy text by an ideographic space,
    /// or a letter-wide sliver of a column lies left of its own header. Right of the last header, a block joins
    /// the last column. Headers set flush left over their columns: the block belongs to the column on its left
    /// (a given name after an ideographic space). A block far from the column it is given to is reported.
    static func placeBesideHeaders(
        _ unplaced: [Block], blocks: [Block], headers: [HeaderToken], em: Double,
        ranges: inout [ColumnRange], guesses: inout [String], tolerances: ColumnTolerances
    ) {
        let flushLeft = isFlushLeft(headers, blocks: blocks, tolerances: tolerances)
        for block in unplaced.reversed() {  // right to left: a sliver's right neighbour is placed first
            let index =
                flushLeft
                ? (headers.indices.last { headers[$0].line.maxX <= block.minX } ?? 0)
                : headers.indices.first { headers[$0].line.minX >= block.maxX } ?? headers.count - 1
            let gap = max(ranges[index].min - block.maxX, block.minX - ranges[index].max, 0)
            if gap > em * tolerances.farBlock {
                guesses.append(
                    "text at x \(Int(saturating: block.minX))–\(Int(saturating: block.maxX)) is under no header; it was given to \(headers[index].text), the column it lies in"
                )
            }
            ranges[index] = ranges[index].covering(block.minX, block.maxX)
        }
    }

    /// A ⇒ gutter is no column's, even under a header centred over the arrow and the cell after it.
    static func trimmedAtArrows(_ ranges: [ColumnRange], blocks: [Block]) -> [ColumnRange] {
        var ranges = ranges
        for block in blocks where block.arrowsOnly {
            for index in ranges.indices
            where block.maxX > ranges[index].min && block.minX < ranges[index].max
                && ranges[index].max - ranges[index].min > (block.maxX - block.minX) * 2
            {
                if (block.minX + block.maxX) / 2 < (ranges[index].min + ranges[index].max) / 2 {
                    ranges[index] = ColumnRange(min: max(ranges[index].min, block.maxX), max: ranges[index].max)
                } else {
                    ranges[index] = ColumnRange(min: ranges[index].min, max: min(ranges[index].max, block.minX))
                }
            }
        }
        return ranges
    }

    /// Neighbouring ranges must not overlap: any overlap is split at its middle.
    static func withoutOverlaps(_ ranges: [ColumnRange]) -> [ColumnRange] {
        var ranges = ranges
        for index in ranges.indices.dropLast() where ranges[index].max > ranges[index + 1].min {
            let middle = (ranges[index].max + ranges[index + 1].min) / 2
            ranges[index] = ColumnRange(min: ranges[index].min, max: middle)
            ranges[index + 1] = ColumnRange(min: middle, max: ranges[index + 1].max)
        }
        return ranges
    }

    /// Whether every header starts within `flushLeft` points of the text block under it, at least
    /// `flushLeftHeaders` of them.
    static func isFlushLeft(_ tokens: [HeaderToken], blocks: [Block], tolerances: ColumnTolerances = .standard) -> Bool {
        let aligned = tokens.filter { token in
            blocks.contains { !$0.arrowsOnly && abs($0.minX - token.line.minX) <= tolerances.flushLeft }
        }
        return tokens.count >= tolerances.flushLeftHeaders && aligned.count == tokens.count
    }

    struct Block {
        var minX: Double
        var maxX: Double
        let arrowsOnly: Bool
    }
}
