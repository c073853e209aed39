import Foundation
import Shiryo
import ShiryoCore
import Testing

/// What the generated seed-table variants (Scripts/fixtures/make_seed_variants.py) show beyond equal records.
@Suite struct PDFVariantTests {
    static func ingest(_ variant: String) throws -> ShiryoOutput {
        try Ingest.file(at: Repo.fixture("pdf-\(variant)/hiratsuka-h30-\(variant).pdf"))
    }

    @Test func rotatedPageGivesTheBoxesOfTheUprightPage() throws {
        // Stored portrait with /Rotate 90: boxes are in the orientation the page is shown in.
        let rotated = try Self.ingest("rotated"), upright = try Self.ingest("cid")
        #expect(rotated.records.map(\.provenance) == upright.records.map(\.provenance))
    }

    @Test(arguments: ["split-rows", "split-number-next-page", "furniture-every-page"])
    func rowSplitAtThePageBottomSpansBothPages(_ variant: String) throws {
        let output = try Self.ingest(variant)
        let row5 = try #require(output.records.first { $0.number == "5" })
        #expect(row5.provenance.pages == [1, 2])
        #expect(row5.provenance.boxes.map(\.page) == [1, 2])
        // The part on page 2 sits above row 6 there.
        let row6 = try #require(output.records.first { $0.number == "6" })
        #expect(row5.provenance.boxes[1].maxY <= row6.provenance.boxes[0].y + 1)
        #expect(output.diagnostics.contains { $0.code == "row-continued" || $0.code == "row-number-on-next-page" })
    }

    @Test(arguments: ["cid", "a3-landscape", "a4-portrait", "rotated"])
    func boxesLieOnTheirPage(_ variant: String) throws {
        let output = try Self.ingest(variant)
        for record in output.records {
            for box in record.provenance.boxes {
                #expect(box.x >= 0 && box.y >= 0 && box.width > 300 && box.height > 10, "row \(record.number) \(box)")
                #expect(box.maxX <= 1191 && box.maxY <= 1191)
            }
        }
    }
}
