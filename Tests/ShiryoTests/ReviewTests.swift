import Foundation
import PDFExtraction
@testable import Shiryo
import ShiryoCore
import Testing

/// `shiryo review`: page images, the boxes drawn over them, the records and diagnostics beside them.
@Suite struct ReviewTests {
    static let seedPDF = Repo.fixture("hiratsuka-h30-pdf/hiratsuka-h30-shiryo1-2.pdf")
    static let seedText = Repo.fixture("hiratsuka-h30-text/hiratsuka-h30-shiryo1-2.txt")

    static func reader() throws -> PDFReader {
        try PDFReader(bytes: Array(Data(contentsOf: seedPDF)), file: seedPDF.lastPathComponent)
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    // MARK: Page images

    /// Width and height from the IHDR chunk, which follows the 8-byte signature and the chunk header.
    static func pngSize(_ png: [UInt8]) -> (width: Int, height: Int) {
        func int(at offset: Int) -> Int { png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(at: 16), int(at: 20))
    }

    @Test(arguments: [(1, 1.0), (1, 1.5), (3, 2.0)])
    func renderedPageIsAPNGOfPageSizeTimesScale(page: Int, scale: Double) throws {
        let rendered = try PageRenderer(scale: scale).render(Self.reader(), page: page)
        #expect(rendered.png.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Array(rendered.png[12..<16]) == Array("IHDR".utf8))
        // The seed is A4 landscape: 841.89 × 595.28 points.
        #expect(abs(rendered.pointWidth - 841.89) < 0.01 && abs(rendered.pointHeight - 595.28) < 0.01)
        let expected = (Int((rendered.pointWidth * scale).rounded(.up)), Int((rendered.pointHeight * scale).rounded(.up)))
        let actual = Self.pngSize(rendered.png)
        #expect(actual == expected)
        #expect((rendered.pixelWidth, rendered.pixelHeight) == expected)
    }

    /// A landscape table stored portrait with /Rotate 90 is drawn as displayed, in the space of its boxes.
    @Test func aRotatedPageIsRenderedAsDisplayed() throws {
        let url = Repo.fixture("pdf-rotated/hiratsuka-h30-rotated.pdf")
        let reader = try PDFReader(bytes: Array(Data(contentsOf: url)), file: url.lastPathComponent)
        // Known and intermittent, not understood yet: in this test process, after many documents were drawn in
        // parallel (every ingested page is drawn for ruling lines), freetype has failed on this page ("error
        // occurred in libfreetype") in the full suite; alone, and through the CLI, it draws. See the closing note.
        var drawn: RenderedPage?
        withKnownIssue("freetype failure after many drawings in one process", isIntermittent: true) {
            drawn = try PageRenderer(scale: 1).render(reader, page: 1)
        }
        guard let rendered = drawn else { return }
        #expect(Self.pngSize(rendered.png) == (842, 596))
        let rows = try Ingest.file(at: url).records.flatMap(\.provenance.boxes).filter { $0.page == 1 }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.maxX <= rendered.pointWidth && $0.maxY <= rendered.pointHeight })
    }

    @Test func pagesRenderDifferentlyAndTheSameTwice() throws {
        let reader = try Self.reader()
        let renderer = PageRenderer()
        let first = try renderer.render(reader, page: 1)
        #expect(first.png == (try renderer.render(reader, page: 1)).png)
        #expect(first.png != (try renderer.render(reader, page: 2)).png)
    }

    @Test func aPageThatDoesNotExistIsATypedError() throws {
        #expect(throws: IngestError.self) { try PageRenderer().render(Self.reader(), page: 4) }
    }

    // MARK: The HTML

    @Test func seedPageHasOneRowBoxPerRecordWithItsNumber() throws {
        let result = try Review.file(at: Self.seedPDF)
        let html = result.html
        #expect(result.output.records.map(\.number) == (1...10).map(String.init))
        #expect(Self.occurrences(of: "<rect class=\"row\"", in: html) == 10)
        for (position, record) in result.output.records.enumerated() {
            #expect(Self.occurrences(of: ">№\(record.number)</text>", in: html) == 1, "row label № \(record.number)")
            #expect(html.contains("<article class=\"record\" id=\"record-\(position + 1)\">"))
            #expect(html.contains("<a href=\"#record-\(position + 1)\">№ \(record.number)</a>"))
            #expect(html.contains(HTML.escape(record.opinion)))
            #expect(html.contains(HTML.escape(record.response)))
        }
        // Five header cells on each of the three pages; five cells (№ + four columns) per row.
        #expect(Self.occurrences(of: "<rect class=\"header\"", in: html) == 15)
        #expect(Self.occurrences(of: "<rect class=\"cell\"", in: html) == 50)
        #expect(Self.occurrences(of: "<img ", in: html) == 3)
        #expect(Self.occurrences(of: "src=\"data:image/png;base64,", in: html) == 3)
    }

    /// Ingest lets rows go page by page; the review needs every row, one per record, in order.
    @Test func inspectionKeepsEveryRowOfEveryPage() throws {
        let inspection = try Ingest.inspect(Self.reader(), bytes: Array(Data(contentsOf: Self.seedPDF)))
        #expect(inspection.table.rows.map(\.number.value) == inspection.output.records.map(\.number))
        #expect(inspection.table.rows.map(\.pages) == [[1], [1], [1], [1], [2], [2], [2], [2], [2], [3]])
        #expect(Set(inspection.table.headerCells.map(\.box.page)) == [1, 2, 3])
        #expect(inspection.output == (try Ingest.file(at: Self.seedPDF)))
    }

    @Test func everyCitationIsBoxedAndListed() throws {
        let result = try Review.file(at: Self.seedPDF)
        let reflections = result.output.records.flatMap(\.reflections)
        #expect(reflections.count == 11)
        #expect(Self.occurrences(of: "<rect class=\"citation\"", in: result.html) == reflections.count)
        for reflection in reflections {
            #expect(result.html.contains("<span class=\"citation\">\(reflection.citation)</span>"))
            #expect(result.html.contains("<title>№ ") && result.html.contains("citation \(reflection.citation)</title>"))
        }
    }

    @Test func theFileHasNoExternalReferences() throws {
        let html = try Review.file(at: Self.seedPDF).html
        for external in ["src=\"http", "href=\"http", "src='http", "url(", "@import", "<script", "<link"] {
            #expect(!html.contains(external), "\(external) found")
        }
        // Every link stays inside the page.
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix(1) }
        #expect(!hrefs.isEmpty && hrefs.allSatisfy { $0 == "#" })
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let first = try Review.file(at: Self.seedPDF).html
        let second = try Review.file(at: Self.seedPDF).html
        #expect(Data(first.utf8) == Data(second.utf8))
    }

    /// The page as the CLI writes it, from an inspection whose diagnostics a test chose.
    static func page(_ inspection: PDFInspection, reader: PDFReader, language: Language = .english) throws -> String {
        let page = ReviewPage(
            inspection: inspection, failure: nil, file: "seed.pdf", pageCount: 3, shownPages: [1, 2, 3],
            language: language)
        var html = page.head()
        for number in 1...3 { html += page.section(for: try PageRenderer(scale: 0.5).render(reader, page: number)) }
        return html + ReviewDocument.tail
    }

    @Test func diagnosticsAreListedAndMarkedWhereTheyAre() throws {
        let reader = try Self.reader()
        var inspection = try Ingest.inspect(reader, bytes: Array(Data(contentsOf: Self.seedPDF)))
        let box = BoundingBox(page: 2, x: 100, y: 200, width: 50, height: 12)
        inspection.output.diagnostics = [
            Diagnostic(
                .warning, code: "row-without-number", message: "a row <without> a № & \"quotes\"",
                at: SourceLocation.box(box)),
            Diagnostic(.warning, code: "blank-page", message: "page 3 has no text", page: 3),
            Diagnostic(.warning, code: "document-level", message: "not tied to a page"),
        ]
        let html = try Self.page(inspection, reader: reader)

        // The boxed one and the page-level one are drawn; the third has nowhere to go but the list.
        #expect(Self.occurrences(of: "<rect class=\"diagnostic warning\"", in: html) == 2)
        #expect(html.contains("<rect class=\"diagnostic warning\" x=\"97\" y=\"197\" width=\"56\" height=\"18\">"))  // padded by 3
        #expect(html.contains(">!1</text>") && html.contains(">!2</text>") && !html.contains(">!3</text>"))
        // Listed with severity and code, escaped, each once under its page and once (or only) in the summary.
        #expect(html.contains("a row &lt;without&gt; a № &amp; &quot;quotes&quot;"))
        #expect(!html.contains("<without>"))
        #expect(html.contains("<li id=\"diagnostic-1\" value=\"1\" class=\"warning\"><b>warning</b> "))
        #expect(html.contains("<code>row-without-number</code>"))
        #expect(
            html.contains(
                "<li id=\"diagnostic-3\" value=\"3\" class=\"warning\"><b>warning</b> not tied to a page <small><code>document-level</code></small></li>"
            ))
        #expect(html.contains("<a href=\"#diagnostic-1\">page 2</a>"))
        #expect(html.contains("<p class=\"verdict warnings\">10 row(s) read, 3 warning(s): check the places marked in orange</p>"))
        #expect(Self.occurrences(of: "id=\"diagnostic-", in: html) == 3)
    }

    /// Info notes say how the table was read: drawn quietly (grey, dotted), never as a frame round the
    /// page, kept apart from the warnings; the verdict stays "all read".
    @Test func infoNotesAreQuietAndTheVerdictStaysClean() throws {
        let reader = try Self.reader()
        var inspection = try Ingest.inspect(reader, bytes: Array(Data(contentsOf: Self.seedPDF)))
        inspection.output.diagnostics = [
            Diagnostic(
                .info, code: "narrow-gutter-split", message: "hairline gutter split at x 156",
                at: SourceLocation.box(BoundingBox(page: 1, x: 150, y: 100, width: 12, height: 40))),
            Diagnostic(.info, code: "page-note", message: "a note about page 2", page: 2),
        ]
        let html = try Self.page(inspection, reader: reader)
        #expect(html.contains("<p class=\"verdict ok\">All 10 row(s) read, nothing to check</p>"))
        #expect(Self.occurrences(of: "<rect class=\"diagnostic info\"", in: html) == 1)  // the boxed one; no page frame
        #expect(!html.contains("diagnostic warning") && !html.contains("diagnostic error"))
        #expect(html.contains("<details class=\"notes\"><summary>2 note(s) on how the table was read (no action needed)</summary>"))
        #expect(html.contains("<p class=\"none\">No warnings.</p>"))
    }

    @Test func japanesePageFromTheCatalogue() throws {
        let reader = try Self.reader()
        let inspection = try Ingest.inspect(reader, bytes: Array(Data(contentsOf: Self.seedPDF)))
        let html = try Self.page(inspection, reader: reader, language: .japanese)
        #expect(html.contains("<html lang=\"ja\">"))
        #expect(html.contains("<p class=\"verdict ok\">全10行を読み取りました。確認の必要な点はありません</p>"))
        #expect(html.contains("1 / 3 ページ") && html.contains("見出しのセル") && html.contains("警告はありません。"))
    }

    // MARK: Text exports

    @Test func aTextExportIsShownWithItsRowsMarked() throws {
        let result = try Review.file(at: Self.seedText)
        let html = result.html
        #expect(result.output.records.count == 10)
        #expect(Self.occurrences(of: "<section class=\"text-row read\">", in: html) == 10)
        #expect(html.contains("<p class=\"verdict warnings\">10 row(s) read, 2 warning(s): check the places marked in orange</p>"))
        // Every line is there with its number; warned lines tinted and linked from the list.
        #expect(html.contains("<li value=\"336\" id=\"line-336\""))
        #expect(html.contains("<li value=\"134\" id=\"line-134\" class=\"warning\">"))
        #expect(html.contains("<a href=\"#line-134\">line 134</a>"))
        #expect(html.contains("№ 1</a> <small>lines 5–37</small>"))
        #expect(!html.contains("<img"))
    }

    // MARK: Pages, sizes, streaming

    @Test func pagesOptionDrawsOnlyThosePagesButJudgesTheWholeDocument() throws {
        let result = try Review.file(at: Self.seedPDF, options: ReviewOptions(pages: PageSelection("2"), language: .english))
        #expect(Self.occurrences(of: "<img ", in: result.html) == 1)
        #expect(result.html.contains("id=\"page-2\"") && !result.html.contains("id=\"page-1\""))
        #expect(result.html.contains("pages 2 of 3 shown"))
        #expect(result.html.contains("All 10 row(s) read"))
    }

    @Test(arguments: [("3", [3]), ("1-2", [1, 2]), ("3,1", [1, 3]), ("2-9", [2, 3]), ("1,1-2", [1, 2])])
    func pageSelections(_ text: String, _ pages: [Int]) throws {
        #expect(try #require(PageSelection(text)).pages(of: 3) == pages)
    }

    @Test(arguments: ["", "0", "a", "3-1", "1,,2", "-2", "1-2-3"])
    func badPageSelections(_ text: String) {
        #expect(PageSelection(text) == nil)
    }

    /// No page size can make cairo allocate gigabytes: big pages are drawn smaller, absurd ones not at all.
    @Test func pageImagesAreCapped() throws {
        let renderer = PageRenderer(scale: 1.5)
        #expect(renderer.fittedScale(width: 841.89, height: 595.28) == 1.5)
        #expect(renderer.fittedScale(width: 2384, height: 3370) == 1.5)  // A0 poster: 3,576 × 5,055 pixels
        let large = try #require(PageRenderer(scale: 4).fittedScale(width: 2384, height: 3370))
        #expect(large < 4 && 3370 * large <= PageRenderer.maximumSide && 2384 * large * 3370 * large <= PageRenderer.maximumPixels)
        #expect(renderer.fittedScale(width: 1e9, height: 595) == nil)
        #expect(renderer.fittedScale(width: .infinity, height: 595) == nil)
        #expect(renderer.fittedScale(width: 0, height: 595) == nil)
    }

    /// The file the CLI streams page by page is the page made in memory, byte for byte.
    @Test func theStreamedFileIsThePageMadeInMemory() throws {
        let scratch = try Scratch()
        let target = scratch.path("out/seed.review.html")
        nonisolated(unsafe) var drawn: [Int] = []
        let outcome = try Review.write(Self.seedPDF, to: target, force: false, options: ReviewOptions(language: .english)) { page, _ in
            drawn.append(page)
        }
        #expect(drawn == [1, 2, 3])
        #expect(outcome.failure == nil && outcome.verdict == "All 10 row(s) read, nothing to check")
        #expect(try Data(contentsOf: target) == Data(try Review.file(at: Self.seedPDF).html.utf8))
        #expect(scratch.files(under: "out") == ["seed.review.html"])
    }

    // MARK: Wrong input

    @Test func aDamagedPDFGivesTheIngestError() throws {
        do {
            _ = try Review.bytes(Array("%PDF-1.4\nnot really".utf8), name: "broken.pdf")
            Issue.record("a damaged PDF gave a review page")
        } catch {
            guard case .input(let inner) = error else { Issue.record("wrong error \(error)"); return }
            #expect(inner.code == "damaged-pdf" && inner.file == "broken.pdf")
        }
    }

    @Test func outputIsNamedAfterTheInput() {
        #expect(Review.outputName(for: URL(fileURLWithPath: "/x/資料1-2.pdf")) == "資料1-2.review.html")
    }
}

