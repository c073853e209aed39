import JapaneseText
import ShiryoCore

/// Checks every reflection of a table against the plan it cites (issue 16): the cited printed page must
/// exist, and each quote and heading must be printed on it.
public enum PlanVerifier {
    /// `output` with `verification` set on every reflection, and a diagnostic for each problem found,
    /// after the plan's own diagnostics.
    public static func verify(_ output: ShiryoOutput, against plan: PlanIndex) -> ShiryoOutput {
        var result = output
        var diagnostics = plan.diagnostics
        for recordIndex in result.records.indices {
            let record = result.records[recordIndex]
            for reflectionIndex in record.reflections.indices {
                let reflection = record.reflections[reflectionIndex]
                let (verification, found) = verify(reflection, against: plan)
                result.records[recordIndex].reflections[reflectionIndex].verification = verification
                diagnostics += PlanDiagnostics.problems(
                    found, verification: verification, reflection: reflection,
                    record: record, plan: plan)
            }
        }
        result.diagnostics += diagnostics
        return result
    }

    /// One quote or heading and where it was found.
    struct Checked {
        var text: String
        var isHeading: Bool
        var hit: PlanHit
    }

    static func verify(_ reflection: Reflection, against plan: PlanIndex) -> (Verification, [Checked]) {
        let cited = citedPages(reflection, in: plan)
        let quotes = reflection.sections.flatMap(\.quotes).map {
            Checked(text: $0, isHeading: false, hit: plan.locate(key($0), cited: cited))
        }
        let headings = reflection.headings.map { Checked(text: $0, isHeading: true, hit: locateHeading($0, plan: plan, cited: cited)) }
        let checked = quotes + headings
        let item = { (check: Checked) in
            Verification.Item(
                status: check.hit.status, page: check.hit.pageIndex.flatMap { plan.pages[$0].printed },
                pdfPage: check.hit.pageIndex.map { $0 + 1 }, similarity: check.hit.similarity)
        }
        let status = cited == nil ? .pageMissing : checked.map(\.hit.status).max() ?? .found
        let foundOn = Set(checked.compactMap { $0.hit.pageIndex.flatMap { plan.pages[$0].printed } }).sorted()
        let verification = Verification(
            status: status, pdfPage: cited.map { $0.lowerBound + 1 }, foundOn: foundOn,
            quotes: quotes.map(item), headings: headings.map(item))
        return (verification, checked)
    }

    /// 0-based plan pages carrying the cited printed pages; nil when the plan has none of them.
    static func citedPages(_ reflection: Reflection, in plan: PlanIndex) -> ClosedRange<Int>? {
        let indices = (reflection.page...max(reflection.page, reflection.lastPage))
            .compactMap { plan.numbering.pdfPage(printed: $0) }.map { $0 - 1 }
        guard let low = indices.min(), let high = indices.max() else { return nil }
        return low...high
    }

    /// A heading as cited (「（１）基幹産業の競争力を強化する」), or its title alone when the plan prints
    /// the label differently (「１．」 for 「（１）」).
    static func locateHeading(_ heading: String, plan: PlanIndex, cited: ClosedRange<Int>?) -> PlanHit {
        if let cited, let page = cited.first(where: { plan.pages[$0].marginKey.contains(key(heading)) }) {
            return PlanHit(status: .found, pageIndex: page, similarity: 1)  // in the cited page's running header
        }
        let whole = plan.locate(key(heading), cited: cited)
        guard whole.status != .found, let title = headingTitle(heading) else { return whole }
        let titleHit = plan.locate(key(title), cited: cited)
        return titleHit.status < whole.status ? titleHit : whole
    }

    /// The title of a labelled heading, when it is long enough to stand for the heading on its own.
    static func headingTitle(_ heading: String) -> String? {
        let text = Substring(heading)
        guard let (_, title) = Headings.pillarLabel(text) ?? Headings.measureLabel(text) else { return nil }
        return SearchKey.make(String(title)).count >= PlanIndex.nearMatchMinimumLength ? String(title) : nil
    }

    static func key(_ text: String) -> [Unicode.Scalar] { Array(SearchKey.make(text).unicodeScalars) }
}

extension Array where Element == Unicode.Scalar {
    /// Whether `other` occurs in this key as a contiguous run.
    func contains(_ other: [Unicode.Scalar]) -> Bool {
        guard !other.isEmpty, other.count <= count else { return false }
        return (0...(count - other.count)).contains { self[$0..<($0 + other.count)].elementsEqual(other) }
    }
}
