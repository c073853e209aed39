import ShiryoCore

/// The diagnostics of plan verification: about the plan's page numbers, and one per quote or heading
/// that is not where the table says, in words a clerk can act on.
enum PlanDiagnostics {
    /// Characters of unchanged text shown on each side of a difference.
    static let contextCharacters = 8
    /// A differing stretch longer than this is cut (with …) so the message stays one readable line.
    static let maximumDifferenceCharacters = 40
    /// Characters of a quote shown to name it.
    static let quotePreviewCharacters = 20

    static func numbering(_ numbering: PageNumbering, file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if numbering.source == .pdfOrder {
            found.append(
                Diagnostic(
                    .warning, code: DiagnosticCode.planPageNumbersMissing.rawValue,
                    message:
                        "plan \(file): no page labels and no page numbers printed in its headers or footers; printed page N is taken to be PDF page N"
                ))
        }
        if !numbering.inferred.isEmpty {
            let pairs = numbering.inferred.map { "PDF page \($0) = p.\(numbering.printed[$0 - 1] ?? 0)" }
            found.append(
                Diagnostic(
                    .info, code: DiagnosticCode.planPageNumbersGuessed.rawValue,
                    message:
                        "plan \(file): no page number printed on \(pairs.joined(separator: ", ")), taken from the pages around them"))
        }
        for (number, pdfPages) in numbering.repeated.sorted(by: { $0.key < $1.key }) {
            let chosen = numbering.pdfPage(printed: number) ?? 0
            found.append(
                Diagnostic(
                    .info, code: DiagnosticCode.planPageNumberRepeated.rawValue,
                    message:
                        "plan \(file): printed page \(number) is on PDF pages \(pdfPages.map(String.init).joined(separator: ", ")); citations of p.\(number) are checked on PDF page \(chosen)"
                ))
        }
        return found
    }

    static func problems(
        _ checked: [PlanVerifier.Checked], verification: Verification, reflection: Reflection,
        record: Record, plan: PlanIndex
    ) -> [Diagnostic] {
        let place = "row \(record.number), \(reflection.citation)"
        let at = { (code: DiagnosticCode, message: String) in
            Diagnostic(
                code.severity, code: code.rawValue, message: message, page: record.provenance.pages?.first,
                line: record.provenance.lines?.first, record: record.index)
        }
        if verification.status == .pageMissing {
            let range = plan.numbering.printedRange.map { " (its printed pages run \($0.lowerBound)–\($0.upperBound))" } ?? ""
            return [at(.planPageMissing, "\(place): plan \(plan.file) has no printed page \(reflection.page)\(range)")]
                + checked.filter { $0.hit.status != .notFound }.compactMap { problem($0, place: place, plan: plan, at: at) }
        }
        return checked.compactMap { problem($0, place: place, plan: plan, at: at) }
    }

    static func problem(
        _ check: PlanVerifier.Checked, place: String, plan: PlanIndex,
        at: (DiagnosticCode, String) -> Diagnostic
    ) -> Diagnostic? {
        let kind = check.isHeading ? "heading" : "quote"
        let name = "\(kind) 「\(preview(check.text))」"
        let location = check.hit.pageIndex.map { pageName(plan.pages[$0]) } ?? ""
        switch check.hit.status {
        case .found, .pageMissing:
            return nil
        case .otherPage:
            return at(
                check.isHeading ? .planHeadingOtherPage : .planQuoteOtherPage,
                "\(place): \(name) is printed on \(location), not on the cited page")
        case .changed:
            let (table, printed) = difference(expected: PlanVerifier.key(check.text), printed: check.hit.printed)
            return at(
                check.isHeading ? .planHeadingChanged : .planQuoteChanged,
                "\(place): \(kind) differs from the plan on "
                    + "\(location) (similarity \(check.hit.similarity)): table 「\(table)」, plan 「\(printed)」")
        case .notFound:
            return at(check.isHeading ? .planHeadingNotFound : .planQuoteNotFound, "\(place): \(name) is not in plan \(plan.file)")
        }
    }

    /// 「p.45 (PDF page 49)」, or 「PDF page 2」 for a page without a printed number.
    static func pageName(_ page: PlanPage) -> String {
        page.printed.map { "p.\($0) (PDF page \(page.pdfPage))" } ?? "PDF page \(page.pdfPage)"
    }

    static func preview(_ text: String) -> String {
        text.count <= quotePreviewCharacters ? text : String(text.prefix(quotePreviewCharacters)) + "…"
    }

    /// Both texts with their common start and end cut to a few characters of context and the differing
    /// middle in ［］: 「…の支援を［充実］します」 / 「…の支援を［強化］します」. Search-key form (NFKC, no spaces).
    static func difference(expected: [Unicode.Scalar], printed: [Unicode.Scalar]) -> (String, String) {
        let prefix = zip(expected, printed).prefix { $0 == $1 }.count
        let limit = min(expected.count, printed.count) - prefix
        let suffix = zip(expected.reversed(), printed.reversed()).prefix(limit).prefix { $0 == $1 }.count
        func show(_ text: [Unicode.Scalar]) -> String {
            let middleEnd = text.count - suffix
            var middle = String(String.UnicodeScalarView(text[prefix..<middleEnd]))
            if middle.count > maximumDifferenceCharacters { middle = String(middle.prefix(maximumDifferenceCharacters)) + "…" }
            let before = String(String.UnicodeScalarView(text[max(0, prefix - contextCharacters)..<prefix]))
            let after = String(String.UnicodeScalarView(text[middleEnd..<min(text.count, middleEnd + contextCharacters)]))
            return (prefix > contextCharacters ? "…" : "") + before + "［" + middle + "］" + after
                + (suffix > contextCharacters ? "…" : "")
        }
        return (show(expected), show(printed))
    }
}