/// `shiryo review` end to end: what it writes, what it refuses, its exit codes.
@Suite struct ReviewCommandTests {
    @Test func writesTheReviewPageNamedAfterTheInput() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.pdf, to: "in/h30.pdf")
        let result = try CLI.run(["review", "in/h30.pdf"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(scratch.files(under: "Output") == ["h30.review.html"])
        #expect(result.stderr == "in/h30.pdf: All 10 row(s) read, nothing to check → Output/h30.review.html\n")
        let html = String(decoding: try scratch.data("Output/h30.review.html"), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        // The library's page, byte for byte (the file name comes from the input).
        #expect(html == (try Review.file(at: scratch.path("in/h30.pdf")).html))
    }

    @Test func severalInputsGiveOnePageEach() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.pdf, to: "資料/a.pdf")
        try scratch.copy(fixture: Seed.text, to: "資料/第2回/b.txt")
        try scratch.copy(fixture: "bad/no-table/no-table.pdf", to: "agenda.pdf")
        let result = try CLI.run(["review", "資料", "agenda.pdf", "missing.pdf"], in: scratch.url)
        #expect(result.status == 1)
        #expect(scratch.files(under: "Output") == ["a.review.html", "agenda.review.html", "第2回/b.review.html"])
        #expect(result.stderr.contains("資料/a.pdf: All 10 row(s) read, nothing to check → Output/a.review.html\n"))
        #expect(
            result.stderr.contains(
                "資料/第2回/b.txt: 10 row(s) read, 2 warning(s): check the places marked in orange → Output/第2回/b.review.html\n"))
        // No table: an error, but the pages are still shown under a verdict that says why.
        #expect(
            result.stderr.contains(
                "error[table-not-found]: agenda.pdf: no numbered table was found (no header row with a № column) → Output/agenda.review.html\n"
            ))
        #expect(result.stderr.hasPrefix("error[no-such-path]: missing.pdf: "))
        let agenda = String(decoding: try scratch.data("Output/agenda.review.html"), as: UTF8.self)
        #expect(agenda.contains("<p class=\"verdict failed\">Not read: agenda.pdf: no numbered table was found"))
        #expect(agenda.contains("<img "))
    }

    @Test func japaneseLocaleGivesAJapanesePage() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.pdf, to: "a.pdf")
        let result = try CLI.run(
            ["review", "--pages", "1", "a.pdf"], in: scratch.url, environment: CLI.environment(["LANG": "ja_JP.UTF-8"]))
        #expect(result.status == 0)
        #expect(result.stderr == "a.pdf: 全10行を読み取りました。確認の必要な点はありません → Output/a.review.html\n")
        let html = String(decoding: try scratch.data("Output/a.review.html"), as: UTF8.self)
        #expect(html.contains("<html lang=\"ja\">") && html.contains("全3ページ中 1 ページを表示"))
    }

    @Test func aDifferentExistingPageIsKeptUnlessForced() throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.pdf, to: "a.pdf")
        #expect(try CLI.run(["review", "a.pdf"], in: scratch.url).status == 0)
        #expect(try CLI.run(["review", "a.pdf"], in: scratch.url).status == 0)  // identical: nothing to protect
        try scratch.write("edited by hand", to: "Output/a.review.html")
        let refused = try CLI.run(["review", "a.pdf"], in: scratch.url)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "Output/a.review.html already exists with different content; to overwrite it, allow replacing outputs (--force)"))
        #expect(String(decoding: try scratch.data("Output/a.review.html"), as: UTF8.self) == "edited by hand")
        #expect(try CLI.run(["review", "--force", "a.pdf"], in: scratch.url).status == 0)
        #expect(try scratch.data("Output/a.review.html").count > 100_000)
        #expect(scratch.files(under: "Output") == ["a.review.html"])  // no temporary left behind
    }

    @Test(arguments: [
        ["review"], ["review", "--pages", "x", "a.pdf"], ["review", "--scale", "0", "a.pdf"], ["review", "--bogus", "a.pdf"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let scratch = try Scratch()
        try scratch.copy(fixture: Seed.pdf, to: "a.pdf")
        let result = try CLI.run(arguments, in: scratch.url)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(scratch.files(under: "Output").isEmpty)
    }

    @Test func helpShowsExamplesAndExitCodes() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["review", "--help"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("shiryo review 資料1-2.pdf") && result.stdout.contains("Exit codes:"))
    }
}
