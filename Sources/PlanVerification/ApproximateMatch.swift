/// The stretch of a text closest to a pattern by edit distance (Sellers' algorithm: Levenshtein with a
/// free start and end in the text), in O(pattern × text) time and O(pattern) memory.
struct ApproximateMatch: Sendable, Hashable {
    /// Offsets into the searched text.
    var range: Range<Int>
    var distance: Int

    static func best(_ pattern: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>) -> ApproximateMatch? {
        let m = pattern.count
        guard m > 0, !text.isEmpty else { return nil }
        // column[i]: distance of pattern[..<i] to the best text stretch ending here; start[i]: where it starts.
        var column = Array(0...m), start = Array(repeating: text.startIndex, count: m + 1)
        var best = ApproximateMatch(range: text.startIndex..<text.startIndex, distance: m)
        for j in text.indices {
            let character = text[j]
            var diagonal = column[0], diagonalStart = start[0]
            start[0] = j + 1
            for i in 1...m {
                let (up, upStart) = (column[i], start[i])
                var value = diagonal + (pattern[i - 1] == character ? 0 : 1), from = diagonalStart
                if up + 1 < value { (value, from) = (up + 1, upStart) }
                if column[i - 1] + 1 < value { (value, from) = (column[i - 1] + 1, start[i - 1]) }
                column[i] = value
                start[i] = from
                (diagonal, diagonalStart) = (up, upStart)
            }
            // Of equally close stretches, the one nearest the pattern's length: 「支援の充実」 for 「支援の推進」
            // (two substitutions), not 「支援の」 (two deletions), so a diagnostic shows what is printed instead.
            let candidate = ApproximateMatch(range: start[m]..<(j + 1), distance: column[m])
            if candidate.distance < best.distance
                || (candidate.distance == best.distance && abs(candidate.range.count - m) < abs(best.range.count - m))
            {
                best = candidate
            }
        }
        return best
    }

    func similarity(patternLength: Int) -> Double {
        1 - Double(distance) / Double(max(patternLength, 1))
    }
}
