import JapaneseText
import ShiryoCore

/// Header text cut into cells by the body's columns: the words over one column (wrapped over two or three
/// lines, or letters spread over the cell) are one cell; a word over several columns with cells under it
/// (「意見等」 over 「内容」「件数」) is a spanning cell that names each of them.
enum HeaderCells {
    struct Cell {
        /// (line, fragment) in reading order.
        var fragments: [(line: Int, fragment: StructuralHeader.Fragment)]
        var blocks: ClosedRange<Int>
        var parents: [String] = []

        var text: String {
            let own = LineJoining.join(fragments.map(\.fragment.text))
            return (parents + [own]).joined(separator: "・")
        }
        var glyphs: [PositionedGlyph] { fragments.flatMap(\.fragment.glyphs) }
    }

    /// `lines`: each header line's fragments, top-down. `blocks`: the body's column x-ranges, left to right.
    static func cells(of lines: [[StructuralHeader.Fragment]], blocks: [ClosedRange<Double>]) -> [Cell] {
        guard !blocks.isEmpty else { return [] }
        var placed: [(line: Int, fragment: StructuralHeader.Fragment, span: ClosedRange<Int>)] = []
        for (lineIndex, fragments) in lines.enumerated() {
            for fragment in fragments { placed.append((lineIndex, fragment, span(of: fragment, in: blocks))) }
        }
        // A short word centred over the cells of several columns (a colspan) lies over one of them only.
        for index in placed.indices where placed[index].span.count == 1 {
            let below = Set(placed.filter { $0.line > placed[index].line }.flatMap { Array($0.span) })
            if let run = centredRun(placed[index].fragment, over: below, blocks: blocks) { placed[index].span = run }
        }
        let isParent = placed.map { item in
            item.span.count > 1
                && Set(
                    placed.filter {
                        $0.line > item.line && item.span.contains($0.span.lowerBound)
                            && item.span.contains($0.span.upperBound)
                    }.map(\.span.lowerBound)
                ).count > 1
        }
        var cells: [Cell] = []
        for (index, item) in placed.enumerated() where !isParent[index] {
            // Two words on one line are two cells, even over one block (a gutter too narrow to see); single
            // letters may be a cell's letters spread unevenly.
            let overlapping = cells.indices.filter { index in
                cells[index].blocks.overlaps(item.span)
                    && !(item.fragment.glyphs.count > 1
                        && cells[index].fragments.contains {
                            $0.line == item.line && $0.fragment.glyphs.count > 1
                        })
            }
            var cell = Cell(fragments: [(item.line, item.fragment)], blocks: item.span)
            for other in overlapping.reversed() {
                cell.fragments = cells[other].fragments + cell.fragments
                cell.blocks =
                    min(
                        cell.blocks.lowerBound, cells[other].blocks.lowerBound)...max(
                        cell.blocks.upperBound, cells[other].blocks.upperBound)
                cells.remove(at: other)
            }
            cells.append(cell)
        }
        for index in cells.indices {
            cells[index].fragments.sort { ($0.line, $0.fragment.minX) < ($1.line, $1.fragment.minX) }
            let cellLine = cells[index].fragments.map(\.line).min() ?? 0
            cells[index].parents = placed.indices.filter {
                isParent[$0] && placed[$0].line < cellLine
                    && placed[$0].span.contains(cells[index].blocks.lowerBound)
            }.map { placed[$0].fragment.text }
        }
        return cells.sorted { $0.blocks.lowerBound < $1.blocks.lowerBound }
    }

    /// The run of two or more neighbouring blocks, each with header text below the fragment, whose middle the
    /// fragment's middle is (within an em): the columns a spanning header cell is centred over.
    static func centredRun(
        _ fragment: StructuralHeader.Fragment, over below: Set<Int>,
        blocks: [ClosedRange<Double>]
    ) -> ClosedRange<Int>? {
        let own = span(of: fragment, in: blocks).lowerBound
        let middle = (fragment.minX + fragment.maxX) / 2
        let em = fragment.glyphs.map(\.height).max() ?? GeometryTolerances.standard.defaultEm
        for start in stride(from: own, through: 0, by: -1) where below.contains(start) {
            for end in own..<blocks.count where end > start && (start...end).allSatisfy(below.contains) {
                if abs((blocks[start].lowerBound + blocks[end].upperBound) / 2 - middle) <= em { return start...end }
            }
        }
        return nil
    }

    /// The blocks a fragment lies over (overlapping in x), or the nearest one.
    static func span(of fragment: StructuralHeader.Fragment, in blocks: [ClosedRange<Double>]) -> ClosedRange<Int> {
        let over = blocks.indices.filter { fragment.maxX > blocks[$0].lowerBound && fragment.minX < blocks[$0].upperBound }
        if let first = over.first, let last = over.last { return first...last }
        let centre = (fragment.minX + fragment.maxX) / 2
        let nearest = blocks.indices.min { distance(centre, blocks[$0]) < distance(centre, blocks[$1]) }!
        return nearest...nearest
    }

    static func distance(_ x: Double, _ range: ClosedRange<Double>) -> Double {
        x < range.lowerBound ? range.lowerBound - x : max(0, x - range.upperBound)
    }

    /// Header tokens for the layout builder, or nil when the cells are no header: fewer than two, one of
    /// them reads like body text, or none stands over the number column.
    static func tokens(_ cells: [Cell], numberColumn: NumberColumn, tolerances: GeometryTolerances) -> [HeaderToken]? {
        guard cells.count >= tolerances.headerCellCount else { return nil }
        let texts = cells.map(\.text)
        guard texts.allSatisfy({ $0.count <= tolerances.headerCellLength && !$0.contains("。") }) else { return nil }
        let centre = (numberColumn.minX + numberColumn.maxX) / 2
        let lines = cells.map { GlyphLine(glyphs: $0.glyphs.sorted { $0.x < $1.x }) }
        guard
            let numberCell = lines.indices.min(by: {
                distance(centre, lines[$0].minX...lines[$0].maxX)
                    < distance(centre, lines[$1].minX...lines[$1].maxX)
            }),
            distance(centre, lines[numberCell].minX...lines[numberCell].maxX)
                <= lines[numberCell].em * tolerances.numberHeaderDistance
        else { return nil }
        var roles = ColumnVocabulary.roles(forHeaders: texts)
        for index in roles.indices where roles[index] == .number { roles[index] = nil }
        roles[numberCell] = .number
        return cells.indices.map { HeaderToken(text: texts[$0], role: roles[$0], line: lines[$0]) }
    }
}
