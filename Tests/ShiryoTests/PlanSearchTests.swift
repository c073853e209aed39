import Foundation
import JapaneseText
@testable import PlanVerification
import ShiryoCore
import Testing

/// Matching quotes against the plan: edit distance, and the near-match threshold measured on a plan.
@Suite struct PlanSearchTests {
    static func scalars(_ text: String) -> [Unicode.Scalar] { Array(SearchKey.make(text).unicodeScalars) }

    @Test func approximateMatchFindsTheClosestStretch() throws {
        let text = Self.scalars("前の文。空き店舗の活用と起業への支援を充実します。後の文。")
        let match = try #require(ApproximateMatch.best(Self.scalars("空き店舗の活用と創業への支援を強化します。"), in: text[...]))
        #expect(match.distance == 3)
        #expect(String(String.UnicodeScalarView(text[match.range])) == "空き店舗の活用と起業への支援を充実します。")
    }

    /// Of equally close stretches the one as long as the quote: the diagnostic shows 「充実」 printed.
    @Test func equallyCloseMatchesPreferTheQuotesLength() throws {
        let text = Self.scalars("3子育て支援の充実")
        let match = try #require(ApproximateMatch.best(Self.scalars("3子育て支援の推進"), in: text[...]))
        #expect(match.distance == 2)
        #expect(match.range == 0..<9)
    }

    @Test func differenceShowsContextAndTheChangedMiddle() {
        let (table, plan) = PlanDiagnostics.difference(
            expected: Self.scalars("中心市街地のにぎわいを取り戻すため、空き店舗の活用と創業への支援を強化します。"),
            printed: Self.scalars("中心市街地のにぎわいを取り戻すため、空き店舗の活用と起業への支援を充実します。"))
        #expect(table == "…空き店舗の活用と［創業への支援を強化］します。")
        #expect(plan == "…空き店舗の活用と［起業への支援を充実］します。")
    }

    static let seedPlan = Repo.fixture("plan-seed-text/plan.pdf")

    /// Why 0.75: every seed quote aligned as well as it can be with each page of the seed plan that does
    /// not print it stays far below (unrelated text of the same plan), while a reworded phrase stays above.
    @Test func thresholdSeparatesRewordingFromOtherPassages() throws {
        let plan = try PlanIndex.load(Self.seedPlan)
        let expected =
            try JSONSerialization.jsonObject(with: Data(contentsOf: Repo.fixture("hiratsuka-h30-text/expected.json"))) as! [String: Any]
        let quotes = (expected["records"] as! [[String: Any]]).flatMap { ($0["reflections"] as! [[String: Any]]) }
            .flatMap { ($0["sections"] as! [[String: Any]]).flatMap { $0["quotes"] as! [String] } }
        var unrelatedBest = 0.0
        for quote in Set(quotes) {
            let key = Self.scalars(quote)
            guard key.count >= PlanIndex.nearMatchMinimumLength else { continue }
            for page in plan.pages where !page.key.contains(key) {
                let match = ApproximateMatch.best(key, in: page.key[...])
                unrelatedBest = max(unrelatedBest, match?.similarity(patternLength: key.count) ?? 0)
            }
        }
        #expect(unrelatedBest < PlanIndex.nearMatchMinimumSimilarity - 0.15, "closest unrelated passage: \(unrelatedBest)")
        let reworded = ApproximateMatch.best(
            Self.scalars("空き店舗の活用と創業への支援を強化します。"),
            in: Self.scalars("空き店舗の活用と起業への支援を充実します。")[...])!
        #expect(reworded.similarity(patternLength: 21) >= PlanIndex.nearMatchMinimumSimilarity)
    }

    @Test func seedPlanNumbering() throws {
        let plan = try PlanIndex.load(Self.seedPlan)
        #expect(plan.numbering.source == .printedNumbers)
        #expect(plan.numbering.pdfPage(printed: 1) == 3)  // cover and contents first
        #expect(plan.numbering.pdfPage(printed: 107) == 109)
        #expect(plan.diagnostics.isEmpty)
    }

    /// Plans print the chapter or pillar heading in the running header: it counts on the cited page.
    @Test func headingInTheRunningHeaderCounts() {
        let heading = "Ⅰ　強みを活かしたしごとづくり"
        let pages = [
            PlanPage(pdfPage: 1, printed: 1, key: Self.scalars("第１章の本文です。"), marginKey: Self.scalars(heading)),
            PlanPage(pdfPage: 2, printed: 2, key: Self.scalars(heading + "　本文"), marginKey: []),
        ]
        let plan = PlanIndex(file: "plan.pdf", pages: pages, numbering: .identity(pageCount: 2), diagnostics: [])
        let hit = PlanVerifier.locateHeading("Ⅰ強みを活かしたしごとづくり", plan: plan, cited: 0...0)
        #expect(hit.status == .found)
        #expect(hit.pageIndex == 0)
        #expect(PlanVerifier.locateHeading("Ⅰ強みを活かしたしごとづくり", plan: plan, cited: 1...1).pageIndex == 1)
    }
}
