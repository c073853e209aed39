import ShiryoCore

/// Tolerances of the page-furniture stage (page numbers, document numbers, repeated titles, browser print
/// margins, notes across the table) and of reading the document's title. Units as each comment says.
struct FurnitureTolerances: Sendable {
    /// Page numbers and document numbers are short: only lines of at most this many glyphs are looked at.
    let shortLineLength = 24
    /// A line of a wrapped title repeated alone on a page has its glyph count within this many glyphs.
    let titleLineLengthSlack = 2
    /// A repeated title has its glyph count within this many glyphs of the title's …
    let titleLengthSlack = 4
    /// … or within its length divided by this (a quarter), for long titles printed with small changes.
    let titleLengthDivisor = 4
    /// A browser's print header lies above this share of the page height …
    let printMarginTop = 0.06
    /// … and its print footer below this share.
    let printMarginBottom = 0.94
    /// Parts of a furniture line (title, address, date, page counter) lie apart by more than this (em).
    let furnitureRunGap = 2.0
    /// A title is replaced only by text larger by more than this (pt): same-size lines are one title's.
    let titleSizeStep = 0.5
    /// A title's wrapped line has its size within this (pt) of the first line's …
    let titleWrapSize = 0.5
    /// … lies a top-to-top step of more than this (title sizes) below it …
    let titleWrapStepMinimum = 0.6
    /// … and less than this (title sizes) …
    let titleWrapStepMaximum = 1.8
    /// … and within the first line's width widened by this (title sizes) on each side.
    let titleWrapIndent = 1.0
    /// A note or label across the table is cut into cell texts at gaps wider than this (em).
    let noteRunGap = 1.5
    /// The first word of a group label is cut at gaps wider than this (em): a № and its text lie further apart.
    let labelWordGap = 0.5

    /// The first word of a total row (「合計」) is cut at gaps wider than this (em).
    let totalWordGap = 1.0

    static let standard = ToleranceOverrides.applied(to: FurnitureTolerances())
}
