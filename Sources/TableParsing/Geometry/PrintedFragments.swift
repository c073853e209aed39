import JapaneseText
import ShiryoCore

/// A page's text as printed pieces, independent of any table reading: runs of glyphs on one baseline
/// without a gap wider than half an em, so cells side by side are separate pieces even in a tight table
/// (an ideographic space splits a piece too, which only makes pieces smaller). Used to check that
/// everything printed ended up somewhere (`Coverage`).
public enum PrintedFragments {
    public static func of(_ page: PageGlyphs) -> [SourceLine] {
        // Glyphs prepared as the table parser prepares them: space glyphs span the gaps between cells, and
        // inflated boxes merge lines. (The text is repaired per run below, not per glyph.)
        let glyphs = GlyphPreparation.prepare(page.glyphs).glyphs
        return GlyphLine.lines(of: glyphs).flatMap { line in
            line.runs(gapInEm: LineTolerances.standard.fragmentGap).map { run in
                SourceLine(ArtefactRepair.repair(run.text), location: .box(run.box(page: page.number)))
            }
        }
    }
}
