import Foundation
import JapaneseText
import PDFExtraction
import ShiryoCore
import TableParsing

/// Options that change how an input is read.
public struct IngestOptions: Sendable, Hashable {
    public var password: String?
    public init(password: String? = nil) { self.password = password }
}

/// The pipeline for one file: extract → Japanese text → parse → records. Emission is separate.
public enum Ingest {
    /// Reads and parses one file. Throws `IngestError` (one line, names the file) for bad input;
    /// recoverable problems are in the result's `diagnostics`.
    public static func file(at url: URL, options: IngestOptions = IngestOptions()) throws(IngestError) -> ShiryoOutput {
        let name = url.lastPathComponent
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw IngestError(file: name, problem: .unreadable(detail: (error as NSError).localizedDescription))
        }
        return try self.bytes(bytes, name: name, options: options)
    }

    public static func bytes(_ bytes: [UInt8], name: String, options: IngestOptions = IngestOptions()) throws(IngestError) -> ShiryoOutput {
        let looksLikePDF = PDFReader.hasPDFSignature(bytes)
        if looksLikePDF || name.lowercased().hasSuffix(".pdf") {
            return try pdf(bytes, name: name, options: options)
        }
        return try text(bytes, name: name)
    }

    static func text(_ bytes: [UInt8], name: String) throws(IngestError) -> ShiryoOutput {
        let decoded = try TextDecoding.decode(bytes, file: name)
        // Same artefact repair as the PDF path's glyphs get: radicals and compatibility ideographs.
        let (table, pageCount) = try TextTableParser.parse(ArtefactRepair.repair(decoded.text), file: name)
        var diagnostics = DiagnosticLog()
        diagnostics.append(contentsOf: table.diagnostics)
        let (document, records) = RecordBuilder.build(table, diagnostics: &diagnostics)
        return ShiryoOutput(
            source: SourceInfo(file: name, sha256: Checksum.sha256(bytes), format: .text, pageCount: pageCount),
            document: document, records: records, diagnostics: diagnostics.entries)
    }

    static func pdf(_ bytes: [UInt8], name: String, options: IngestOptions) throws(IngestError) -> ShiryoOutput {
        let reader = try PDFReader(bytes: bytes, file: name, password: options.password)
        var parser = GeometryTableParser(file: name)
        let pages = PagePrefetcher(reader: reader)
        // Completed rows become records page by page, so memory holds records, not every line's glyph data.
        var assembler: RecordAssembler?
        var recordDiagnostics = DiagnosticLog()
        do throws(IngestError) {
            while let page = pages.next() {
                try parser.consume(page)
                for row in parser.takeCompletedRows() {
                    if assembler == nil { assembler = RecordAssembler(columns: parser.columnHeaders) }
                    assembler!.add(row, diagnostics: &recordDiagnostics)
                }
            }
        } catch {
            pages.cancel()
            throw error
        }
        let table = try parser.finish()
        var rest = assembler ?? RecordAssembler(columns: table.columns)
        for row in table.rows { rest.add(row, diagnostics: &recordDiagnostics) }
        var diagnostics = DiagnosticLog()
        diagnostics.append(contentsOf: table.diagnostics)
        diagnostics.append(contentsOf: recordDiagnostics.entries)
        let records = rest.finish(diagnostics: &diagnostics)
        let document = RecordBuilder.document(of: table)
        return ShiryoOutput(
            source: SourceInfo(file: name, sha256: Checksum.sha256(bytes), format: .pdf, pageCount: reader.pageCount),
            document: document, records: records, diagnostics: diagnostics.entries)
    }
}
