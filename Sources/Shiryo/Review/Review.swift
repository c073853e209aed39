import Foundation
import PDFExtraction
import ShiryoCore

/// Why a review page could not be made. One line naming the file.
public enum ReviewError: Error, LocalizedError, CodedError, Sendable, Hashable {
    /// The page images come from the PDF: a text export has none.
    case needsPDF(file: String)
    case input(IngestError)

    public var code: String {
        switch self {
        case .needsPDF: "needs-pdf"
        case .input(let error): error.code
        }
    }

    public func message(_ language: Language) -> String {
        switch self {
        case .needsPDF(let file):
            "\((file as NSString).lastPathComponent): review needs a PDF (the page images are drawn from it); "
                + "a text export can be checked with `shiryo ingest` only"
        case .input(let error):
            error.message(language)
        }
    }

    public var errorDescription: String? { message(.english) }
}

/// `shiryo review`: reads a PDF like ingest does and draws what was detected over its pages.
public enum Review {
    /// A finished review page and the output it shows.
    public struct Result: Sendable {
        public var html: String
        public var output: ShiryoOutput
    }

    /// Image pixels per PDF point unless told otherwise (the CLI's default too).
    public static let defaultScale = PageRenderer.defaultScale

    /// `scale`: image pixels per PDF point.
    public static func file(at url: URL, options: IngestOptions = IngestOptions(),
                            scale: Double = defaultScale) throws(ReviewError) -> Result {
        let bytes: [UInt8]
        do { bytes = try Ingest.read(url) } catch { throw .input(error) }
        return try self.bytes(bytes, name: url.lastPathComponent, options: options, scale: scale)
    }

    public static func bytes(_ bytes: [UInt8], name: String, options: IngestOptions = IngestOptions(),
                             scale: Double = defaultScale) throws(ReviewError) -> Result {
        let renderer = PageRenderer(scale: scale)
        guard Ingest.isPDF(bytes, name: name) else { throw .needsPDF(file: name) }
        do {
            let reader = try PDFReader(bytes: bytes, file: name, password: options.password)
            let inspection = try Ingest.inspect(reader, bytes: bytes)
            var pages: [RenderedPage] = []
            for number in 1...reader.pageCount { pages.append(try renderer.render(reader, page: number)) }
            let page = ReviewPage(inspection: inspection, pages: pages)
            return Result(html: page.html, output: inspection.output)
        } catch {
            throw .input(error)
        }
    }

    /// `NAME.review.html` for input `NAME.pdf`.
    public static func outputName(for input: URL) -> String {
        input.deletingPathExtension().lastPathComponent + ".review.html"
    }
}
