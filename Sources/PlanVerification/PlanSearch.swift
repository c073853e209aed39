import ShiryoCore

/// Where one quote or heading was found in the plan.
struct PlanHit: Sendable, Hashable {
    var status: Verification.Status
    /// 0-based page index of the best match's start; nil when not found.
    var pageIndex: Int?
    var similarity: Double
    /// The plan's key of the best near match (for the difference shown in a diagnostic), else empty.
    var printed: [Unicode.Scalar] = []
}

extension PlanIndex {
    /// A near match counts when at least this share of the quote survives: 1 − edit distance ÷ quote length
    /// ≥ 0.75. A reworded phrase in a revised plan keeps ~90 % of a 100-character passage; another passage
    /// of the same plan aligned as well as it can be keeps under half (PlanSearchTests measure both).
    public static let nearMatchMinimumSimilarity = 0.75
    /// Keys shorter than this (characters) are only matched word for word: in 「KPI」 or 「目標値」 one
    /// changed character is a third of the key, and short strings match some stretch of any page closely.
    public static let nearMatchMinimumLength = 8
    /// Pages outside the citation searched approximately: those sharing most character pairs with the key.
    static let nearMatchCandidatePages = 3

    /// Searches `key` on the cited pages (0-based, with the next page for a passage running on), then word
    /// for word anywhere, then approximately on the cited pages, then approximately on the likeliest others.
    func locate(_ key: [Unicode.Scalar], cited: ClosedRange<Int>?) -> PlanHit {
        guard !key.isEmpty, !pages.isEmpty else { return PlanHit(status: .notFound, similarity: 0) }
        if let cited, let start = firstOccurrence(of: key, startingIn: cited) {
            return PlanHit(status: .found, pageIndex: pageIndex(at: start), similarity: 1)
        }
        if let start = firstOccurrence(of: key, startingIn: 0...(pages.count - 1)) {
            return PlanHit(status: .otherPage, pageIndex: pageIndex(at: start), similarity: 1)
        }
        guard key.count >= Self.nearMatchMinimumLength else { return PlanHit(status: .notFound, similarity: 0) }
        var best = PlanHit(status: .notFound, similarity: 0)
        let others = candidatePages(for: key, excluding: cited)
        for span in (cited.map { [$0] } ?? []) + others.map({ $0...$0 }) {
            if let hit = nearMatch(key, in: span), hit.similarity > best.similarity { best = hit }
            if best.similarity >= Self.nearMatchMinimumSimilarity { break }  // the cited page first
        }
        if best.similarity < Self.nearMatchMinimumSimilarity {
            return PlanHit(status: .notFound, similarity: best.similarity)
        }
        return best
    }

    /// `text` offset of the first occurrence of `key` starting on one of `span`'s pages (it may run on).
    func firstOccurrence(of key: [Unicode.Scalar], startingIn span: ClosedRange<Int>) -> Int? {
        let lowest = pageStarts[span.lowerBound], startLimit = pageStarts[span.upperBound + 1]
        guard let first = key.first, text.count >= key.count else { return nil }
        var position = lowest
        while position < startLimit, position + key.count <= text.count {
            if text[position] == first, text[position..<(position + key.count)].elementsEqual(key) { return position }
            position += 1
        }
        return nil
    }

    /// The best approximate match starting on `span`'s pages, searched with the page after it.
    func nearMatch(_ key: [Unicode.Scalar], in span: ClosedRange<Int>) -> PlanHit? {
        let end = pageStarts[min(span.upperBound + 2, pages.count)]
        guard let match = ApproximateMatch.best(key, in: text[pageStarts[span.lowerBound]..<end]) else { return nil }
        let similarity = (match.similarity(patternLength: key.count) * 100).rounded() / 100
        return PlanHit(
            status: .changed, pageIndex: pageIndex(at: match.range.lowerBound), similarity: similarity,
            printed: Array(text[match.range]))
    }

    /// Pages outside `cited` sharing the most character pairs with `key`, best first.
    func candidatePages(for key: [Unicode.Scalar], excluding cited: ClosedRange<Int>?) -> [Int] {
        let wanted = Self.bigrams(of: key[...])
        let scored = pages.indices.filter { !(cited?.contains($0) ?? false) }
            .map { (index: $0, shared: bigrams[$0].intersection(wanted).count) }
            .filter { $0.shared > 0 }
        return scored.sorted { ($0.shared, -$0.index) > ($1.shared, -$1.index) }
            .prefix(Self.nearMatchCandidatePages).map(\.index)
    }
}
