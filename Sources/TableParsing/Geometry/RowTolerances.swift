import ShiryoCore

/// Tolerances of the row stages (row tops, row bands, cells across row tops, merged policy cells). Each is in
/// the unit its comment says (pt: PDF points; line heights: the height of the line in question), with the reason.
struct RowTolerances: Sendable {
    /// Every row edge is taken this much higher (pt): a line whose top sits on a row top (rounding in the PDF
    /// maker, boxes a hair above the baseline grid) belongs to the row that starts there, not the one above.
    let bandSlack = 0.5
    /// Paragraph starts of different columns within this many line heights of each other start one row.
    let startCluster = 0.6
    /// … and never closer than this (pt): small print still shifts its tops by a point or two.
    let startClusterMinimum = 2.0
    /// How many columns must start a paragraph at one height for a row to start there (fewer when the table
    /// has only one column besides the №).
    let columnsStartingRow = 2
    /// A gap above a line of more than this (line heights) starts a paragraph: lines of one cell are set at
    /// line spacing, cells are separated by their padding.
    let paragraphGap = 0.8
    /// A top-to-top step beyond the column's usual pitch by more than this share of the pitch starts a
    /// paragraph (glyph boxes taller than the pitch hide the gap) …
    let pitchSlack = 0.08
    /// … and by at least this (pt): rounding of positions moves single steps by a fraction of a point.
    let pitchSlackMinimum = 0.6
    /// Steps shorter than this (line heights of the column's first line) are inside a paragraph: the pitch.
    let pitchWindow = 2.0
    /// The usual pitch needs this many steps (count); fewer are too few to know it.
    let pitchSteps = 3
    /// A paragraph crossing a row top belongs to one row when its middle is within this share of its line
    /// height of that row's № middle (a cell centred vertically, like the rest of its row).
    let centredOnNumber = 0.5
    /// The line height assumed when a column has none to measure (pt): an ordinary 10 pt table.
    let defaultLineHeight = 10.0
    /// A row's box reaches this far above its top (pt), so the drawn box covers the glyphs' ascent.
    let rowBoxPadding = 1.0

    /// A policy paragraph starts at a row top when within this many line heights of it …
    let mergedAlign = 0.3
    /// … or this (pt).
    let mergedAlignMinimum = 1.5
    /// A ③ line is full when it ends within this many line heights of the column's right edge (禁則 may carry
    /// the last letter over) …
    let fullLine = 1.5
    /// … and the next line of the cell follows it at line pitch: top to top less than this many line heights.
    let nextLine = 1.6

    static let standard = ToleranceOverrides.applied(to: RowTolerances())
}
