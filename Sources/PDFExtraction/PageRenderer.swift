import CPoppler
import ShiryoCore

/// A page drawn to a PNG image, copied out of cairo at the boundary.
public struct RenderedPage: Sendable, Hashable {
    /// 1-based.
    public var number: Int
    /// Page size in points (the unit of glyph and row boxes).
    public var pointWidth: Double
    public var pointHeight: Double
    /// Image size in pixels: points × scale, rounded up.
    public var pixelWidth: Int
    public var pixelHeight: Int
    /// Empty when the page was too big to draw (`PageRenderer.minimumScale`).
    public var png: [UInt8]
    /// Pixels per point actually used: below the asked scale when the page was too big for it.
    public var scale: Double

    public init(
        number: Int, pointWidth: Double, pointHeight: Double, pixelWidth: Int, pixelHeight: Int, png: [UInt8],
        scale: Double = PageRenderer.defaultScale
    ) {
        self.number = number
        self.pointWidth = pointWidth
        self.pointHeight = pointHeight
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.png = png
        self.scale = scale
    }

    public var isDrawn: Bool { !png.isEmpty }
}

/// Renders pages of an open PDF with poppler-glib onto a cairo image surface, on a white background.
public struct PageRenderer: Sendable {
    /// Pixels per point: 1.5 keeps Japanese text legible while a page stays a few hundred KiB.
    public static let defaultScale = 1.5
    public var scale: Double

    /// Image limits: an A0 poster at 1.5 px/pt is 3,600 × 5,100 pixels. A bigger page is drawn at a smaller
    /// scale; one that would need less than `minimumScale` (text unreadable; a MediaBox 1e9 points wide) is
    /// not drawn at all, so no page size can make cairo allocate gigabytes.
    public static let maximumSide = 8_000.0
    public static let maximumPixels = 40_000_000.0
    public static let minimumScale = 0.1

    public init(scale: Double = PageRenderer.defaultScale) { self.scale = scale }

    /// The scale a page of this size is drawn at, or nil when it is too big (or its size is not a size).
    public func fittedScale(width: Double, height: Double) -> Double? {
        guard width.isFinite, height.isFinite, width > 0, height > 0 else { return nil }
        let fitted = min(
            scale, Self.maximumSide / width, Self.maximumSide / height,
            (Self.maximumPixels / (width * height)).squareRoot())
        return fitted >= Self.minimumScale ? fitted : nil
    }

    /// Page `number` (1-based) as PNG bytes. A page poppler or cairo cannot draw is a damaged PDF.
    /// poppler calls go through `PopplerLock`, as extraction's do: the CLI renders and ingests concurrently.
    public func render(_ reader: PDFReader, page number: Int) throws(IngestError) -> RenderedPage {
        try PopplerLock.run { () throws(IngestError) -> RenderedPage in try renderUnlocked(reader, page: number) }
    }

    private func renderUnlocked(_ reader: PDFReader, page number: Int) throws(IngestError) -> RenderedPage {
        func failure(_ detail: String) -> IngestError {
            IngestError(file: reader.file, problem: .damagedPage(page: number, detail: "drawing: \(detail)"))
        }
        guard (1...reader.pageCount).contains(number),
            let page = poppler_document_get_page(reader.document, Int32(number - 1))
        else {
            throw failure("the PDF has \(reader.pageCount) page(s)")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let scale = fittedScale(width: width, height: height) else {
            return RenderedPage(
                number: number, pointWidth: width, pointHeight: height, pixelWidth: 0, pixelHeight: 0,
                png: [], scale: 0)
        }
        let pixelWidth = max(1, Int((width * scale).rounded(.up)))
        let pixelHeight = max(1, Int((height * scale).rounded(.up)))

        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight)) else {
            throw failure("no image surface")
        }
        defer { cairo_surface_destroy(surface) }
        func draw() -> cairo_status_t {
            guard let context = cairo_create(surface) else { return CAIRO_STATUS_NO_MEMORY }
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_paint(context)
            cairo_scale(context, scale, scale)
            poppler_page_render(page, context)
            let status = cairo_status(context)
            cairo_destroy(context)
            return status
        }
        // Once more on a failure: in a long-lived process that has drawn many documents (ruling lines are
        // drawn for every ingested page) freetype was seen to fail once on a page that draws cleanly again.
        var status = draw()
        if status != CAIRO_STATUS_SUCCESS { status = draw() }
        guard status == CAIRO_STATUS_SUCCESS else { throw failure(String(cString: cairo_status_to_string(status))) }
        cairo_surface_flush(surface)

        let sink = PNGSink()
        let written = cairo_surface_write_to_png_stream(
            surface,
            { closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue()
                    .bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
        guard written == CAIRO_STATUS_SUCCESS else { throw failure(String(cString: cairo_status_to_string(written))) }
        return RenderedPage(
            number: number, pointWidth: width, pointHeight: height,
            pixelWidth: pixelWidth, pixelHeight: pixelHeight, png: sink.bytes, scale: scale)
    }
}

/// Collects the chunks cairo writes; passed to the C callback as an opaque pointer.
private final class PNGSink {
    var bytes: [UInt8] = []
}
