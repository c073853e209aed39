@testable import TableParsing
import Testing

/// Row tolerances pinned where the fixtures leave them free (`Scripts/mutate-tolerances`): a case just inside
/// and one just outside each threshold, so moving it by half either way fails.
@Suite struct RowTolerancePinTests {
    /// `bandSlack` (0.5 pt): a line whose top sits a hair above a row edge (the maker's rounding) belongs to the
    /// row that starts there; one further up belongs to the row above.
    @Test func bandSlack() {
        let edges = [100.0, 120, 140]
        #expect(RowBands.band(of: 119.6, edges: edges) == 1, "0.4 pt above the edge: the row starting there")
        #expect(RowBands.band(of: 119.4, edges: edges) == 0, "0.6 pt above the edge: the row above")
    }
}
