import CPoppler

/// Draws a poppler page in grey for ruling detection and copies the pixels out of cairo as `InkRaster`.
/// Called inside `PopplerLock`, after the page's text was read and checked (`PDFReader.readPage`).
enum PageRaster {
    /// `surface` is the reader's drawing surface, kept from page to page (pages of a document are mostly one
    /// size): a new 2 MB surface a page costs its allocation and page faults. Replaced when the size differs.
    static func draw(
        _ page: OpaquePointer, width: Double, height: Double, surface: inout OpaquePointer?,
        scale: Double = RulingTolerances.pixelsPerPoint
    ) -> InkRaster? {
        let pixelWidth = max(1, Int((width * scale).rounded(.up)))
        let pixelHeight = max(1, Int((height * scale).rounded(.up)))
        if let kept = surface,
            Int(cairo_image_surface_get_width(kept)) != pixelWidth
                || Int(cairo_image_surface_get_height(kept)) != pixelHeight || cairo_surface_status(kept) != CAIRO_STATUS_SUCCESS
        {
            release(&surface)
        }
        if surface == nil { surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight)) }
        guard let ink = draw(page, on: surface, pixelWidth: pixelWidth, pixelHeight: pixelHeight, scale: scale) else {
            release(&surface)  // a failed drawing leaves nothing behind for the next page
            return nil
        }
        return InkRaster(width: pixelWidth, height: pixelHeight, pixelsPerPoint: scale, ink: ink)
    }

    static func release(_ surface: inout OpaquePointer?) {
        if let kept = surface { cairo_surface_destroy(kept) }
        surface = nil
    }

    /// The page drawn on `surface` (painted white first), as ink: 0 white … 255 black.
    private static func draw(
        _ page: OpaquePointer, on surface: OpaquePointer?, pixelWidth: Int, pixelHeight: Int,
        scale: Double
    ) -> [UInt8]? {
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else {
            return nil
        }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        let status = cairo_status(context)
        cairo_destroy(context)
        guard status == CAIRO_STATUS_SUCCESS else { return nil }
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let ink = [UInt8](unsafeUninitializedCapacity: pixelWidth * pixelHeight) { out, initialized in
            for row in 0..<pixelHeight {
                let pixels = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                let line = out.baseAddress! + row * pixelWidth
                for column in 0..<pixelWidth {
                    let pixel = pixels[column]  // x8r8g8b8 in native byte order; grey ≈ (r + 2g + b) / 4
                    let grey = (((pixel >> 16) & 0xFF) + ((pixel >> 7) & 0x1FE) + (pixel & 0xFF)) >> 2
                    line[column] = UInt8(truncatingIfNeeded: 255 - grey)
                }
            }
            initialized = pixelWidth * pixelHeight
        }
        return ink
    }
}
