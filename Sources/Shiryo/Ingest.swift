import Foundation
import JapaneseText
import PDFExtraction
import PlanVerification
import ShiryoCore
import TableParsing

/// Options that change how an input is read.
public struct IngestOptions: Sendable, Hashable {
    public var password: String?
    /// The plan the tables cite (`ingest --plan`), read once: every reflection is checked against it.
    public var plan: PlanIndex?
    /// Draw PDF pages and look for ruling lines (on by default; off only to time extraction without them:
    /// `bench --without-rulings`).
    public var rulings: Bool
    public init(password: String? = nil, plan: PlanIndex? = nil, rulings: Bool = true) {
        self.password = password
        self.plan = plan
        self.rulings = rulings
    }
}

/// The pipeline for one file: extract → Japanese text → parse → records. Emission is separate.
public enum Ingest {
    /// Reads and parses one file. Throws `IngestError` (one line, names the file) for bad input;
    /// recoverable problems are in the result's `diagnostics`.
    /// `path`: the path to record as `source.path` (as the user gave it); the file name when nil.
    public static func file(at url: URL, path: String? = nil, options: IngestOptions = IngestOptions())
        throws(IngestError) -> ShiryoOutput
    {
        var output = try bytes(read(url), name: url.lastPathComponent, options: options)
        if let path { output.source.path = path }
        return output
    }

    /// The bytes of an input file; a file that cannot be read is an `IngestError` naming it.
    static func read(_ url: URL) throws(IngestError) -> [UInt8] {
        // Reading a named pipe would wait for a writer forever; a device never ends.
        if let kind = FileProblem.specialKind(at: url.path) {
            throw IngestError(file: url.lastPathComponent, problem: .unreadable(detail: "it is \(kind), not a regular file"))
        }
        do {
            return try InputFile.bytes(at: url.path)
        } catch {
            throw IngestError(file: url.lastPathComponent, problem: .unreadable(detail: FileProblem.describe(errno: error.code)))
        }
    }

    /// `bytes` is consumed: a text export's bytes are let go once decoded, before the parse.
    public static func bytes(_ bytes: consuming [UInt8], name: String, options: IngestOptions = IngestOptions())
        throws(IngestError) -> ShiryoOutput
    {
        let output = isPDF(bytes, name: name) ? try pdf(bytes, name: name, options: options) : try text(bytes, name: name)
        return options.plan.map { PlanVerifier.verify(output, against: $0) } ?? output
    }

    /// PDF by signature or by name (a damaged .pdf must get the PDF error, not a text one).
    static func isPDF(_ bytes: [UInt8], name: String) -> Bool {
        PDFReader.hasPDFSignature(bytes) || name.lowercased().hasSuffix(".pdf")
    }

    /// At most one copy of a text export is in memory at a time: the bytes go once decoded, the decoded
    /// text once split into lines (inside the parse), the raw table once the records are built.
    static func text(_ bytes: consuming [UInt8], name: String) throws(IngestError) -> ShiryoOutput {
        let sha256 = Checksum.sha256(bytes)
        var text = try TextDecoding.decode(bytes, file: name).text
        _ = consume bytes
        // Same artefact repair as the PDF path's glyphs get: radicals and compatibility ideographs.
        text = ArtefactRepair.repair(text)
        return try textOutput(parsing: text, name: name, sha256: sha256).output
    }

    static func textOutput(parsing text: consuming String, name: String, sha256: String)
        throws(IngestError) -> (output: ShiryoOutput, table: RawTable)
    {
        let (table, pageCount) = try TextTableParser.parse(text, file: name)
        _ = consume text
        var diagnostics = DiagnosticLog()
        diagnostics.append(contentsOf: table.diagnostics)
        let (document, records) = RecordBuilder.build(table, diagnostics: &diagnostics)
        let output = ShiryoOutput(
            source: SourceInfo(file: name, sha256: sha256, format: .text, pageCount: pageCount),
            document: document, records: records,
            diagnostics: DiagnosticAttribution.attributing(diagnostics.entries, to: records))
        return (output, table)
    }

