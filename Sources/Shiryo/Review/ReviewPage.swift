import Foundation
import PDFExtraction
import ShiryoCore
import TableParsing

/// The review page: each PDF page as an image with what the parser detected drawn over it, the records
/// read from it beside it, and every diagnostic listed and marked where it was found. One HTML file with
/// the images embedded and no script, so it opens offline; the same input gives the same bytes.
struct ReviewPage {
    var inspection: PDFInspection
    var pages: [RenderedPage]

    var html: String {
        let overlays = ReviewOverlay.boxes(for: inspection, pages: pages)
        var html = """
            <!DOCTYPE html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape("shiryo review: " + output.source.file))</title>
            <style>\(Self.style)</style>
            </head>
            <body>

            """
        html += summary
        for page in pages {
            html += section(for: page, overlays: overlays[page.number] ?? [])
        }
        html += "</body>\n</html>\n"
        return html
    }

    private var output: ShiryoOutput { inspection.output }

    // MARK: Summary

    private var summary: String {
        let document = output.document
        var html = "<header class=\"summary\">\n"
        html += "<h1>\(HTML.escape(document.title ?? output.source.file))</h1>\n"
        var facts = [output.source.file]
        if let id = document.id { facts.append(id) }
        facts.append("\(pages.count) page(s)")
        facts.append("\(output.records.count) record(s)")
        facts.append("\(output.diagnostics.count) diagnostic(s)")
        facts.append("sha256 \(output.source.sha256.prefix(12))…")
        html += "<p class=\"facts\">\(facts.map(HTML.escape).joined(separator: " · "))</p>\n"
        html += "<p class=\"legend\">"
        for (kind, meaning) in Self.legend {
            html += "<span><i class=\"swatch \(kind.rawValue)\"></i>\(HTML.escape(meaning))</span>"
        }
        html += "</p>\n"
        html += "<h2>Diagnostics</h2>\n"
        if output.diagnostics.isEmpty {
            html += "<p class=\"none\">No diagnostics: nothing suspicious was found.</p>\n"
        } else {
            html += "<ol class=\"diagnostics\">\n"
            for (index, diagnostic) in output.diagnostics.enumerated() {
                // Diagnostics on a page are anchored in that page's list; the others here.
                let anchor = ReviewAnchor.diagnostic(index + 1)
                let id = diagnostic.page == nil ? " id=\"\(anchor)\"" : ""
                let place = diagnostic.page.map { "<a href=\"#\(anchor)\">page \($0)</a> " } ?? ""
                html += "<li\(id) class=\"\(diagnostic.severity.rawValue)\">\(place)\(describe(diagnostic))</li>\n"
            }
            html += "</ol>\n"
        }
        html += "</header>\n"
        return html
    }

    private static let legend: [(OverlayBox.Kind, String)] = [
        (.header, "header cell"), (.row, "row (record №)"), (.cell, "cell"),
        (.citation, "citation"), (.diagnostic, "diagnostic"),
    ]

    private func describe(_ diagnostic: Diagnostic) -> String {
        "<b>\(HTML.escape(diagnostic.severity.rawValue))</b> <code>\(HTML.escape(diagnostic.code))</code> "
            + HTML.escape(diagnostic.message)
    }

    // MARK: One page

    private func section(for page: RenderedPage, overlays: [OverlayBox]) -> String {
        let starting = output.records.indices.filter { firstPage(of: output.records[$0]) == page.number }
        let continued = output.records.indices.filter {
            let pages = output.records[$0].provenance.pages ?? []
            return pages.contains(page.number) && firstPage(of: output.records[$0]) != page.number
        }
        var html = "<section class=\"page\" id=\"\(ReviewAnchor.page(page.number))\">\n"
        // Pixel for pixel where the window allows (sharp text); never taller than the window, so the page
        // stays in view (sticky) while its records scroll beside it.
        let aspect = HTML.number(page.pointWidth / max(page.pointHeight, 1))
        html += "<div class=\"sheet\" style=\"width:min(\(page.pixelWidth)px, 64vw, calc((100vh - 16px) * \(aspect)))\">\n"
        html += "<img alt=\"page \(page.number)\" width=\"\(page.pixelWidth)\" height=\"\(page.pixelHeight)\" "
        html += "src=\"data:image/png;base64,\(Data(page.png).base64EncodedString())\">\n"
        html += svg(for: page, overlays: overlays)
        html += "</div>\n<div class=\"side\">\n"
        html += "<h2>Page \(page.number) of \(pages.count)</h2>\n"
        html += pageDiagnostics(page.number)
        for index in continued {
            let record = output.records[index]
            html += "<p class=\"continued\"><a href=\"#\(ReviewAnchor.record(index))\">№ \(record.number)</a> "
            html += "continues from page \(firstPage(of: record) ?? page.number).</p>\n"
        }
        for index in starting { html += card(for: output.records[index], position: index) }
        if starting.isEmpty && continued.isEmpty { html += "<p class=\"none\">No records on this page.</p>\n" }
        html += "</div>\n</section>\n"
        return html
    }

