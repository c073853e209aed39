import ShiryoCore

/// Tolerances of the structural table reader (number column, header region, ruby, page foot, merged cells,
/// rulings). Stored `let`s found by `Scripts/` tolerance tooling; per-stage structs: `LineTolerances`,
/// `FurnitureTolerances`, `ColumnTolerances`, `RowTolerances`.
/// Each is in the unit its name says (em: the line's usual font size; pt: PDF points), with the reason.
struct GeometryTolerances: Sendable {
    /// A row number is a run of its own: the gap after it is at least this (em). 「19 番」 (a quarter em) stays
    /// one word; 「１」 before 「19番」 (over an em) or an ideographic space (one em) is cut off.
    let numberRunGap = 0.5
    /// Number tokens of one column overlap in x; centred, left- or right-aligned digits of different widths
    /// still overlap once widened by this much (em) on each side.
    let numberColumnSlack = 0.3
    /// Header lines of one cell are set tight; a wider vertical gap (line heights) above the header's top line
    /// ends the header region (the caption or the page head lies further up).
    let headerLineGap = 1.5
    /// A line this much larger than the table's body text (ratio of em) is a caption or title, not a header.
    let captionSizeRatio = 1.3
    /// A single line centred on the table (within this many em of its middle) at the top of the header
    /// region is the table's caption, not a cell spanning the columns under it.
    let captionCentre = 2.0
    /// Header cells hold a few words: a fragment longer than this (characters) is body text, not a header.
    let headerCellLength = 24
    /// Letters spread over a header cell (均等割付) lie apart by up to this (em); single letters closer than
    /// this on one line are one cell's letters.
    let spreadLetterGap = 4.5
    /// Ruby (furigana) is set at about half the size of its base text: glyphs at most this ratio of the page's
    /// usual glyph height are ruby when they sit right above bigger text.
    let rubySizeRatio = 0.65
    /// The gap between ruby and its base text (base line heights): ruby touches or nearly touches its base.
    let rubyBaseGap = 0.6
    /// A page number sits below the table: at least this gap (line heights) under the last table text.
    let pageFootGap = 0.8
    /// A page number is centred on the page (or near an edge): within this fraction of the page width of
    /// the centre.
    let pageFootCentre = 0.12
    /// A merged cell's text is centred on the rows it spans: within this fraction of a line height.
    let mergedCentre = 0.5

    /// Vertical rulings closer than this (pt) are one column boundary (a double or doubled stroke).
    let rulingMerge = 2.0

    /// Words of a header line lie apart by more than this (em); a caption's parts by more than `captionRunGap`.
    let headerWordGap = 1.0
    let captionRunGap = 2.0
    /// Letters spread at one pitch keep it within this share of the pitch …
    let spreadPitch = 0.1
    /// … or this (pt), for tight pitches.
    let spreadPitchMinimum = 1.0
    /// The № header cell lies within this (em) of the number column's middle.
    let numberHeaderDistance = 2.0
    /// The glyph size assumed where none can be measured (pt).
    let defaultEm = 10.0
    /// Ruby's base glyphs are looked for at most this many base heights to the left (no wider glyph reaches back).
    let rubyBaseReach = 2.0
    /// A base is at least this share of the size ruby would be the ruby-size ratio of (rounding of sizes).
    let rubyBaseSizeSlack = 0.9
    /// Ruby may overlap its base by up to this share of the ruby's height (boxes taller than the ink).
    let rubyOverlap = 0.3

    /// A ruled table has at least this many vertical rulings crossing its first row (two columns).
    let rulingsForTable = 3
    /// A column's text is merged cells only when at least this many of its texts span several rows (one
    /// centred note in a 備考 column is no pattern).
    let mergedSpans = 2
    /// A structural header has at least this many cells …
    let headerCellCount = 2
    /// … and a caption line is looked for only over more than this many columns.
    let captionColumns = 2

    /// A row number is a few glyphs: 「（１２）」「1-12」. Longer prefixes of a line are not tried as one (glyphs).
    let categoryNumberGlyphs = 6
    /// A category row's text starts right after its number, inside the № column: at least this far (em) left
    /// of where the rows' text starts after their №.
    let categoryIndent = 1.0
    /// A category row is a short title (characters): a longer line starting with a № is a row's text.
    let categoryLength = 40
    /// Numbered lines needed to know where the rows' text starts (lines): with fewer, no numbered category.
    let categoryEvidenceRows = 3
    /// A header line is short (characters): longer lines are not tried as a second table's header on a page.
    let segmentHeaderLength = 60
    /// A second table on a page stands apart: its header or caption lies at least this far (its line heights)
    /// below the text above it.
    let segmentGap = 1.0

    static let standard = ToleranceOverrides.applied(to: GeometryTolerances())
}
