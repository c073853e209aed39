import Foundation
import PDFExtraction
import ShiryoCore

/// Why a review page could not be made. One line naming the file.
public enum ReviewError: Error, LocalizedError, CodedError, Sendable, Hashable {
    case input(IngestError)
    case output(OutputWriter.WriteError)

    public var code: String {
        switch self {
        case .input(let error): error.code
        case .output(let error): error.code
        }
    }

    public func message(_ language: Language) -> String {
        switch self {
        case .input(let error): error.message(language)
        case .output(let error): error.message(language)
        }
    }

    public var errorDescription: String? { message(.english) }
}

/// How a review page is made.
public struct ReviewOptions: Sendable {
    public var ingest: IngestOptions
    /// Image pixels per PDF point.
    public var scale: Double
    /// Pages drawn (all when nil); the verdict and the warnings always cover the whole document.
    public var pages: PageSelection?
    public var language: Language

    public init(
        ingest: IngestOptions = IngestOptions(), scale: Double = Review.defaultScale, pages: PageSelection? = nil,
        language: Language = .current
    ) {
        self.ingest = ingest
        self.scale = scale
        self.pages = pages
        self.language = language
    }
}

/// `shiryo review`: reads an input like ingest does and shows what was read — a PDF's pages with the
/// detected table drawn over them, a text export's lines with each record's marked.
public enum Review {
    /// What was reviewed. `failure`: the input has no table (the page was still written, its verdict says so).
    public struct Outcome: Sendable {
        public var output: ShiryoOutput?
        public var failure: IngestError?
        /// The verdict line at the top of the page, in the options' language.
        public var verdict: String
    }

    /// A review page made in memory, for tests and small inputs.
    public struct Result: Sendable {
        public var html: String
        public var output: ShiryoOutput
    }

    /// Image pixels per PDF point unless told otherwise (the CLI's default too).
    public static let defaultScale = PageRenderer.defaultScale

    public static func file(at url: URL, options: ReviewOptions = ReviewOptions(language: .english)) throws(ReviewError) -> Result {
        let bytes: [UInt8]
        do { bytes = try Ingest.read(url) } catch { throw .input(error) }
        return try self.bytes(bytes, name: url.lastPathComponent, options: options)
    }

    public static func bytes(_ bytes: [UInt8], name: String, options: ReviewOptions = ReviewOptions(language: .english))
        throws(ReviewError) -> Result
    {
        var sink = StringSink()
        let outcome: Outcome
        do {
            outcome = try write(bytes, name: name, options: options, to: &sink)
        } catch let error as ReviewError {
            throw error
        } catch {
            throw .output(.failed(name, (error as NSError).localizedDescription))
        }
        if let failure = outcome.failure { throw .input(failure) }
        return Result(html: sink.html, output: outcome.output!)
    }

    /// Writes the review page of `url` to `target`: page by page into a temporary file beside it (one page
    /// image in memory at a time), then put in place like every output (identical: left alone; different:
    /// kept unless `force`). `progress(page, pages)` is called before each page is drawn.
    @discardableResult
    public static func write(
        _ url: URL, to target: URL, force: Bool, options: ReviewOptions,
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws(ReviewError) -> Outcome {
        let bytes: [UInt8]
        do { bytes = try Ingest.read(url) } catch { throw .input(error) }
        let folder = target.deletingLastPathComponent()
        let partial = folder.appendingPathComponent(".\(UUID().uuidString).review.partial")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try InFlightFiles.shared.tracking(partial) { () throws -> Outcome in
                defer { try? FileManager.default.removeItem(at: partial) }
                guard FileManager.default.createFile(atPath: partial.path, contents: nil),
                    let handle = FileHandle(forWritingAtPath: partial.path)
                else {
                    throw OutputWriter.WriteError.failed(target.relativePath, "cannot create a file in \(folder.relativePath)")
                }
                var sink = FileSink(handle)
                let outcome = try write(bytes, name: url.lastPathComponent, options: options, to: &sink, progress: progress)
                try sink.flush()
                try handle.close()
                // Mapped, not read: the finished page is never held in memory whole.
                try OutputWriter.write(Data(contentsOf: partial, options: .alwaysMapped), to: target, force: force)
                return outcome
            }
        } catch let error as ReviewError {
            throw error
        } catch let error as OutputWriter.WriteError {
            throw .output(error)
        } catch {
            throw .output(.failed(target.relativePath, (error as NSError).localizedDescription))
        }
    }

    static func write(
        _ bytes: [UInt8], name: String, options: ReviewOptions, to sink: inout some HTMLSink,
        progress: (Int, Int) -> Void = { _, _ in }
    ) throws -> Outcome {
        guard Ingest.isPDF(bytes, name: name) else {
            let inspection: TextInspection
            do { inspection = try Ingest.inspectText(bytes, name: name) } catch { throw ReviewError.input(error) }
            let page = TextReviewPage(inspection: inspection, file: name, language: options.language)
            try page.write(to: &sink)
            return Outcome(
                output: inspection.output, failure: nil,
                verdict: ReviewSummary(output: inspection.output, language: options.language).verdictText)
        }
        let reader: PDFReader
        do { reader = try PDFReader(bytes: bytes, file: name, password: options.ingest.password) } catch { throw ReviewError.input(error) }
        var inspection: PDFInspection?, failure: IngestError?
        do {
            inspection = try Ingest.inspect(reader, bytes: bytes)
        } catch  where error.isNotATable {
            failure = error  // still worth seeing: the pages, under a verdict that says why nothing was read
        } catch {
            throw ReviewError.input(error)
        }
        let shown = options.pages?.pages(of: reader.pageCount) ?? Array(1..<(reader.pageCount + 1))
        let page = ReviewPage(
            inspection: inspection, failure: failure?.message(options.language), file: name,
            pageCount: reader.pageCount, shownPages: shown, language: options.language)
        try sink.write(page.head())
        let renderer = PageRenderer(scale: options.scale)
        for (position, number) in shown.enumerated() {
            progress(position + 1, shown.count)
            let (rendered, notes) = draw(number, of: reader, renderer: renderer, language: options.language)
            try sink.write(page.section(for: rendered, notes: notes))
        }
        try sink.write(ReviewDocument.tail)
        return Outcome(
            output: inspection?.output, failure: failure,
            verdict: ReviewSummary(output: inspection?.output, failure: page.failure, language: options.language).verdictText)
    }

    /// A page image, or none with a note saying why: a page too big to draw, or one cairo cannot draw, is
    /// said on the page; its records are still listed.
    static func draw(_ number: Int, of reader: PDFReader, renderer: PageRenderer, language: Language) -> (RenderedPage, [Localized]) {
        do {
            let page = try renderer.render(reader, page: number)
            if !page.isDrawn {
                return (page, [Catalogue.Review.pageTooBig(number, width: page.pointWidth, height: page.pointHeight)])
            }
            if page.scale < renderer.scale {
                return (page, [Catalogue.Review.pageDrawnSmaller(number, scale: HTML.number(page.scale))])
            }
            return (page, [])
        } catch {
            let blank = RenderedPage(number: number, pointWidth: 0, pointHeight: 0, pixelWidth: 0, pixelHeight: 0, png: [], scale: 0)
            return (blank, [Localized(error.message(.english), ja: error.message(.japanese))])
        }
    }

    /// `NAME.review.html` for input `NAME.pdf` (or `NAME.txt`).
    public static func outputName(for input: URL) -> String {
        input.deletingPathExtension().lastPathComponent + ".review.html"
    }
}
