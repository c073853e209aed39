/// Tolerances of the structural table reader (number column, header region, ruby, page foot, merged cells).
/// Each is in the unit its name says (em: the line's usual font size; pt: PDF points), with the reason.
struct GeometryTolerances: Sendable {
    /// A row number is a run of its own: the gap after it is at least this (em). 「19 番」 (a quarter em) stays
    /// one word; 「１」 before 「19番」 (over an em) or an ideographic space (one em) is cut off.
    var numberRunGap = 0.5
    /// Number tokens of one column overlap in x; centred, left- or right-aligned digits of different widths
    /// still overlap once widened by this much (em) on each side.
    var numberColumnSlack = 0.3
    /// Header lines of one cell are set tight; a wider vertical gap (line heights) above the header's top line
    /// ends the header region (the caption or the page head lies further up).
    var headerLineGap = 1.5
    /// A line this much larger than the table's body text (ratio of em) is a caption or title, not a header.
    var captionSizeRatio = 1.3
    /// A single line centred on the table (within this many em of its middle) at the top of the header
    /// region is the table's caption, not a cell spanning the columns under it.
    var captionCentre = 2.0
    /// Header cells hold a few words: a fragment longer than this (characters) is body text, not a header.
    var headerCellLength = 24
    /// Letters spread over a header cell (均等割付) lie apart by up to this (em); single letters closer than
    /// this on one line are one cell's letters.
    var spreadLetterGap = 4.5
    /// Ruby (furigana) is set at about half the size of its base text: glyphs at most this ratio of the page's
    /// usual glyph height are ruby when they sit right above bigger text.
    var rubySizeRatio = 0.65
    /// The gap between ruby and its base text (base line heights): ruby touches or nearly touches its base.
    var rubyBaseGap = 0.6
    /// A page number sits below the table: at least this gap (line heights) under the last table text.
    var pageFootGap = 0.8
    /// A page number is centred on the page (or near an edge): within this fraction of the page width of
    /// the centre.
    var pageFootCentre = 0.12
    /// A merged cell's text is centred on the rows it spans: within this fraction of a line height.
    var mergedCentre = 0.5

    /// Vertical rulings closer than this (pt) are one column boundary (a double or doubled stroke).
    var rulingMerge = 2.0

    /// A row number is a few glyphs: 「（１２）」「1-12」. Longer prefixes of a line are not tried as one (glyphs).
    var categoryNumberGlyphs = 6
    /// A category row's text starts right after its number, inside the № column: at least this far (em) left
    /// of where the rows' text starts after their №.
    var categoryIndent = 1.0
    /// A category row is a short title (characters): a longer line starting with a № is a row's text.
    var categoryLength = 40
    /// Numbered lines needed to know where the rows' text starts (lines): with fewer, no numbered category.
    var categoryEvidenceRows = 3

    /// A header line is short (characters): longer lines are not tried as a second table's header on a page.
    var segmentHeaderLength = 60

    static let standard = GeometryTolerances()
}
