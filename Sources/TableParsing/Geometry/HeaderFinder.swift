import JapaneseText
import ShiryoCore

/// The header row found by the vocabulary of column names (see `ColumnVocabulary`).
enum HeaderFinder {
    /// A header line: its page line index and its cells.
    struct Found {
        let index: Int
        let tokens: [HeaderToken]
    }

    /// A header with its wrapped lines: its cells and the page line index of its last line.
    struct Extended {
        let tokens: [HeaderToken]
        let lastIndex: Int
    }

    /// The first line (top-down) whose cells name at least two known column roles.
    static func find(in lines: [GlyphLine], tolerances: ColumnTolerances = .standard) -> Found? {
        for (index, line) in lines.enumerated() {
            let tokens = tokens(of: line)
            let roles = Set(tokens.compactMap(\.role))
            if roles.count >= tolerances.headerRoles, tokens.count <= tolerances.headerCells {
                return Found(index: index, tokens: tokens)
            }
        }
        return nil
    }

    /// Header cells wrapped onto more lines (「③改訂基本計画」 over 「への反映」): the lines right under the
    /// header line, at line spacing and in its font size, whose every run sits under one header cell, are
    /// appended to those cells. Returns the cells and the index of the header's last line. A body line is
    /// further below (cell padding) or runs wider than the header text above it.
    static func extend(
        _ tokens: [HeaderToken], lines: [GlyphLine], headerIndex: Int,
        tolerances: ColumnTolerances = .standard
    ) -> Extended {
        var tokens = tokens
        var last = headerIndex
        let em = lines[headerIndex].em
        while last + 1 < lines.count {
            let line = lines[last + 1]
            guard line.minY - lines[last].maxY < em * tolerances.headerWrapGap, abs(line.em - em) <= em * tolerances.headerWrapSize
            else { break }
            var placed: [(token: Int, run: GlyphLine)] = []
            for run in line.runs(gapInEm: tolerances.headerRunGap) {
                let indent = em * tolerances.headerWrapIndent
                let under = tokens.indices.filter { run.minX >= tokens[$0].line.minX - indent && run.maxX <= tokens[$0].line.maxX + indent }
                guard under.count == 1 else { return Extended(tokens: tokens, lastIndex: last) }
                placed.append((under[0], run))
            }
            // Headers wrap in a few cells; a line with text under most of them is the first body line
            // (distributed 均等割付 headers span their cells, so body text never runs wider than them).
            guard !placed.isEmpty, Set(placed.map(\.token)).count * 2 <= tokens.count else { break }
            for (index, run) in placed {
                let text = tokens[index].text + EvenSpacing.collapse(run.text)
                tokens[index] = HeaderToken(
                    text: text, role: ColumnVocabulary.role(forHeader: text),
                    line: GlyphLine(glyphs: tokens[index].line.glyphs + run.glyphs))
            }
            last += 1
        }
        return Extended(tokens: tokens, lastIndex: last)
    }

    /// Header texts seen on a page, for the "table not found" message.
    static func candidates(in lines: [GlyphLine], tolerances: ColumnTolerances = .standard) -> [String] {
        // The cells of the first line that has several (page furniture left out), else the short texts.
        let top = lines.prefix(tolerances.candidateLines).map { line in
            tokens(of: line).map(\.text).filter { text in
                !text.isEmpty && PageFurniture.documentID(text) == nil && !PageFurniture.isPageNumber(text)
            }
        }
        if let header = top.first(where: { $0.count >= 2 }) { return header }
        return top.flatMap { $0 }.filter { $0.count <= tolerances.candidateLength }
    }

    /// Cells of a header line. 均等割付 spreads a header's letters over its cell (「施　　策　　名」), so gaps do
    /// not tell cells apart. The line is cut into spans whose inner gaps are either all narrow (ordinary text)
    /// or all about equal (spread letters); of all such cuttings the one naming the most known headers exactly,
    /// then with the fewest cells, wins (dynamic programming over the letters).
    static func tokens(of line: GlyphLine, tolerances: ColumnTolerances = .standard) -> [HeaderToken] {
        let glyphs = line.glyphs.filter { !$0.isArrow }
        guard !glyphs.isEmpty else { return [] }
        let em = line.em
        let count = glyphs.count
        let longest = tolerances.headerCellGlyphs
        // best[i]: score and cut of glyphs[..<i]
        var best: [(score: Int, start: Int)] = Array(repeating: (Int.min, 0), count: count + 1)
        best[0] = (0, 0)
        for end in 1...count {
            // Cells are cut only where a gap is: never inside a word of ordinary text.
            guard end == count || glyphs[end].x - glyphs[end - 1].maxX >= em * tolerances.headerCutGap else { continue }
            guard !isInsideSpreadRun(glyphs, at: end, em: em, tolerances: tolerances) else { continue }
            for start in max(0, end - longest)..<end where best[start].score != Int.min {
                guard let score = spanScore(glyphs[start..<end], em: em, tolerances: tolerances) else { continue }
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
    static func spanScore(_ glyphs: ArraySlice<PositionedGlyph>, em: Double, tolerances: ColumnTolerances = .standard) -> Int? {
        let gaps = zip(glyphs, glyphs.dropFirst()).map { $1.x - $0.maxX }
        let narrow = gaps.allSatisfy { $0 < em * tolerances.narrowGap }
        let spread =
            !gaps.isEmpty && gaps.allSatisfy { $0 >= em * tolerances.spreadGap }
            && (gaps.max()! - gaps.min()!) <= max(tolerances.spreadEvennessMinimum, gaps.min()! * tolerances.spreadEvenness)
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
    static func isInsideSpreadRun(
        _ glyphs: [PositionedGlyph], at index: Int, em: Double,
        tolerances: ColumnTolerances = .standard
    ) -> Bool {
        guard index >= 2, index + 1 < glyphs.count else { return false }
        let gaps = [
            glyphs[index - 1].x - glyphs[index - 2].maxX, glyphs[index].x - glyphs[index - 1].maxX,
            glyphs[index + 1].x - glyphs[index].maxX,
        ]
        let low = gaps.min()!, high = gaps.max()!
        // Tighter than the spread test in spanScore: one cell's justified letters are evenly spaced to a
        // fraction of a point, while the gap to the next cell only happens to be close (a ⇒ cell between).
        return low >= em * tolerances.spreadGap
            && high - low <= max(tolerances.spreadRunEvennessMinimum, low * tolerances.spreadRunEvenness)
    }

    /// Whether every known name inside `text` means the same role (「施策名意見」 holds two headers).
    static func namesOneRole(_ text: String) -> Bool {
        let key = ColumnVocabulary.headerKey(text)
        // The vocabulary's keys as computed once, not each name normalized again per call.
        let roles = Set(ColumnVocabulary.keyed.filter { $0.role != .number && key.contains($0.key) }.map(\.role))
        return roles.count == 1
    }
}
