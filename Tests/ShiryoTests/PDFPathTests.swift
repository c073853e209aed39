import Foundation
import JSONEmission
import Shiryo
import ShiryoCore
import Testing

/// The PDF path must give the records of the text path for the same table: only `source`, `provenance`
/// and diagnostics may differ.
@Suite struct PDFPathTests {
    static let textExpected = Repo.fixture("hiratsuka-h30-text/expected.json")

    /// PDF fixtures that print the seed table (the seed itself and the generated variants).
    static var seedVariants: [URL] {
        let folders = ((try? FileManager.default.contentsOfDirectory(at: Repo.fixtures, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.lastPathComponent == "hiratsuka-h30-pdf" || $0.lastPathComponent.hasPrefix("pdf-") }
        return folders.compactMap { folder in
            (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil))?
                .first { $0.pathExtension.lowercased() == "pdf" }
        }.sorted { $0.path < $1.path }
    }

    static func recordsWithoutProvenance(_ json: JSONValue) -> JSONValue {
        guard let records = json["records"]?.arrayValue else { return .null }
        return .array(
            records.map { record in
                guard case .object(var members) = record else { return record }
                members["provenance"] = nil
                return .object(members)
            })
    }

    /// The document without its tables' pages: like a record's provenance, where a table was printed (a text
    /// export knows no pages).
    static func documentWithoutPages(_ json: JSONValue) -> JSONValue {
        guard case .object(var document)? = json["document"] else { return .null }
        document["tables"] = document["tables"]?.arrayValue.map { tables in
            .array(
                tables.map { table in
                    guard case .object(var members) = table else { return table }
                    members["pages"] = nil
                    return .object(members)
                })
        }
        return .object(document)
    }

    @Test(arguments: seedVariants)
    func pdfGivesTheTextPathsRecords(_ pdf: URL) throws {
        let expected = try JSONValue.parse(Data(contentsOf: Self.textExpected))
        let actual = try Ingest.file(at: pdf).json
        let differences = JSONDiff.differences(
            expected: Self.recordsWithoutProvenance(expected),
            actual: Self.recordsWithoutProvenance(actual))
        if !differences.isEmpty {
            Issue.record("\(pdf.lastPathComponent): \(differences.count) differences\n\(GoldenDiff.lines(differences, limit: 20))")
        }
        #expect(Self.documentWithoutPages(expected) == Self.documentWithoutPages(actual))
    }

    @Test func seedProvenanceHasPagesAndBoxes() throws {
        let output = try Ingest.file(at: Repo.fixture("hiratsuka-h30-pdf/hiratsuka-h30-shiryo1-2.pdf"))
        #expect(output.source.format == .pdf)
        #expect(output.source.pageCount == 3)
        #expect(output.records.map { $0.provenance.pages ?? [] } == [[1], [1], [1], [1], [2], [2], [2], [2], [2], [3]])
        for record in output.records {
            #expect(record.provenance.lines == nil)
            let box = try #require(record.provenance.boxes.first)
            #expect(box.width > 600 && box.height > 20, "row \(record.number) box \(box)")
        }
        // Rows on one page are stacked top to bottom without overlapping.
        let page1 = output.records.prefix(4).map { $0.provenance.boxes[0] }
        for (upper, lower) in zip(page1, page1.dropFirst()) { #expect(upper.maxY <= lower.y + 1) }
    }
}
