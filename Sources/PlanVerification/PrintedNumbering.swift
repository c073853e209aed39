extension PageNumbering {
    /// A numbering followed by fewer pages is not one: a stray number in a margin (a table cell, a date)
    /// must not start a numbering of its own, while a plan's numbering runs over two pages or more.
    static let minimumOffsetVotes = 2

    /// From the page numbers found in each page's margins (`candidates[i]` for PDF page i + 1). A page's
    /// number is the candidate agreeing with the most other pages (same PDF page − printed number);
    /// pages with none take their neighbours' offset (inferred), front matter before page 1 stays nil.
    public static func fromPrintedNumbers(_ candidates: [[Int]]) -> PageNumbering {
        var votes: [Int: Int] = [:]
        for (index, numbers) in candidates.enumerated() {
            for offset in Set(numbers.map { index + 1 - $0 }) { votes[offset, default: 0] += 1 }
        }
        let accepted = votes.filter { $0.value >= minimumOffsetVotes }
        let offsets: [Int?] = candidates.enumerated().map { index, numbers in
            numbers.map { index + 1 - $0 }.filter { accepted[$0] != nil }
                .max { (accepted[$0]!, -$0) < (accepted[$1]!, -$1) }
        }
        guard offsets.contains(where: { $0 != nil }) else { return identity(pageCount: candidates.count) }
        var printed: [Int?] = [], inferred: [Int] = []
        for index in candidates.indices {
            if let offset = offsets[index] {
                printed.append(index + 1 - offset)
            } else if let offset = neighbourOffset(offsets, at: index), index + 1 - offset >= 1 {
                printed.append(index + 1 - offset)
                inferred.append(index + 1)
            } else {
                printed.append(nil)  // front matter before page 1
            }
        }
        return PageNumbering(source: .printedNumbers, printed: printed, inferred: inferred)
    }

    /// The offset of the nearest numbered page before `index` (the numbering continues), else after it.
    static func neighbourOffset(_ offsets: [Int?], at index: Int) -> Int? {
        if let before = offsets[..<index].last(where: { $0 != nil }) { return before }
        return offsets[(index + 1)...].first { $0 != nil } ?? nil
    }
}
