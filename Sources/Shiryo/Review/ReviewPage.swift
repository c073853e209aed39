import Foundation
import PDFExtraction
import ShiryoCore
import TableParsing

/// The review page of a PDF, written piece by piece (head, one section per page, tail) so a long document
/// never has more than one page image in memory: each PDF page as an image with what the parser detected
/// drawn over it, the records read from it beside it, every warning marked where it was found. One HTML
/// file with the images embedded and no script, so it opens offline; the same input gives the same bytes.
struct ReviewPage {
    /// nil when the document could not be read as a table: the pages are still shown, under the verdict.
    var inspection: PDFInspection?
    var failure: String?
    var file: String
    var pageCount: Int
    /// The pages drawn (`--pages`), ascending.
    var shownPages: [Int]
    var language: Language

    private var output: ShiryoOutput? { inspection?.output }
    private var records: [Record] { output?.records ?? [] }
    private var diagnostics: [Diagnostic] { output?.diagnostics ?? [] }
    private var summary: ReviewSummary { ReviewSummary(output: output, failure: failure, language: language) }
    private var overlays: [Int: [OverlayBox]] { inspection.map { ReviewOverlay.boxes(for: $0, language: language) } ?? [:] }

    /// Everything before the first page: the head and the summary with the verdict.
    func head() -> String {
        var facts = [file]
        if let id = output?.document.id { facts.append(id) }
        facts.append(Catalogue.Review.pageCount(pageCount).text(language))
        if shownPages.count < pageCount {
            facts.append(Catalogue.Review.pagesShown(PageSelection.describe(shownPages), of: pageCount).text(language))
        }
        if let output {
            facts.append(Catalogue.Review.recordCount(output.records.count).text(language))
            facts.append("sha256 \(output.source.sha256.prefix(12))…")
        }
        return ReviewDocument.head(title: file, language: language)
            + summary.html(title: output?.document.title ?? file, facts: facts, legend: Self.legend)
    }

    static let legend: [(kind: String, meaning: Localized)] = [
        ("header", Catalogue.Review.headerCell), ("row", Catalogue.Review.row), ("cell", Catalogue.Review.cell),
        ("citation", Catalogue.Review.citation), ("warning", Catalogue.Review.warning), ("info", Catalogue.Review.note),
    ]

    // MARK: One page

    /// `notes`: what the review itself has to say about the page (drawn smaller, too big to draw).
    func section(for page: RenderedPage, notes: [Localized] = []) -> String {
        let starting = records.indices.filter { firstPage(of: records[$0]) == page.number }
        let continued = records.indices.filter {
            (records[$0].provenance.pages ?? []).contains(page.number) && firstPage(of: records[$0]) != page.number
        }
        var html = "<section class=\"page\" id=\"\(ReviewAnchor.page(page.number))\">\n"
        if page.isDrawn {
            // Pixel for pixel where the window allows (sharp text); never taller than the window, so the
            // page stays in view (sticky) while its records scroll beside it.
            let aspect = HTML.number(page.pointWidth / max(page.pointHeight, 1))
            html += "<div class=\"sheet\" style=\"width:min(\(page.pixelWidth)px, 64vw, calc((100vh - 16px) * \(aspect)))\">\n"
            html += "<img alt=\"page \(page.number)\" width=\"\(page.pixelWidth)\" height=\"\(page.pixelHeight)\" "
            html += "src=\"data:image/png;base64,\(Data(page.png).base64EncodedString())\">\n"
            let boxes = (overlays[page.number] ?? []) + ReviewOverlay.pageFrames(diagnostics, page: page, language: language)
            html += svg(for: page, overlays: boxes)
            html += "</div>\n"
        }
        html += "<div class=\"side\">\n"
        html += "<h2>\(HTML.escape(Catalogue.Review.page(page.number, of: pageCount).text(language)))</h2>\n"
        for note in notes { html += "<p class=\"missing\">\(HTML.escape(note.text(language)))</p>\n" }
        html += pageDiagnostics(page.number)
        for index in continued {
            let record = records[index]
            let from = firstPage(of: record) ?? page.number
            html += "<p class=\"continued\"><a href=\"#\(ReviewAnchor.record(index))\">"
            html += HTML.escape(Catalogue.Review.continues("№ \(record.number)", from: from).text(language)) + "</a></p>\n"
        }
        for index in starting {
            html += ReviewCard(table: inspection?.table, language: language).html(
                for: records[index], position: index,
                place: pages(of: records[index]))
        }
        if starting.isEmpty && continued.isEmpty && failure == nil {
            html += "<p class=\"none\">\(HTML.escape(Catalogue.Review.noRecordsOnPage.text(language)))</p>\n"
        }
        return html + "</div>\n</section>\n"
    }

