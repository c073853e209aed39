import ShiryoCore

/// What a file that should have been a PDF is instead, from its first bytes, so the error can say
/// "it is an HTML page" (a download that saved the error page) rather than only "not a PDF".
enum FileKind {
    static func guess(_ bytes: [UInt8]) -> Localized? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return Catalogue.Errors.zipArchive }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return Catalogue.Errors.pngImage }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return Catalogue.Errors.jpegImage }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return Catalogue.Errors.oldOffice }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        if head.contains("<!doctype html") || head.contains("<html") { return Catalogue.Errors.htmlPage }
        return nil
    }
}
