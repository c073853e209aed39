import CPoppler

/// Draws a poppler page in grey for ruling detection and copies the pixels out of cairo as `InkRaster`.
/// Called inside `PopplerLock`. Drawing before the text is read lets poppler build the page's text layer
/// in the same pass (it keeps it on the page), so the text costs no second parse of the page.
enum PageRaster {
    static func draw(_ page: OpaquePointer, width: Double, height: Double,
                     scale: Double = RulingTolerances.pixelsPerPoint) -> InkRaster? {
        let pixelWidth = max(1, Int((width * scale).rounded(.up)))
        let pixelHeight = max(1, Int((height * scale).rounded(.up)))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight)) else {
            return nil
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else { return nil }
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
        var ink = [UInt8](repeating: 0, count: pixelWidth * pixelHeight)
        ink.withUnsafeMutableBufferPointer { out in
            for row in 0..<pixelHeight {
                let pixels = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                for column in 0..<pixelWidth {
                    let pixel = pixels[column]  // x8r8g8b8 in native byte order
                    let luma = (((pixel >> 16) & 0xFF) * 77 + ((pixel >> 8) & 0xFF) * 150 + (pixel & 0xFF) * 29) >> 8
                    out[row * pixelWidth + column] = UInt8(255 - luma)
                }
            }
        }
        return InkRaster(width: pixelWidth, height: pixelHeight, pixelsPerPoint: scale, ink: ink)
    }
}