    private func firstPage(of record: Record) -> Int? {
        record.provenance.pages?.first ?? record.provenance.boxes.first?.page
    }

    /// The boxes in page points; the viewBox scales them with the image at any displayed size.
    private func svg(for page: RenderedPage, overlays: [OverlayBox]) -> String {
        var html = "<svg viewBox=\"0 0 \(HTML.number(page.pointWidth)) \(HTML.number(page.pointHeight))\" "
        html += "preserveAspectRatio=\"none\" role=\"img\" aria-label=\"detected table on page \(page.number)\">\n"
        for overlay in overlays {
            let box = overlay.box
            var shape = "<rect class=\"\(overlay.kind.rawValue)\" x=\"\(HTML.number(box.x))\" y=\"\(HTML.number(box.y))\" "
            shape += "width=\"\(HTML.number(box.width))\" height=\"\(HTML.number(box.height))\">"
            shape += "<title>\(HTML.escape(overlay.title))</title></rect>"
            if let label = overlay.label { shape += self.label(label, kind: overlay.kind, box: box, pageWidth: page.pointWidth) }
            if let link = overlay.link { shape = "<a href=\"#\(link)\">\(shape)</a>" }
            html += shape + "\n"
        }
        html += "</svg>\n"
        return html
    }

    /// Labels sit outside their box so they hide no printed text: row numbers right of the row, diagnostic
    /// numbers left of their box; inside the box only where the page edge leaves no room.
    private func label(_ text: String, kind: OverlayBox.Kind, box: BoundingBox, pageWidth: Double) -> String {
        let room = 16.0
        let x: Double, anchor: String
        switch kind {
        case .row where pageWidth - box.maxX >= room: (x, anchor) = (box.maxX + 2, "start")
        case .row: (x, anchor) = (box.maxX - 2, "end")
        case _ where box.x >= room: (x, anchor) = (box.x - 2, "end")
        default: (x, anchor) = (box.x + 4, "start")
        }
        return "<text class=\"\(kind.rawValue)\" x=\"\(HTML.number(x))\" y=\"\(HTML.number(box.y + 10))\" "
            + "text-anchor=\"\(anchor)\">\(HTML.escape(text))</text>"
    }

    private func pageDiagnostics(_ page: Int) -> String {
        let here = output.diagnostics.enumerated().filter { $0.element.page == page }
        guard !here.isEmpty else { return "" }
        var html = "<ol class=\"diagnostics\">\n"
        for (index, diagnostic) in here {
            html += "<li id=\"\(ReviewAnchor.diagnostic(index + 1))\" value=\"\(index + 1)\" "
            html += "class=\"\(diagnostic.severity.rawValue)\">\(describe(diagnostic))</li>\n"
        }
        return html + "</ol>\n"
    }

    // MARK: Records

    private func card(for record: Record, position: Int) -> String {
        let anchor = ReviewAnchor.record(position)
        var html = "<article class=\"record\" id=\"\(anchor)\">\n"
        let pages = (record.provenance.pages ?? []).map(String.init).joined(separator: ", ")
        html += "<h3><a href=\"#\(anchor)\">№ \(record.number)</a> <small>page \(pages)</small></h3>\n<dl>\n"
        if let policy = record.policy {
            html += field(header(.policy, "policy"), HTML.escape(policy.text) + headings(policy))
        }
        // Shown when the table has the column (empty included: a missing response is what a clerk looks
        // for) or when text was found without one.
        for (role, name, text) in [(ColumnRole.opinion, "opinion", record.opinion), (.response, "response", record.response)]
        where hasColumn(role) || !text.isEmpty {
            html += field(header(role, name), HTML.escape(text))
        }
        if !record.reflections.isEmpty {
            html += field(header(.reflection, "reflections"), reflections(record.reflections))
        }
        for key in record.extra.keys.sorted() {
            html += field(key, HTML.escape(record.extra[key]!))
        }
        return html + "</dl>\n</article>\n"
    }

    private func field(_ name: String, _ valueHTML: String) -> String {
        let value = valueHTML.isEmpty ? "<span class=\"none\">(empty)</span>" : valueHTML
        return "<dt>\(HTML.escape(name))</dt><dd>\(value)</dd>\n"
    }

    /// The column header as printed for a role, or a plain name when the table has no such column.
    private func hasColumn(_ role: ColumnRole) -> Bool {
        inspection.table.columns.contains { $0.role == role }
    }

    private func header(_ role: ColumnRole, _ fallback: String) -> String {
        inspection.table.columns.first { $0.role == role }?.text ?? fallback
    }

