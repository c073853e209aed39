import JapaneseText
import ShiryoCore

/// Stage 1: a page's glyphs made ready (`GlyphPreparation`, artefacts repaired, ruby taken out) and grouped
/// into lines. What was changed is reported.
enum PagePreparation {
    /// The page's lines top-down, or nil for a page without text (noted). A page without text that holds
    /// images is a scan: the file has no text layer to read.
    static func lines(
        of page: PageGlyphs, file: String, tolerances: GeometryTolerances,
        log: inout DiagnosticLog
    ) throws(IngestError) -> [GlyphLine]? {
        let prepared = GlyphPreparation.prepare(page.glyphs, repair: repaired)
        let (removed, resized) = (prepared.fakeBoldRemoved, prepared.resized)
        let (glyphs, ruby) = Ruby.remove(prepared.glyphs, tolerances: tolerances)
        if !ruby.isEmpty {
            log.info(
                .rubyRemoved, "ruby (furigana) on page \(page.number) was left out of the cells: \(ruby.joined(separator: "、"))",
                at: SourceLocation(page: page.number))
        }
        if removed > 0 {
            log.info(
                .fakeBoldRemoved, "\(removed) doubled glyph(s) of fake-bold text were read once",
                at: SourceLocation(page: page.number))
        }
        if resized > 0 {
            log.info(
                .glyphBoxesResized,
                "\(resized) glyph(s) on page \(page.number) have boxes larger than their drawn size (a scaled or Type 3 font); they were shrunk to it",
                at: SourceLocation(page: page.number))
        }
        guard !glyphs.isEmpty else {
            if page.imageCount > 0 { throw IngestError(file: file, problem: .noTextLayer(page: page.number)) }
            log.info(.blankPage, "page \(page.number) has no text", at: SourceLocation(page: page.number))
            return nil
        }
        return GlyphLine.lines(of: glyphs)
    }

    /// A glyph with its extraction artefact repaired (a Kangxi radical or compatibility ideograph read as the
    /// ideograph printed).
    static func repaired(_ glyph: PositionedGlyph) -> PositionedGlyph {
        // Only radicals and compatibility ideographs are repaired: skip the String round trip for the rest.
        let value = glyph.scalarValue
        guard (0x2E80...0x2FDF).contains(value) || (0xF900...0xFAFF).contains(value) || (0x2F800...0x2FA1F).contains(value)
        else { return glyph }
        var copy = glyph
        let text = String(glyph.character)
        let fixed = ArtefactRepair.repair(text)
        if fixed != text, let character = fixed.first { copy.character = character }
        return copy
    }
}