    /// The text path keeping the table the records were built from and the decoded text (the review
    /// page shows the text with each row's lines marked).
    static func inspectText(_ bytes: [UInt8], name: String) throws(IngestError) -> TextInspection {
        let decoded = try TextDecoding.decode(bytes, file: name)
        let text = ArtefactRepair.repair(decoded.text)
        let (output, table) = try textOutput(parsing: text, name: name, sha256: Checksum.sha256(bytes))
        return TextInspection(output: output, table: table, text: decoded.text)
    }

    static func pdf(_ bytes: [UInt8], name: String, options: IngestOptions) throws(IngestError) -> ShiryoOutput {
        let reader = try PDFReader(bytes: bytes, file: name, password: options.password)
        return try read(reader, bytes: bytes, keepingRows: false, rulings: options.rulings).output
    }

    /// The PDF path keeping the geometry it read the records from (header cells, every row with its cell
    /// lines), so the review page can draw what was detected. `bytes` are the reader's, for the checksum.
    public static func inspect(_ reader: PDFReader, bytes: [UInt8]) throws(IngestError) -> PDFInspection {
        try read(reader, bytes: bytes, keepingRows: true)
    }

    /// Pages → rows → records. Completed rows become records page by page, so memory holds records, not
    /// every line's glyph data; only with `keepingRows` does the returned table hold every row.
    static func read(_ reader: PDFReader, bytes: [UInt8], keepingRows: Bool, rulings: Bool = true) throws(IngestError) -> PDFInspection {
        let name = reader.file
        var parser = GeometryTableParser(file: name)
        let pages = PagePrefetcher(reader: reader, rulings: rulings)
        var assembler: RecordAssembler?
        var recordDiagnostics = DiagnosticLog()
        var extractionDiagnostics: [Diagnostic] = []  // sizes and positions PDFReader had to repair
        var handedOver: [RawRow] = []
        do throws(IngestError) {
            while let page = try pages.next() {
                extractionDiagnostics += page.diagnostics
                try parser.consume(page)
                for row in parser.takeCompletedRows() {
                    if assembler == nil { assembler = RecordAssembler(columns: parser.columnHeaders) }
                    assembler!.tables = parser.tableInfos  // a row of a second table needs that table's columns
                    assembler!.add(row, diagnostics: &recordDiagnostics)
                    if keepingRows { handedOver.append(row) }
                }
            }
        } catch {
            pages.cancel()
            throw error
        }
        var table = try parser.finish()
        var rest = assembler ?? RecordAssembler(columns: table.columns, tables: table.tables)
        rest.tables = table.tables
        for row in table.rows { rest.add(row, diagnostics: &recordDiagnostics) }
        var diagnostics = DiagnosticLog()
        diagnostics.append(contentsOf: extractionDiagnostics)
        diagnostics.append(contentsOf: table.diagnostics)
        diagnostics.append(contentsOf: recordDiagnostics.entries)
        let records = rest.finish(diagnostics: &diagnostics)
        let document = RecordBuilder.document(of: table, records: records)
        let output = ShiryoOutput(
            source: SourceInfo(file: name, sha256: Checksum.sha256(bytes), format: .pdf, pageCount: reader.pageCount),
            document: document, records: records,
            diagnostics: DiagnosticAttribution.attributing(diagnostics.entries, to: records))
        table.rows = handedOver + table.rows
        return PDFInspection(output: output, table: table)
    }
}

/// A PDF's output together with the raw table it was built from.
public struct PDFInspection: Sendable {
    public var output: ShiryoOutput
    public var table: RawTable

    public init(output: ShiryoOutput, table: RawTable) {
        self.output = output
        self.table = table
    }
}

/// A text export's output with the raw table and the decoded text it was read from.
public struct TextInspection: Sendable {
    public var output: ShiryoOutput
    public var table: RawTable
    public var text: String
}
