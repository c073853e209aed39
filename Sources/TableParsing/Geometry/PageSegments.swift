import ShiryoCore

/// Several tables on one page: a second header row (naming known columns) below numbered rows of the first
/// starts another table. The page is cut above it — above its caption when a caption line sits closer to the
/// header than to the rows above — and each part is read as a page of its own.
enum PageSegments {
    /// The page's parts, top-down, each with the caption printed above its header (the page itself, without
    /// caption, when it holds one header or none).
    static func split(_ page: PageGlyphs, tolerances: GeometryTolerances) -> [(page: PageGlyphs, caption: String?)] {
        // A quick look on the glyphs as extracted; gaps are measured only once the boxes are prepared.
        guard headerLines(GlyphLine.lines(of: page.glyphs), apart: false, tolerances: tolerances).count > 1 else {
            return [(page, nil)]
        }
        // Captions are measured on glyphs shrunk to their drawn size (Chromium's headings have boxes twice as big).
        let prepared = GlyphPreparation.prepare(page.glyphs, repair: PagePreparation.repaired).glyphs
        // A space drawn a little off its line (Chromium) makes a line of its own: not a caption.
        let lines = GlyphLine.lines(of: prepared).filter { $0.glyphs.contains { !$0.isBlank } }
        let headers = headerLines(lines, apart: true, tolerances: tolerances)
        guard headers.count > 1 else { return [(page, nil)] }
        let captions = headers.map { captionLine(lines, header: $0, tolerances: tolerances) }
        let cuts = zip(headers, captions).dropFirst().map { header, caption in
            (caption.map { lines[$0] } ?? lines[header]).minY - RowTolerances.standard.bandSlack
        }
        let bounds = [-Double.infinity] + cuts + [Double.infinity]
        return zip(zip(bounds, bounds.dropFirst()), captions).map { range, caption in
            var part = page
            part.glyphs = page.glyphs.filter { $0.midY >= range.0 && $0.midY < range.1 }
            return (part, caption.map { StructuralHeader.captionText(lines[$0]) })
        }
    }

    /// Indexes of the header lines: the first, and each later one between numbered rows whose numbering
    /// starts again under it (`apart`: standing a gap below the rows above).
    static func headerLines(_ lines: [GlyphLine], apart: Bool, tolerances: GeometryTolerances) -> [Int] {
        guard let first = HeaderFinder.find(in: lines) else { return [] }
        var headers = [first.index]
        var last: RowNumber?  // the last row number above
        var candidate: Int?  // a header line waiting for its first row
        for index in lines.indices where index > first.index {
            let line = lines[index]
            if let number = CategoryRows.leadingNumber(line, tolerances: tolerances)?.number {
                // The next table's numbering starts again: a row that counts on belongs to the table above.
                if let header = candidate, let previous = last, !(number > previous) { headers.append(header) }
                candidate = nil
                last = number
                continue
            }
            guard last != nil, candidate == nil, line.glyphs.count <= tolerances.segmentHeaderLength,
                line.runs(gapInEm: tolerances.headerWordGap).count >= 2, HeaderFinder.find(in: [line]) != nil
            else { continue }
            // Tables stand apart: the header (or its caption) lies a gap below the rows above. A row whose cells
            // merely name known columns (「次の施策｜次の意見」) follows its neighbour at line pitch.
            let top = captionLine(lines, header: index, tolerances: tolerances) ?? index
            guard !apart || top > 0 && lines[top].minY - lines[top - 1].maxY >= tolerances.segmentGap * lines[top].height
            else { continue }
            candidate = index
        }
        return headers
    }

    /// The caption of the header at line `header`: the line right above it when that is one run and closer
    /// to the header than to the line above it .
    static func captionLine(_ lines: [GlyphLine], header: Int, tolerances: GeometryTolerances) -> Int? {
        guard header >= 2 else { return nil }
        let caption = lines[header - 1], above = lines[header - 2]
        guard caption.runs(gapInEm: tolerances.captionRunGap).count == 1,
            caption.minY - above.maxY > lines[header].minY - caption.maxY
        else { return nil }
        return header - 1
    }
}

extension GeometryTableParser {
    /// Reads one page: each table on it in turn (see `PageSegments`).
    public mutating func consume(_ page: PageGlyphs) throws(IngestError) {
        let parts = PageSegments.split(page, tolerances: tolerances)
        if parts.count > 1 {
            diagnostics.info(
                .tableStarted, "page \(page.number) holds \(parts.count) tables; each was read on its own",
                at: SourceLocation(page: page.number))
        }
        for (part, caption) in parts {
            partCaption = caption
            try consumePart(part)
        }
        partCaption = nil
    }
}
