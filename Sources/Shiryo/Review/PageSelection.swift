import Foundation

/// `--pages 3`, `2-5`, `1,4-6`: the pages a review draws.
public struct PageSelection: Sendable, Hashable {
    public var ranges: [ClosedRange<Int>]

    /// nil when `text` is not a list of page numbers and ranges (each ≥ 1, ranges ascending).
    public init?(_ text: String) {
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(bounds.count), let low = bounds.first!, let high = bounds.last!, low >= 1, low <= high else {
                return nil
            }
            ranges.append(low...high)
        }
        guard !ranges.isEmpty else { return nil }
        self.ranges = ranges
    }

    /// The selected pages that exist, ascending, each once.
    public func pages(of count: Int) -> [Int] {
        Set(ranges.flatMap { $0.clamped(to: 1...max(count, 1)) }).filter { $0 <= count }.sorted()
    }

    /// `2–5, 9` for the page's facts.
    static func describe(_ pages: [Int]) -> String {
        var parts: [String] = [], start: Int?, previous: Int?
        for page in pages + [Int.max] {
            if let last = previous, page == last + 1 { previous = page; continue }
            if let first = start, let last = previous { parts.append(first == last ? "\(first)" : "\(first)–\(last)") }
            (start, previous) = (page, page)
        }
        return parts.joined(separator: ", ")
    }
}
