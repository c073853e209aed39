import Foundation
import JapaneseText
import PDFExtraction
import ShiryoCore

/// One page of the plan, ready for searching.
public struct PlanPage: Sendable, Hashable {
    /// 1-based.
    public var pdfPage: Int
    public var printed: Int?
    /// Search key of the page without its running headers and page numbers, in reading order.
    public var key: [Unicode.Scalar]
    /// Search key of its running headers and footers (page numbers left out): plans print the chapter or
    /// pillar heading there, so a cited heading may be printed on the page only in its margin.
    public var marginKey: [Unicode.Scalar] = []
}

/// A plan PDF read once for all the tables citing it: each page's search key and the printed page
/// numbers. Keys are NFKC + case folded without whitespace (`SearchKey`), so line breaks, 禁則 moves of
/// punctuation and spacing never matter; a Latin word hyphenated at a line end is joined again.
public struct PlanIndex: Sendable, Hashable {
    public var file: String
    public var pages: [PlanPage]
    public var numbering: PageNumbering
    /// About the plan itself (page numbers guessed); every table verified against it repeats them.
    public var diagnostics: [Diagnostic]
    /// Every page's key end to end, so a passage running onto the next page is one stretch.
    let text: [Unicode.Scalar]
    /// `text` offset where each page starts, plus the end.
    let pageStarts: [Int]
    /// Character pairs of each page, to pick the pages worth an approximate search.
    let bigrams: [Set<UInt64>]

    public init(file: String, pages: [PlanPage], numbering: PageNumbering, diagnostics: [Diagnostic]) {
        self.file = file
        self.pages = pages
        self.numbering = numbering
        self.diagnostics = diagnostics
        var text: [Unicode.Scalar] = [], starts: [Int] = []
        for page in pages {
            starts.append(text.count)
            text += page.key
        }
        self.text = text
        pageStarts = starts + [text.count]
        bigrams = pages.map { Self.bigrams(of: $0.key[...]) }
    }

    public static func load(_ url: URL, password: String? = nil) throws(IngestError) -> PlanIndex {
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: url)) } catch {
            throw IngestError(file: url.lastPathComponent, problem: .unreadable(detail: (error as NSError).localizedDescription))
        }
        return try build(PDFReader(bytes: bytes, file: url.lastPathComponent, password: password))
    }

    public static func build(_ reader: PDFReader) throws(IngestError) -> PlanIndex {
        var lines: [[PlanLine]] = []
        var gutter: Double?
        for number in 1...reader.pageCount {
            let page = PlanLayout.layout(of: try reader.page(number), previousGutter: gutter)
            lines.append(page.lines)
            gutter = page.gutter
        }
        let labels = reader.pageLabels()
        let numbering =
            labels.map(PageNumbering.fromLabels)
            ?? PageNumbering.fromPrintedNumbers(lines.map { $0.filter(\.inMargin).compactMap { PrintedPageNumber.parse($0.text) } })
        let furniture = PlanFurniture(pages: lines)
        let pages = lines.enumerated().map { index, pageLines in
            PlanPage(
                pdfPage: index + 1, printed: numbering.printed[index],
                key: pageKey(pageLines.filter { !furniture.contains($0) }.map(\.text)),
                marginKey: pageKey(pageLines.filter { furniture.contains($0) && PrintedPageNumber.parse($0.text) == nil }.map(\.text)))
        }
        return PlanIndex(
            file: reader.file, pages: pages, numbering: numbering,
            diagnostics: PlanDiagnostics.numbering(numbering, file: reader.file))
    }

    /// The lines joined with a hyphenated Latin word put back together, as a search key.
    static func pageKey(_ lines: [String]) -> [Unicode.Scalar] {
        var joined = ""
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let last = joined.last, "-‐\u{AD}".contains(last), joined.dropLast().last?.isLatinLetter == true,
                trimmed.first?.isLowercase == true
            {
                joined.removeLast()
            }
            joined += trimmed
        }
        return Array(SearchKey.make(joined).unicodeScalars)
    }

    static func bigrams(of key: ArraySlice<Unicode.Scalar>) -> Set<UInt64> {
        var pairs = Set<UInt64>()
        var previous: Unicode.Scalar?
        for scalar in key {
            if let previous { pairs.insert(UInt64(previous.value) << 32 | UInt64(scalar.value)) }
            previous = scalar
        }
        return pairs
    }

    /// Index of the page holding `text` offset `offset`.
    func pageIndex(at offset: Int) -> Int {
        var low = 0, high = pages.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if pageStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

extension Character {
    var isLatinLetter: Bool { isASCII && isLetter }
}

/// Running headers and page numbers of the plan: margin lines that read as a page number or that are
/// printed on several pages.
struct PlanFurniture {
    /// A margin line printed word for word on this many pages is a running header or footer: the plan's
    /// own text is not repeated in the margin band (a 3-page plan has two body pages to repeat it on).
    static let runningLineMinimumPages = 2
    let repeated: Set<String>

    init(pages: [[PlanLine]]) {
        var counts: [String: Int] = [:]
        for page in pages {
            for key in Set(page.filter(\.inMargin).map { SearchKey.make($0.text) }) { counts[key, default: 0] += 1 }
        }
        repeated = Set(counts.filter { $0.value >= Self.runningLineMinimumPages }.keys)
    }

    func contains(_ line: PlanLine) -> Bool {
        line.inMargin && (PrintedPageNumber.parse(line.text) != nil || repeated.contains(SearchKey.make(line.text)))
    }
}