    private func firstPage(of record: Record) -> Int? {
        record.provenance.pages?.first ?? record.provenance.boxes.first?.page
    }

    private func pages(of record: Record) -> String {
        Catalogue.Review.pages((record.provenance.pages ?? []).map(String.init).joined(separator: ", ")).text(language)
    }

    /// The boxes in page points; the viewBox scales them with the image at any displayed size.
    private func svg(for page: RenderedPage, overlays: [OverlayBox]) -> String {
        var html = "<svg viewBox=\"0 0 \(HTML.number(page.pointWidth)) \(HTML.number(page.pointHeight))\" "
        html += "preserveAspectRatio=\"none\" role=\"img\" aria-label=\"detected table on page \(page.number)\">\n"
        for overlay in overlays {
            let box = overlay.box
            var shape = "<rect class=\"\(overlay.cssClass)\" x=\"\(HTML.number(box.x))\" y=\"\(HTML.number(box.y))\" "
            shape += "width=\"\(HTML.number(box.width))\" height=\"\(HTML.number(box.height))\">"
            shape += "<title>\(HTML.escape(overlay.title))</title></rect>"
            if let label = overlay.label { shape += self.label(label, overlay: overlay, pageWidth: page.pointWidth) }
            if let link = overlay.link { shape = "<a href=\"#\(link)\">\(shape)</a>" }
            html += shape + "\n"
        }
        return html + "</svg>\n"
    }

    /// Labels sit outside their box so they hide no printed text: row numbers right of the row, diagnostic
    /// numbers left of their box; inside the box only where the page edge leaves no room.
    private func label(_ text: String, overlay: OverlayBox, pageWidth: Double) -> String {
        let room = 16.0, box = overlay.box
        let x: Double, anchor: String
        switch overlay.kind {
        case .row where pageWidth - box.maxX >= room: (x, anchor) = (box.maxX + 2, "start")
        case .row: (x, anchor) = (box.maxX - 2, "end")
        case _ where box.x >= room: (x, anchor) = (box.x - 2, "end")
        default: (x, anchor) = (box.x + 4, "start")
        }
        return "<text class=\"\(overlay.cssClass)\" x=\"\(HTML.number(x))\" y=\"\(HTML.number(box.y + 10))\" "
            + "text-anchor=\"\(anchor)\">\(HTML.escape(text))</text>"
    }

    /// The page's diagnostics, numbered like the marks; anchored here.
    private func pageDiagnostics(_ page: Int) -> String {
        let here = diagnostics.enumerated().filter { $0.element.page == page }
        guard !here.isEmpty else { return "" }
        var html = "<ol class=\"diagnostics\">\n"
        for (index, diagnostic) in here {
            html += "<li id=\"\(ReviewAnchor.diagnostic(index + 1))\" value=\"\(index + 1)\" "
            html += "class=\"\(diagnostic.severity.rawValue)\">\(ReviewSummary.describe(diagnostic, language: language))</li>\n"
        }
        return html + "</ol>\n"
    }
}

/// The frame shared by both kinds of review page.
enum ReviewDocument {
    static func head(title: String, language: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(Catalogue.Review.htmlLanguage.text(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape("shiryo review: " + title))</title>
        <style>\(ReviewStyle.css)</style>
        </head>
        <body>

        """
    }

    static let tail = "</body>\n</html>\n"
}
