import Foundation
import PlanVerification
import ShiryoCore

/// The cost of `ingest --plan` (issue 16): reading a plan into its index, per page, and checking a
/// citation against it, per citation and per outcome (a quote not on its page costs a search of the whole
/// plan and approximate matching, a found one only its page). Citations are cut from the plan itself.
public enum PlanBenchmark {
    public struct Result: Sendable {
        public var file: String
        public var pages: Int
        public var indexSeconds: Double
        /// Seconds per citation, by the status the citations were made to get, with the statuses they got.
        public var perCitation: [(kind: Verification.Status, seconds: Double, count: Int, matching: Int)]
    }

    /// Characters of a page's key quoted by each synthetic citation.
    static let quoteLength = 60

    public static func run(_ url: URL) throws(IngestError) -> Result {
        let start = DispatchTime.now()
        let plan = try PlanIndex.load(url)
        let indexSeconds = Benchmark.seconds(since: start)
        var rows: [(kind: Verification.Status, seconds: Double, count: Int, matching: Int)] = []
        for kind in [Verification.Status.found, .otherPage, .changed, .notFound] {
            let output = citations(kind, plan: plan)
            let start = DispatchTime.now()
            let verified = PlanVerifier.verify(output, against: plan)
            let seconds = Benchmark.seconds(since: start)
            let statuses = verified.records.flatMap { $0.reflections.compactMap { $0.verification?.status } }
            rows.append((kind, seconds / Double(max(statuses.count, 1)), statuses.count, statuses.count { $0 == kind }))
        }
        return Result(file: url.lastPathComponent, pages: plan.pages.count, indexSeconds: indexSeconds, perCitation: rows)
    }

    /// One citation per numbered page: its middle `quoteLength` characters cited on the page (found), two
    /// pages on (other-page), with every tenth character replaced (changed), or reversed (not-found).
    static func citations(_ kind: Verification.Status, plan: PlanIndex) -> ShiryoOutput {
        let numbered = plan.pages.filter { $0.printed != nil && $0.key.count > quoteLength }
        let records = numbered.enumerated().map { index, page in
            let middle = page.key.count / 2 - quoteLength / 2
            var quote = Array(page.key[middle..<(middle + quoteLength)])
            var cited = page.printed!
            switch kind {
            case .otherPage: cited = cited + 2 <= (plan.numbering.printedRange?.upperBound ?? 0) ? cited + 2 : cited - 2
            case .changed: for position in stride(from: 5, to: quote.count, by: 10) { quote[position] = "〇" }
            case .notFound: quote.reverse()
            default: break
            }
            let reflection = Reflection(
                citation: "p.\(cited)", page: cited, lastPage: cited, headings: [],
                sections: [ReflectionSection(label: nil, quotes: [String(String.UnicodeScalarView(quote))])])
            return Record(
                index: index + 1, number: RowNumber(index + 1), policy: nil, opinion: "", response: "", reflections: [reflection],
                provenance: Provenance(pages: nil, lines: nil, boxes: []))
        }
        return ShiryoOutput(
            source: SourceInfo(file: "bench", sha256: "", format: .text, pageCount: nil),
            document: DocumentInfo(id: nil, title: nil, fiscalYear: nil, columns: []), records: records,
            diagnostics: [])
    }

    public static func table(_ result: Result) -> String {
        var lines = [
            String(
                format: "plan %@: %d pages, index %.2f ms/page (%.2f s)", result.file, result.pages,
                result.indexSeconds * 1000 / Double(max(result.pages, 1)), result.indexSeconds)
        ]
        for row in result.perCitation {
            lines.append(
                String(
                    format: "  %-10@ %8.3f ms/citation  (%d citations, %d got that status)",
                    row.kind.rawValue, row.seconds * 1000, row.count, row.matching))
        }
        return lines.joined(separator: "\n")
    }
}
