import ShiryoCore

/// The top of every review page: the verdict a clerk reads first, the facts, and the diagnostics —
/// warnings in colour, info notes quietly apart (they are how the table was read, not problems).
struct ReviewSummary {
    var output: ShiryoOutput?
    var failure: String?
    var language: Language
    /// A text export: diagnostics are anchored in the list and their place links to the line.
    var linesOfText = false

    enum Verdict: String {
        case ok, warnings, failed
    }

    /// Warnings and errors: what a clerk must look at.
    var warnings: [(index: Int, diagnostic: Diagnostic)] {
        (output?.diagnostics ?? []).enumerated().filter { $0.element.severity != .info }.map { ($0.offset, $0.element) }
    }

    var notes: [(index: Int, diagnostic: Diagnostic)] {
        (output?.diagnostics ?? []).enumerated().filter { $0.element.severity == .info }.map { ($0.offset, $0.element) }
    }

    var verdict: Verdict { failure != nil ? .failed : warnings.isEmpty ? .ok : .warnings }

    var verdictText: String {
        let records = output?.records.count ?? 0
        switch verdict {
        case .failed: return Catalogue.Review.failed(failure ?? "").text(language)
        case .warnings: return Catalogue.Review.warnings(warnings.count, records: records).text(language)
        case .ok: return Catalogue.Review.allRead(records).text(language)
        }
    }

    /// `<p class="verdict ok">…</p>` and the lists; `facts` are the file, page or line counts.
    func html(title: String, facts: [String], legend: [(kind: String, meaning: Localized)]) -> String {
        var html = "<header class=\"summary\">\n<h1>\(HTML.escape(title))</h1>\n"
        html += "<p class=\"verdict \(verdict.rawValue)\">\(HTML.escape(verdictText))</p>\n"
        html += "<p class=\"facts\">\(facts.map(HTML.escape).joined(separator: " · "))</p>\n"
        if !legend.isEmpty {
            html += "<p class=\"legend\">"
            for (kind, meaning) in legend {
                html += "<span><i class=\"swatch \(kind)\"></i>\(HTML.escape(meaning.text(language)))</span>"
            }
            html += "</p>\n"
        }
        if failure == nil {
            html += "<h2>\(HTML.escape(Catalogue.Review.warningsHeading.text(language)))</h2>\n"
            html +=
                warnings.isEmpty
                ? "<p class=\"none\">\(HTML.escape(Catalogue.Review.noWarnings.text(language)))</p>\n"
                : list(warnings, anchored: isAnchoredInList)
            if !notes.isEmpty {
                html += "<details class=\"notes\"><summary>\(HTML.escape(Catalogue.Review.notes(notes.count).text(language)))</summary>\n"
                html += list(notes, anchored: isAnchoredInList) + "</details>\n"
            }
        }
        return html + "</header>\n"
    }

    /// A PDF's diagnostics on a page are anchored in that page's list; the others here.
    func isAnchoredInList(_ diagnostic: Diagnostic) -> Bool {
        linesOfText || diagnostic.page == nil
    }

    /// An ordered list numbered like the marks on the pages; `anchored` says which items hold the
    /// anchor (the others are anchored where they are drawn).
    func list(_ items: [(index: Int, diagnostic: Diagnostic)], anchored: (Diagnostic) -> Bool) -> String {
        var html = "<ol class=\"diagnostics\">\n"
        for (index, diagnostic) in items {
            let anchor = ReviewAnchor.diagnostic(index + 1)
            let id = anchored(diagnostic) ? " id=\"\(anchor)\"" : ""
            let target = linesOfText ? diagnostic.line.map(ReviewAnchor.line) ?? anchor : anchor
            let place =
                Catalogue.Diagnostics.place(page: diagnostic.page, line: diagnostic.line)
                .map { "<a href=\"#\(target)\">\(HTML.escape($0.text(language)))</a> " } ?? ""
            html +=
                "<li\(id) value=\"\(index + 1)\" class=\"\(diagnostic.severity.rawValue)\">\(place)"
                + Self.describe(diagnostic, language: language) + "</li>\n"
        }
        return html + "</ol>\n"
    }

    /// The meaning in the reader's language first; the code and the English detail (what the JSON
    /// says) after it, small.
    static func describe(_ diagnostic: Diagnostic, language: Language) -> String {
        let label = diagnostic.severity == .info ? Catalogue.Review.note : Catalogue.Review.warning
        let meaning = Catalogue.Diagnostics.summary(of: diagnostic).text(language)
        var html = "<b>\(HTML.escape(label.text(language)))</b> \(HTML.escape(meaning))"
        html += " <small><code>\(HTML.escape(diagnostic.code))</code>"
        if meaning != diagnostic.message { html += " " + HTML.escape(diagnostic.message) }
        return html + "</small>"
    }
}
