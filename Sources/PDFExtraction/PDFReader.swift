import CPoppler
import Foundation
import ShiryoCore

/// An open PDF. Pages are read one at a time and copied into `PageGlyphs` values, so poppler's memory
/// for a page is released before the next is read. Not Sendable: use it from one task.
public final class PDFReader {
    let document: OpaquePointer
    public let file: String
    public let pageCount: Int
    /// Where pages are drawn for ruling lines, kept for the next page (`PageRaster.draw`); used inside the lock.
    private var drawingSurface: OpaquePointer?

    /// Opens PDF bytes in-process. poppler's GError becomes a typed `IngestError` naming the file.
    public init(bytes: [UInt8], file: String, password: String? = nil) throws(IngestError) {
        self.file = file
        if bytes.isEmpty { throw IngestError(file: file, problem: .empty) }  // a failed download, mostly
        guard Self.hasPDFSignature(bytes) else {
            throw IngestError(file: file, problem: .notPDF(looksLike: FileKind.guess(bytes)))
        }
        let (opened, count) = try PopplerLock.run { () throws(IngestError) -> (OpaquePointer, Int) in
            var error: UnsafeMutablePointer<GError>?
            let gbytes = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
            defer { g_bytes_unref(gbytes) }
            guard let opened = Self.open(gbytes, count: bytes.count, password: password, &error) else {
                let problem = Self.problem(for: error, passwordGiven: password != nil)
                if error != nil { g_error_free(error) }
                throw IngestError(file: file, problem: problem)
            }
            let count = Int(poppler_document_get_n_pages(opened))
            guard count > 0 else {
                // Released here: `deinit` does not run for an object whose properties were never all set.
                g_object_unref(UnsafeMutableRawPointer(opened))
                // poppler finds no pages when the page tree's /Count is above the objects in the file.
                if let declared = PageGeometryLimits.declaredPageCount(bytes), declared > 0 {
                    throw IngestError(
                        file: file,
                        problem: .damagedPDF(
                            detail: "its page list says it has \(declared) pages, but none can be found"))
                }
                throw IngestError(file: file, problem: .noPages)
            }
            return (opened, count)
        }
        document = opened
        pageCount = count
    }

    deinit {
        let document = document
        PageRaster.release(&drawingSurface)
        PopplerLock.run { g_object_unref(UnsafeMutableRawPointer(document)) }
    }

    /// poppler 22.12 crashes when `new_from_bytes` (or `_from_data`) is given a wrong password: its retry
    /// with the Latin-1 form of the password re-reads a stream the first attempt has freed. Opening from a
    /// GInputStream does not. Without a password the faster in-memory stream is used.
    private static func open(
        _ gbytes: OpaquePointer?, count: Int, password: String?,
        _ error: inout UnsafeMutablePointer<GError>?
    ) -> OpaquePointer? {
        guard let password else { return poppler_document_new_from_bytes(gbytes, nil, &error) }
        let stream = g_memory_input_stream_new_from_bytes(gbytes)
        defer { g_object_unref(UnsafeMutableRawPointer(stream)) }
        return poppler_document_new_from_stream(stream, goffset(count), password, nil, &error)
    }

    static func problem(for error: UnsafeMutablePointer<GError>?, passwordGiven: Bool) -> InputProblem {
        guard let error else { return .damagedPDF(detail: "poppler could not open it") }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        if error.pointee.domain == poppler_error_quark() {
            switch Int(error.pointee.code) {
            case Int(POPPLER_ERROR_ENCRYPTED.rawValue): return .encrypted(passwordGiven: passwordGiven)
            case Int(POPPLER_ERROR_OPEN_FILE.rawValue): return .unreadable(detail: message)
            default: break
            }
        }
        return .damagedPDF(detail: message)
    }

    /// Title from the document information dictionary, if any.
    public var metadataTitle: String? {
        guard let raw = PopplerLock.run({ poppler_document_get_title(document) }) else { return nil }
        defer { g_free(raw) }
        let title = String(cString: raw)
        return title.isEmpty ? nil : title
    }

    /// The characters of page `number` (1-based) with their boxes and font sizes, and its ruling lines. A
    /// page poppler cannot load is an error, not an empty page: its rows would be lost silently.
    public func page(_ number: Int) throws(IngestError) -> PageGlyphs {
        try extract(number).withRulings()
    }

    /// Page `number` read from poppler, its ruling lines not yet looked for: `withRulings()` does that
    /// without poppler, on any thread (the CLI runs it beside the next page's extraction). `drawing` false
    /// reads the text only (no raster, so no rulings): the benchmark's baseline.
    public func extract(_ number: Int, drawing: Bool = true) throws(IngestError) -> ExtractedPage {
        let (page, raster) = try PopplerLock.run { () throws(IngestError) -> (PageGlyphs, InkRaster?) in
            try readPage(number, drawing: drawing)
        }
        return ExtractedPage(page: page, raster: raster)
    }

