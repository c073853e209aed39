import ShiryoCore

/// What a clerk reads after `ingest --plan`, per file: 「12 citations: 10 found, 1 on another page
/// (row 8: p.44 → p.45), 1 changed (row 6)」. Each problem names the row, so it can be fixed.
public struct VerificationSummary: Sendable, Hashable, CustomStringConvertible {
    public var citations = 0
    public var found = 0
    /// 「row 8: p.44 → p.45」, 「row 6」, 「row 3: p.99」, per status.
    public var problems: [Verification.Status: [String]] = [:]

    public init(_ output: ShiryoOutput) {
        for record in output.records {
            for reflection in record.reflections {
                guard let verification = reflection.verification else { continue }
                citations += 1
                if verification.status == .found { found += 1; continue }
                problems[verification.status, default: []].append(Self.place(record, reflection, verification))
            }
        }
    }

    /// Nil when no reflection was verified (no plan given).
    public static func of(_ output: ShiryoOutput) -> VerificationSummary? {
        let summary = VerificationSummary(output)
        return summary.citations == 0 ? nil : summary
    }

    static func place(_ record: Record, _ reflection: Reflection, _ verification: Verification) -> String {
        let row = "row \(record.number)"
        let elsewhere = reflection.pagesFoundElsewhere
        if verification.status == .pageMissing { return "\(row): \(reflection.citation)" }
        guard [.otherPage, .changed].contains(verification.status), !elsewhere.isEmpty else { return row }
        return "\(row): \(reflection.citation) → " + elsewhere.map { "p.\($0)" }.joined(separator: ", ")
    }

    static let wording: [(Verification.Status, String)] = [
        (.otherPage, "on another page"), (.changed, "changed"), (.notFound, "not found"), (.pageMissing, "page missing"),
    ]

    public var description: String {
        var parts = ["\(found) found"]
        for (status, words) in Self.wording {
            guard let places = problems[status], !places.isEmpty else { continue }
            parts.append("\(places.count) \(words) (\(places.joined(separator: "; ")))")
        }
        return "\(citations) citation\(citations == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }
}
