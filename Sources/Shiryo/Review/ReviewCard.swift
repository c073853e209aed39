import ShiryoCore
import TableParsing

/// One record as a card beside its page or its lines: each field under its printed column header.
struct ReviewCard {
    var table: RawTable?
    var language: Language

    /// `place`: where the record was read (`page 2`, `lines 14–20`).
    func html(for record: Record, position: Int, place: String) -> String {
        let anchor = ReviewAnchor.record(position)
        var html = "<article class=\"record\" id=\"\(anchor)\">\n"
        html += "<h3><a href=\"#\(anchor)\">№ \(HTML.escape("\(record.number)"))</a> <small>\(HTML.escape(place))</small></h3>\n<dl>\n"
        if let group = record.group { html += field(Catalogue.Review.group.text(language), HTML.escape(group)) }
        if let policy = record.policy {
            html += field(header(.policy, Catalogue.Review.policy), HTML.escape(policy.text) + headings(policy))
        }
        // Shown when the table has the column (empty included: a missing response is what a clerk looks
        // for) or when text was found without one.
        for (role, name, text) in [
            (ColumnRole.opinion, Catalogue.Review.opinion, record.opinion),
            (.response, Catalogue.Review.response, record.response),
        ]
        where hasColumn(role) || !text.isEmpty {
            html += field(header(role, name), HTML.escape(text))
        }
        if !record.reflections.isEmpty {
            html += field(header(.reflection, Catalogue.Review.reflections), reflections(record.reflections))
        }
        for key in record.extra.keys.sorted() {
            html += field(key, HTML.escape(record.extra[key]!))
        }
        return html + "</dl>\n</article>\n"
    }

    private func field(_ name: String, _ valueHTML: String) -> String {
        let value = valueHTML.isEmpty ? "<span class=\"none\">\(HTML.escape(Catalogue.Review.empty.text(language)))</span>" : valueHTML
        return "<dt>\(HTML.escape(name))</dt><dd>\(value)</dd>\n"
    }

    private func hasColumn(_ role: ColumnRole) -> Bool {
        table?.columns.contains { $0.role == role } ?? false
    }

    /// The column header as printed for a role, or a plain name when the table has no such column.
    private func header(_ role: ColumnRole, _ fallback: Localized) -> String {
        table?.columns.first { $0.role == role }?.text ?? fallback.text(language)
    }

    private func headings(_ policy: Policy) -> String {
        let parts = [policy.pillar, policy.measure].compactMap { $0 }.map { "\($0.label) \($0.title)" }
        guard !parts.isEmpty else { return "" }
        return "<div class=\"parsed\">\(parts.map(HTML.escape).joined(separator: " › "))</div>"
    }

    private func reflections(_ reflections: [Reflection]) -> String {
        var html = "<ul class=\"reflections\">"
        for reflection in reflections {
            let range =
                reflection.lastPage == reflection.page
                ? Catalogue.Review.pageLink(reflection.page).text(language)
                : Catalogue.Review.pages("\(reflection.page)–\(reflection.lastPage)").text(language)
            html += "<li><span class=\"citation\">\(HTML.escape(reflection.citation))</span> <small>\(HTML.escape(range))</small>"
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
}