    private func headings(_ policy: Policy) -> String {
        let parts = [policy.pillar, policy.measure].compactMap { $0 }.map { "\($0.label) \($0.title)" }
        guard !parts.isEmpty else { return "" }
        return "<div class=\"parsed\">\(parts.map(HTML.escape).joined(separator: " › "))</div>"
    }

    private func reflections(_ reflections: [Reflection]) -> String {
        var html = "<ul class=\"reflections\">"
        for reflection in reflections {
            let range = reflection.lastPage == reflection.page
                ? "page \(reflection.page)" : "pages \(reflection.page)–\(reflection.lastPage)"
            html += "<li><span class=\"citation\">\(HTML.escape(reflection.citation))</span> <small>\(range)</small>"
            for heading in reflection.headings { html += "<div class=\"heading\">\(HTML.escape(heading))</div>" }
            for section in reflection.sections {
                html += "<div class=\"section\">"
                if let label = section.label { html += "<b>＜\(HTML.escape(label))＞</b>" }
                for quote in section.quotes { html += "<p class=\"quote\">「\(HTML.escape(quote))」</p>" }
                html += "</div>"
            }
            html += "</li>"
        }
        return html + "</ul>"
    }

    // MARK: Style

    private static let style = """

        :root { --header: #0969da; --row: #1a7f37; --cell: #bf8700; --citation: #8250df; --diagnostic: #cf222e; }
        body { margin: 0; background: #eef0f3; color: #1f2328; font: 14px/1.55 "Noto Sans CJK JP", "Hiragino Sans",
          "Yu Gothic", Meiryo, sans-serif; }
        h1 { font-size: 20px; margin: 0 0 4px; }
        h2 { font-size: 16px; margin: 12px 0 6px; }
        h3 { font-size: 15px; margin: 0 0 6px; }
        small { color: #59636e; font-weight: normal; }
        a { color: inherit; }
        .summary { background: #fff; padding: 16px 24px; border-bottom: 1px solid #d1d9e0; }
        .facts { margin: 0; color: #59636e; }
        .legend span { margin-right: 16px; white-space: nowrap; }
        .swatch { display: inline-block; width: 16px; height: 10px; margin-right: 5px; vertical-align: -1px;
          border: 2px solid; }
        .swatch.header { border-color: var(--header); background: rgba(9,105,218,.15); }
        .swatch.row { border-color: var(--row); }
        .swatch.cell { border: 1px dashed var(--cell); background: rgba(191,135,0,.08); }
        .swatch.citation { border-color: var(--citation); background: rgba(130,80,223,.2); }
        .swatch.diagnostic { border-color: var(--diagnostic); background: rgba(207,34,46,.15); }
        ol.diagnostics { margin: 0; padding-left: 28px; }
        ol.diagnostics li { margin: 2px 0; }
        li.warning b, li.error b { color: var(--diagnostic); }
        li.info b { color: #59636e; }
        .none { color: #59636e; }
        section.page { display: flex; gap: 20px; align-items: flex-start; padding: 20px 24px; }
        .sheet { position: sticky; top: 8px; flex: none; background: #fff;
          box-shadow: 0 1px 5px rgba(0,0,0,.3); }
        .sheet img { display: block; width: 100%; height: auto; }
        .sheet svg { position: absolute; left: 0; top: 0; width: 100%; height: 100%; overflow: visible; }
        .side { flex: 1 1 320px; min-width: 280px; }
        .side h2 { margin-top: 0; }
        rect.header { fill: rgba(9,105,218,.14); stroke: var(--header); stroke-width: 1; }
        rect.row { fill: none; stroke: var(--row); stroke-width: 1.6; }
        rect.cell { fill: rgba(191,135,0,.05); stroke: var(--cell); stroke-width: .6; stroke-dasharray: 3 2; }
        rect.citation { fill: rgba(130,80,223,.2); stroke: var(--citation); stroke-width: 1; }
        rect.diagnostic { fill: rgba(207,34,46,.1); stroke: var(--diagnostic); stroke-width: 2; }
        svg a:hover rect { stroke-width: 2.5; }
        svg text { font: bold 9px sans-serif; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
        text.row { fill: var(--row); }
        text.diagnostic { fill: var(--diagnostic); }
        .record { background: #fff; border: 1px solid #d1d9e0; border-left: 4px solid var(--row); border-radius: 4px;
          padding: 10px 14px; margin-bottom: 12px; }
        .record:target, ol.diagnostics li:target { outline: 3px solid #fb8500; }
        dl { margin: 0; }
        dt { font-weight: bold; color: #59636e; font-size: 12px; margin-top: 6px; }
        dd { margin: 0; }
        .parsed, .heading { color: #59636e; font-size: 12px; }
        ul.reflections { margin: 0; padding-left: 18px; }
        .citation { color: var(--citation); font-weight: bold; }
        .quote { margin: 2px 0; }
        .continued { color: #59636e; }

        """
}
