import ShiryoCore

/// Stage 2 (after `PagePreparation`): which lines of a page are page furniture rather than table text — the
/// document's head printed again, a browser's print margins, page numbers (`PageFoot`) and total rows
/// (`TotalRows`).
enum FurnitureStage {
    /// Per line of the page: whether it is furniture, and whether it repeats the document's head (those lines
    /// are left out when testing whether a page's text fits the table's columns).
    struct Marks {
        let isFurniture: [Bool]
        let repeatsHead: [Bool]
        /// Where page numbers were printed, this page's included.
        let pageNumberSpots: [PageFoot.Spot]
    }

    static func mark(
        _ lines: [GlyphLine], page: PageGlyphs, head: DocumentHead, spots: [PageFoot.Spot],
        tolerances: GeometryTolerances, log: inout DiagnosticLog
    ) -> Marks {
        let repeatsHead = lines.map(head.isRepeated)  // once per line: it normalizes text
        var furniture = lines.indices.map { repeatsHead[$0] || head.isPrintMargin(lines[$0], page: page) }
        var spots = spots
        for index in PageFoot.pageNumberLines(lines, pageWidth: page.width, seen: spots, tolerances: tolerances) {
            furniture[index] = true
            let spot = PageFoot.Spot(x: lines[index].midX, y: lines[index].midY)
            if !spots.contains(spot) { spots.append(spot) }
        }
        for index in lines.indices where !furniture[index] && TotalRows.isTotal(lines[index]) {
            furniture[index] = true
            log.info(
                .totalRow, "a total row was kept out of the records: \(lines[index].text)",
                at: .box(lines[index].box(page: page.number)))
        }
        return Marks(isFurniture: furniture, repeatsHead: repeatsHead, pageNumberSpots: spots)
    }
}
