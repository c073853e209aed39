import JapaneseText

/// Each text column of a flowing export is hard-wrapped at its own width, so the widths of wrapped lines
/// (lines that go on in the next line: no sentence end) fall into one cluster per column. A line wider
/// than a column's wrap width cannot be that column's.
struct ColumnWidths {
    /// Wrap width of each text column, in the header's order, half-width columns.
    var wraps: [Int]

    /// Lines within this many half-width columns of a wrap width wrapped there: a line may end a character
    /// or two early (kinsoku: 「、」 may not start a line) and half-width digits make ragged ends. Narrower
    /// when two columns wrap closer than twice this (then half their distance).
    static let wrapTolerance = 6
    /// Wrapped-line widths further apart than this (half-width columns) are different columns' (single link).
    static let clusterGap = 3

    /// The tolerance for these columns: `wrapTolerance`, or half the closest two wrap widths' distance.
    var tolerance: Int {
        let sorted = wraps.sorted()
        let closest = zip(sorted, sorted.dropFirst()).map { $1 - $0 }.min() ?? Int.max
        return min(Self.wrapTolerance, max(1, closest / 2))
    }
    /// Fewest wrapped lines that make a column's cluster (a lone long line is not a column).
    static let minimumClusterLines = 2

    static let sentenceEnds: Set<Character> = ["。", "．", "！", "？", "!", "?", "」", "）", ")"]

    /// Clusters of wrapped-line widths, the `columnCount` most populated, ordered by where their first
    /// line appears (the first text after the № is the leftmost column's) — except that the cluster holding
    /// the lines that open with a row's № is the first column's (an export may print answers first).
    /// Nil when fewer clusters show.
    static func estimate(_ lines: [FlowLine], columnCount: Int) -> ColumnWidths? {
        guard columnCount >= 1 else { return nil }
        let candidates = lines.indices.filter { isWrapCandidate(lines, $0) }
        let sorted = candidates.sorted { lines[$0].width > lines[$1].width }
        var clusters: [[Int]] = []
        for index in sorted {
            if let last = clusters.last, let previous = last.last, lines[previous].width - lines[index].width <= clusterGap {
                clusters[clusters.count - 1].append(index)
            } else {
                clusters.append([index])
            }
        }
        let kept = clusters.filter { $0.count >= minimumClusterLines }
            .sorted { $0.count > $1.count }.prefix(columnCount)
        guard kept.count == columnCount else { return nil }
        var ordered = kept.sorted { ($0.min() ?? 0) < ($1.min() ?? 0) }
        let anchored = ordered.map { cluster in cluster.filter { lines[$0].isAnchor }.count }
        if let lead = anchored.indices.max(by: { anchored[$0] < anchored[$1] }), anchored[lead] > 0 {
            ordered.insert(ordered.remove(at: lead), at: 0)
        }
        return ColumnWidths(wraps: ordered.map { cluster in cluster.map { lines[$0].width }.max() ?? 0 })
    }

    /// The line goes on in the next line: text follows and it does not end a sentence.
    static func isWrapCandidate(_ lines: [FlowLine], _ index: Int) -> Bool {
        guard lines[index].kind == .text, index + 1 < lines.count, lines[index + 1].kind == .text,
            !lines[index + 1].isAnchor, lines[index + 1].number == nil, !FlowUnits.isHeading(lines[index]),
            FlowUnits.bullet(of: lines[index + 1].text) == nil, let last = lines[index].text.last
        else { return false }
        // A heading, or a line before a numbered or bulleted one, ended where its text did: no wrap.
        return !sentenceEnds.contains(last)
    }

    /// Columns the line fits in (not wider than the wrap width).
    func fitting(_ width: Int) -> [Int] {
        wraps.indices.filter { width <= wraps[$0] + tolerance }
    }

    /// The column a wrapped line of this width wrapped in, if any: the nearest wrap width within tolerance.
    func wrapped(at width: Int) -> Int? {
        wraps.indices.filter { abs(wraps[$0] - width) <= tolerance }.min { abs(wraps[$0] - width) < abs(wraps[$1] - width) }
    }

    var narrowest: Int { wraps.min() ?? 0 }
}
