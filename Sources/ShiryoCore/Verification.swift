/// How a reflection's citation holds up against the plan it cites (`ingest --plan`): whether the cited
/// printed page exists, and where each quoted passage and heading was found in the plan.
public struct Verification: Sendable, Hashable {
    /// Ordered from best to worst: a reflection takes the worst status of its quotes and headings.
    public enum Status: String, Sendable, Hashable, CaseIterable, Comparable {
        /// On the cited page (or range; a passage continuing onto the next page counts).
        case found
        /// Word for word, but on other printed pages.
        case otherPage = "other-page"
        /// A near match whose wording differs.
        case changed
        case notFound = "not-found"
        /// The plan has no page with the cited printed number.
        case pageMissing = "page-missing"

        var rank: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (lhs: Status, rhs: Status) -> Bool { lhs.rank < rhs.rank }
    }

    /// One quote or heading.
    public struct Item: Sendable, Hashable {
        public var status: Status
        /// Printed page where it was found (best match), nil when not found or the page has no number.
        public var page: Int?
        /// 1-based PDF page of the plan where it was found.
        public var pdfPage: Int?
        /// 1 for word for word; else 1 − edit distance ÷ length of the quote, rounded to 2 decimals.
        public var similarity: Double

        public init(status: Status, page: Int?, pdfPage: Int?, similarity: Double) {
            self.status = status
            self.page = page
            self.pdfPage = pdfPage
            self.similarity = similarity
        }
    }

    public var status: Status
    /// 1-based PDF page carrying the cited printed page; nil when the page is missing.
    public var pdfPage: Int?
    /// Printed pages on which the quotes and headings were found, ascending.
    public var foundOn: [Int]
    /// In the order of the reflection's `sections[].quotes`, flattened.
    public var quotes: [Item]
    /// In the order of the reflection's `headings`.
    public var headings: [Item]

    public init(status: Status, pdfPage: Int?, foundOn: [Int], quotes: [Item], headings: [Item]) {
        self.status = status
        self.pdfPage = pdfPage
        self.foundOn = foundOn
        self.quotes = quotes
        self.headings = headings
    }
}

extension Reflection {
    /// Printed pages outside the cited range on which its quotes or headings were found (「p.44 → p.45」).
    public var pagesFoundElsewhere: [Int] {
        (verification?.foundOn ?? []).filter { $0 < page || $0 > lastPage }
    }
}
