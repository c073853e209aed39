/// Row bands: band `b` of a page runs from row edge `b` to edge `b + 1`, each edge taken `bandSlack` higher.
enum RowBands {
    /// The band `y` lies in (see `lies`), nil above the first edge or below the last. `edges` ascend (row
    /// tops are sorted): a binary search, since every line of a page asks and a page can hold thousands of rows.
    static func band(of y: Double, edges: [Double], tolerances: RowTolerances = .standard) -> Int? {
        var low = 0, high = edges.count  // ends at the first edge whose band starts below y
        while low < high {
            let middle = (low + high) / 2
            if edges[middle] - tolerances.bandSlack <= y { low = middle + 1 } else { high = middle }
        }
        let band = low - 1
        guard band >= 0, band < edges.count - 1, lies(y, inBand: band, edges: edges, tolerances: tolerances) else { return nil }
        return band
    }

    /// Whether `y` lies in band `band`: from `edges[band]` to `edges[band + 1]`, each edge taken `bandSlack` higher.
    static func lies(_ y: Double, inBand band: Int, edges: [Double], tolerances: RowTolerances = .standard) -> Bool {
        y >= edges[band] - tolerances.bandSlack && y < edges[band + 1] - tolerances.bandSlack
    }
}
