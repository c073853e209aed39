/// Which PDF page carries which printed page number.
public struct PageNumbering: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable {
        /// The PDF's /PageLabels.
        case pageLabels = "page labels"
        /// Numbers printed in the page headers or footers.
        case printedNumbers = "printed page numbers"
        /// Nothing to go by: printed page N taken as PDF page N.
        case pdfOrder = "PDF page order"
    }

    public var source: Source
    /// Printed number of each PDF page (index 0 is PDF page 1); nil for front matter and unnumbered pages.
    public var printed: [Int?]
    /// 1-based PDF pages whose number is not printed but follows from their neighbours'.
    public var inferred: [Int]
    /// Printed numbers carried by more than one PDF page, with those pages (1-based).
    public var repeated: [Int: [Int]]
    private var pdfPageByPrinted: [Int: Int]

    /// 1-based PDF page carrying printed page `number`; when several do, the one in the longest run of
    /// consecutively numbered pages (a plan's body, not a contents page numbered on its own).
    public func pdfPage(printed number: Int) -> Int? { pdfPageByPrinted[number] }

    public var printedRange: ClosedRange<Int>? {
        let numbers = printed.compactMap { $0 }
        guard let low = numbers.min(), let high = numbers.max() else { return nil }
        return low...high
    }

    init(source: Source, printed: [Int?], inferred: [Int] = []) {
        self.source = source
        self.printed = printed
        self.inferred = inferred
        let runs = Self.runLengths(printed)
        var pages: [Int: [Int]] = [:]
        for (index, number) in printed.enumerated() { if let number { pages[number, default: []].append(index + 1) } }
        repeated = pages.filter { $0.value.count > 1 }
        pdfPageByPrinted = pages.mapValues { candidates in
            candidates.max { runs[$0 - 1] < runs[$1 - 1] || (runs[$0 - 1] == runs[$1 - 1] && $0 > $1) }!
        }
    }

    /// For each page, the length of the run of consecutive pages it belongs to whose printed numbers go up by one.
    static func runLengths(_ printed: [Int?]) -> [Int] {
        var lengths = Array(repeating: 0, count: printed.count)
        var start = 0
        for index in printed.indices {
            let continues = index > 0 && printed[index] != nil && printed[index - 1].map { $0 + 1 } == printed[index]
            if !continues { start = index }
            for member in start...index { lengths[member] = index - start + 1 }
        }
        return lengths
    }

    public static func identity(pageCount: Int) -> PageNumbering {
        PageNumbering(source: .pdfOrder, printed: (1...max(pageCount, 1)).map { $0 })
    }

    /// From /PageLabels: a label that reads as a page number (「39」「P.39」) is that page; others
    /// (「i」「表紙」) are front matter.
    public static func fromLabels(_ labels: [String]) -> PageNumbering {
        PageNumbering(source: .pageLabels, printed: labels.map(PrintedPageNumber.parse))
    }
}
