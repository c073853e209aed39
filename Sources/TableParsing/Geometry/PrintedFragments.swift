import JapaneseText
import ShiryoCore

/// A page's text as printed pieces, independent of any table reading: runs of glyphs on one baseline
/// without a gap wider than half an em, so cells side by side are separate pieces even in a tight table
/// (an ideographic space splits a piece too, which only makes pieces smaller). Used to check that
/// everything printed ended up somewhere (`Coverage`).
public enum PrintedFragments {
    public static func of(_ page: PageGlyphs) -> [SourceLine] {
        // Glyphs prepared as the table parser prepares them (no spaces, ligatures expanded, fake bold once,
        // inflated boxes shrunk): space glyphs span the gaps between cells, and inflated boxes merge lines.
        let deduped = FakeBold.dedupe(page.glyphs.filter { !$0.isBlank }.flatMap(Ligatures.expand)).glyphs
        let glyphs = InflatedGlyphBoxes.repair(deduped).0
        return GlyphLine.lines(of: glyphs).flatMap { line in
            line.runs(gapInEm: 0.5).map { run in
                SourceLine(ArtefactRepair.repair(run.text), location: .box(run.box(page: page.number)))
            }
        }
    }
}
