import JapaneseText
import ShiryoCore

/// The document's own furniture, read above its first table: the document number and the title (the largest
/// text). Kept by the stitcher so that the same lines printed again on later pages are recognised as furniture.
struct DocumentHead: Sendable {
    /// The title as printed, its size, and what a line repeating it is compared by.
    struct Title: Sendable {
        let text: String
        let size: Double
        let key: String
        /// Glyph count of the printed title (all its lines).
        let length: Int
        let firstScalar: UInt32?
        let firstKeyScalar: UInt32?

        init(_ text: String, size: Double, length: Int) {
            let key = SearchKey.make(text)
            (self.text, self.size, self.key, self.length) = (text, size, key, length)
            firstScalar = text.unicodeScalars.first?.value
            firstKeyScalar = key.unicodeScalars.first?.value
        }
    }

    /// One printed line of a title wrapped onto several lines: each may be repeated alone on a page.
    struct TitleLine: Sendable {
        let key: String
        let length: Int
    }

    let documentID: String?
    let title: Title?
    let titleLines: [TitleLine]
    let tolerances: FurnitureTolerances

    init(
        documentID: String? = nil, title: Title? = nil, titleLines: [TitleLine] = [],
        tolerances: FurnitureTolerances = .standard
    ) {
        (self.documentID, self.title, self.titleLines, self.tolerances) = (documentID, title, titleLines, tolerances)
    }

    /// Whether `line` is a page number, a document number, or the title (or one of its lines) printed again.
    func isRepeated(_ line: GlyphLine) -> Bool {
        // Page numbers and document numbers are short; only a line about as long as the title can repeat it.
        let count = line.glyphs.count
        if count <= tolerances.shortLineLength, line.glyphs.contains(where: \.isDigit) {
            let text = line.text
            if PageFurniture.isPageNumber(text) || PageFurniture.documentID(text) != nil { return true }
        }
        if titleLines.count > 1, titleLines.contains(where: { abs(count - $0.length) <= tolerances.titleLineLengthSlack }) {
            let key = SearchKey.make(line.text)
            if titleLines.contains(where: { $0.key == key }) { return true }
        }
        guard let title,
            abs(count - title.length) <= max(tolerances.titleLengthSlack, title.length / tolerances.titleLengthDivisor),
            let first = line.glyphs.first?.scalarValue, first == title.firstScalar || first == title.firstKeyScalar
        else { return false }
        return SearchKey.make(line.text) == title.key
    }

    /// A browser's print header or footer in the page's top or bottom margin: every part of the line is the
    /// page's address, a print date, a page counter 「1/2」, the document number or the title.
    func isPrintMargin(_ line: GlyphLine, page: PageGlyphs) -> Bool {
        guard page.height > 0,
            line.maxY < page.height * tolerances.printMarginTop
                || line.minY > page.height * tolerances.printMarginBottom
        else { return false }
        return line.runs(gapInEm: tolerances.furnitureRunGap).allSatisfy { run in
            let text = run.text
            return PageFurniture.isPageMark(text) || (title.map { SearchKey.make(text) == $0.key } ?? false)
        }
    }

    /// This head with what `lines` (above the first table's header) print: the first document number found,
    /// and the title, the largest text. A title wrapped onto the next line — same size, at line spacing,
    /// within the first line's width — is joined.
    func reading(_ lines: ArraySlice<GlyphLine>) -> DocumentHead {
        var documentID = self.documentID, title = self.title, titleLines = self.titleLines
        var titleRun: GlyphLine?
        for line in lines {
            // A browser's print header repeats the page's <title>, not the printed document number or title.
            let runs = line.runs(gapInEm: tolerances.furnitureRunGap)
            if runs.contains(where: { PageFurniture.isAddress($0.text) || PageFurniture.isPrintStamp($0.text) }) {
                continue
            }
            for run in runs {
                let (text, besideTitle) = Self.separatingDocumentID(run.text.trimmedWhitespace)
                if documentID == nil, let besideTitle { documentID = besideTitle }
                if let id = PageFurniture.documentID(text) {
                    if documentID == nil { documentID = id }
                } else if !PageFurniture.isPageNumber(text), !text.isEmpty {
                    if let previous = titleRun, let current = title, isTitleWrap(run, under: previous, size: current.size) {
                        title = Title(
                            LineJoining.join([current.text, text]), size: current.size,
                            length: current.length + run.glyphs.count)
                        titleLines.append(TitleLine(key: SearchKey.make(text), length: run.glyphs.count))
                        titleRun = run
                    } else if title == nil || run.em > title!.size + tolerances.titleSizeStep {
                        let new = Title(text, size: run.em, length: run.glyphs.count)
                        (title, titleLines, titleRun) = (new, [TitleLine(key: new.key, length: run.glyphs.count)], run)
                    }
                }
            }
        }
        return DocumentHead(documentID: documentID, title: title, titleLines: titleLines, tolerances: tolerances)
    }

    /// A document number printed close beside the title (「…反映状況表　資料１－２」): the text without it, and it.
    static func separatingDocumentID(_ text: String) -> (text: String, documentID: String?) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        for word in [words.first, words.last].compactMap({ $0 }) where words.count > 1 {
            guard let id = PageFurniture.documentID(String(word)) else { continue }
            return (words.filter { $0 != word }.joined(separator: "\u{3000}"), id)
        }
        return (text, nil)
    }

    func isTitleWrap(_ run: GlyphLine, under previous: GlyphLine, size: Double) -> Bool {
        // Top to top, not box gap: glyph boxes may be taller than the line pitch.
        let step = run.minY - previous.minY
        return abs(run.em - size) <= tolerances.titleWrapSize && step > size * tolerances.titleWrapStepMinimum
            && step < size * tolerances.titleWrapStepMaximum
            && run.minX >= previous.minX - size * tolerances.titleWrapIndent
            && run.maxX <= previous.maxX + size * tolerances.titleWrapIndent
    }
}
