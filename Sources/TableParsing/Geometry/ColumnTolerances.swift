import ShiryoCore

/// Tolerances of the column stages: the vocabulary header (`HeaderFinder`), content blocks and gutters
/// (`ContentBlocks`, `NarrowGutters`, `BodyBlocks`) and the column layout (`ColumnLayoutBuilder`). Units as
/// each comment says (pt: PDF points; em: the line's or the body's usual glyph size).
struct ColumnTolerances: Sendable {
    /// A vocabulary header line names at least this many known column roles …
    let headerRoles = 2
    /// … in at most this many cells (a longer line of known words is prose).
    let headerCells = 12
    /// A header cell's next line lies less than this (em) below it: header lines are set tight …
    let headerWrapGap = 0.5
    /// … in a size within this share of the header's.
    let headerWrapSize = 0.2
    /// The runs of a wrapped header line lie apart by more than this (em).
    let headerRunGap = 1.5
    /// A wrapped header run lies under its cell widened by this (em) on each side.
    let headerWrapIndent = 1.0
    /// Header cells are cut only at gaps of at least this (em): never inside a word of ordinary text.
    let headerCutGap = 0.5
    /// A header cell holds at most this many glyphs (the dynamic programming looks no further back).
    let headerCellGlyphs = 40
    /// Ordinary text inside one header cell has gaps narrower than this (em).
    let narrowGap = 1.0
    /// Letters spread over a header cell (均等割付) lie apart by at least this (em) …
    let spreadGap = 0.3
    /// … at one pitch: gaps differ by at most this share of the smallest …
    let spreadEvenness = 0.2
    /// … or this (pt), for small gaps.
    let spreadEvennessMinimum = 1.0
    /// Inside one cell's justified letters the gaps before, at and after a cut differ by at most this share …
    let spreadRunEvenness = 0.05
    /// … or this (pt): justified letters are evenly spaced to a fraction of a point.
    let spreadRunEvennessMinimum = 0.5
    /// The "table not found" message looks at this many lines from the page top …
    let candidateLines = 8
    /// … and lists texts of at most this many characters when no line holds several cells.
    let candidateLength = 20
    /// A table's lines keep inside their columns when their runs (cut at gaps wider than this, em) do.
    let fitsRunGap = 0.5
    /// A glyph's box is shrunk by this share of its width on each side before coverage is counted, so touching
    /// neighbours do not bridge a hairline gutter.
    let coverageInset = 0.1
    /// A gutter is at least this wide (em of the body) …
    let minimumGutter = 0.35
    /// … and at least this (pt): the gaps between a word's glyphs line up in every line too.
    let minimumGutterPoints = 1.5
    /// One line in this many may cross a gutter (a note spanning the table) and it stays a gutter.
    let linesPerGutterCrossing = 50
    /// The glyph size assumed for a body without glyphs (pt).
    let defaultEm = 10.0
    /// A block given to a column further than this (em) from its text is reported.
    let farBlock = 2.0
    /// Headers set flush left start within this (pt) of the text block under them …
    let flushLeft = 1.5
    /// … and at least this many headers must do so.
    let flushLeftHeaders = 3
    /// Where a hairline gutter is split, text runs start after a gap of at least this (pt), within this of the
    /// strip's right edge.
    let runStartGap = 1.5
    /// A run of letters spread over a cell (「友　寄　永　三」) has gaps wider than this (em) …
    let spreadSpanGap = 0.5
    /// … equal within this share of the gap …
    let spreadSpanEvenness = 0.05
    /// … or this (pt).
    let spreadSpanEvennessMinimum = 0.5

    /// … and at least this many lines must start a run there (one line is no cell edge).
    let runStartsAtEdge = 2

    static let standard = ToleranceOverrides.applied(to: ColumnTolerances())
}