    private func readPage(_ number: Int, drawing: Bool) throws(IngestError) -> (PageGlyphs, InkRaster?) {
        guard let page = poppler_document_get_page(document, Int32(number - 1)) else {
            throw IngestError(file: file, problem: .damagedPage(page: number, detail: "poppler cannot load it"))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var statedWidth = 0.0, statedHeight = 0.0
        poppler_page_get_size(page, &statedWidth, &statedHeight)
        // Sizes are checked where they enter: every later stage may rely on a printable page.
        let (width, height, sizeProblem) = PageGeometryLimits.pageSize(width: statedWidth, height: statedHeight)
        var notes = PageNotes(page: number)
        if let sizeProblem { notes.warn(.pageSizeClamped, sizeProblem) }
        let glyphs = try readText(page, number: number, width: width, height: height, notes: notes)
        // Drawn after the text is checked: a page whose text states impossible sizes (`1e30 Tm`) is not drawn,
        // since freetype fails on such fonts and cairo keeps that failure for later drawings of the process.
        let drawable = drawing && glyphs.diagnostics.isEmpty && width * height <= PageGeometryLimits.maximumRulingArea
        return (glyphs, drawable ? PageRaster.draw(page, width: width, height: height, surface: &drawingSurface) : nil)
    }

    private func readText(
        _ page: OpaquePointer, number: Int, width: Double, height: Double,
        notes: PageNotes
    ) throws(IngestError) -> PageGlyphs {
        var notes = notes

        guard let rawText = poppler_page_get_text(page) else {
            return notes.attach(
                to: PageGlyphs(
                    number: number, width: width, height: height, glyphs: [],
                    imageCount: imageCount(page)))
        }
        let text = String(cString: rawText)
        g_free(rawText)

        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else {
            return notes.attach(
                to: PageGlyphs(
                    number: number, width: width, height: height, glyphs: [],
                    imageCount: imageCount(page)))
        }
        defer { g_free(rectangles) }

        let sizes = fontSizes(page)
        var glyphs: [PositionedGlyph] = []
        glyphs.reserveCapacity(Int(count))
        var dropped = 0
        // One rectangle per character of the page text (newlines included).
        for (index, scalar) in text.unicodeScalars.enumerated() where index < Int(count) {
            if scalar == "\n" || scalar == "\r" { continue }
            let rect = rectangles[index]
            let stated = PositionedGlyph(
                character: Character(scalar),
                x: min(rect.x1, rect.x2), y: min(rect.y1, rect.y2),
                width: abs(rect.x2 - rect.x1), height: abs(rect.y2 - rect.y1),
                fontSize: sizes.size(at: index) ?? abs(rect.y2 - rect.y1))
            guard let glyph = PageGeometryLimits.glyph(stated, pageWidth: width, pageHeight: height) else {
                if !scalar.properties.isWhitespace { dropped += 1 }
                continue
            }
            glyphs.append(glyph)
        }
        if dropped > 0 {
            notes.warn(
                .glyphsDropped,
                "\(dropped) character(s) on page \(number) have impossible positions or sizes "
                    + "(off the page, larger than the page, or not numbers) and were left out")
        }
        // Images matter only on a page without text (a scan); finding them parses the page again.
        let hasText = glyphs.contains { !$0.character.isWhitespace }
        return notes.attach(
            to: PageGlyphs(
                number: number, width: width, height: height, glyphs: glyphs,
                imageCount: hasText ? 0 : imageCount(page)))
    }

    private func imageCount(_ page: OpaquePointer) -> Int {
        guard let mapping = poppler_page_get_image_mapping(page) else { return 0 }
        defer { poppler_page_free_image_mapping(mapping) }
        return Int(g_list_length(mapping))
    }

    /// Font size runs by character index.
    struct FontSizeRuns {
        var runs: [(range: ClosedRange<Int>, size: Double)] = []
        func size(at index: Int) -> Double? {
            var low = 0, high = runs.count - 1
            while low <= high {
                let mid = (low + high) / 2
                if runs[mid].range.upperBound < index {
                    low = mid + 1
                } else if runs[mid].range.lowerBound > index {
                    high = mid - 1
                } else {
                    return runs[mid].size
                }
            }
            return nil
        }
    }

    private func fontSizes(_ page: OpaquePointer) -> FontSizeRuns {
        var result = FontSizeRuns()
        guard let list = poppler_page_get_text_attributes(page) else { return result }
        defer { poppler_page_free_text_attributes(list) }
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let attributes = current.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
                let start = Int(attributes.start_index), end = Int(attributes.end_index)
                if end >= start { result.runs.append((start...end, attributes.font_size)) }
            }
            node = current.pointee.next
        }
        result.runs.sort { $0.range.lowerBound < $1.range.lowerBound }
        return result
    }
}

/// A page's glyphs and its raster, before ruling detection.
public struct ExtractedPage: Sendable {
    var page: PageGlyphs
    var raster: InkRaster?

    /// The page with its ruling lines. A page without text (a scan) has no table to rule.
    public consuming func withRulings() -> PageGlyphs {
        var extracted = self  // owned: the raster moves on to the detector, uncopied
        var page = extracted.page
        if let raster = extracted.raster.take(), page.glyphs.contains(where: { !$0.character.isWhitespace }) {
            page.rulings = RulingDetector.rulings(in: raster, glyphs: page.glyphs)
        }
        return page
    }
}

extension PDFReader {
    /// "%PDF-" within the first KiB, as PDF readers accept. Also routes inputs in the pipeline.
    public static func hasPDFSignature(_ bytes: [UInt8]) -> Bool {
        let magic = Array("%PDF-".utf8)
        let head = bytes.prefix(1024)
        guard head.count >= magic.count else { return false }
        return (head.startIndex...(head.endIndex - magic.count)).contains { start in
            head[start..<(start + magic.count)].elementsEqual(magic)
        }
    }
}
