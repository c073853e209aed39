import ShiryoCore

/// Where a page rules its table, the vertical lines crossing the first row are the column boundaries: the
/// cells between them are the columns, however close or spread their text (均等割付 headers, hairline gutters).
enum RuledColumns {
    /// The cells (x-ranges inside the lines) between vertical rulings that cross height `y`, or nil when
    /// fewer than three lines cross it (no ruled table there).
    static func cells(_ rulings: [RulingLine], at y: Double, tolerances: GeometryTolerances) -> [ClosedRange<Double>]? {
        let crossing = rulings.filter { $0.orientation == .vertical && $0.start <= y && $0.end >= y }
            .sorted { $0.position < $1.position }
        var lines: [RulingLine] = []
        for line in crossing {
            // A double line or a thick one drawn as two strokes is one boundary.
            if let last = lines.last, line.position - last.position <= tolerances.rulingMerge { continue }
            lines.append(line)
        }
        guard lines.count >= tolerances.rulingsForTable else { return nil }
        return zip(lines, lines.dropFirst()).map { left, right in
            (left.position + left.thickness / 2)...(right.position - right.thickness / 2)
        }.filter { $0.upperBound - $0.lowerBound > tolerances.rulingMerge }
    }
}
