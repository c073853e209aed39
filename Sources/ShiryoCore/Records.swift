/// The JSON contract of docs/FORMAT.md (schemaVersion 2), as Swift values. Field names follow the format exactly.
public struct ShiryoOutput: Sendable, Hashable {
    public static let schemaVersion = 2

    public var schemaVersion: Int = ShiryoOutput.schemaVersion
    public var source: SourceInfo
    public var document: DocumentInfo
    public var records: [Record]
    public var diagnostics: [Diagnostic]

    public init(source: SourceInfo, document: DocumentInfo, records: [Record], diagnostics: [Diagnostic]) {
        self.source = source
        self.document = document
        self.records = records
        self.diagnostics = diagnostics
    }
}

public enum SourceFormat: String, Sendable, Hashable, Codable {
    case pdf
    case text
}

public struct SourceInfo: Sendable, Hashable {
    /// File name as given, without directories.
    public var file: String
    /// The path as given: relative to the folder argument for a file found in a folder (`第1回/資料1.pdf`), the
    /// argument itself for a file argument. Tells same-named files of different meetings apart.
    public var path: String
    public var sha256: String
    public var format: SourceFormat
    public var pageCount: Int?

    /// `path` defaults to `file` (an input known only by its name).
    public init(file: String, path: String? = nil, sha256: String, format: SourceFormat, pageCount: Int?) {
        self.file = file
        self.path = path ?? file
        self.sha256 = sha256
        self.format = format
        self.pageCount = pageCount
    }
}

public struct FiscalYear: Sendable, Hashable {
    public var era: String
    public var eraYear: Int
    public var year: Int

    public init(era: String, eraYear: Int, year: Int) {
        self.era = era
        self.eraYear = eraYear
        self.year = year
    }
}

public struct DocumentInfo: Sendable, Hashable {
    public var id: String?
    public var title: String?
    public var fiscalYear: FiscalYear?
    /// The first table's column headers as printed, in printed order.
    public var columns: [String]
    /// Every numbered-row table of the document, in order; `Record.table` indexes it from 1.
    public var tables: [TableSummary]

    public init(id: String?, title: String?, fiscalYear: FiscalYear?, columns: [String], tables: [TableSummary] = []) {
        self.id = id
        self.title = title
        self.fiscalYear = fiscalYear
        self.columns = columns
        self.tables = tables
    }
}

/// One table of a document: its caption (own title line) when printed, its column headers as printed, the pages
/// it spans (PDF; empty for text).
public struct TableSummary: Sendable, Hashable {
    public var caption: String?
    public var columns: [String]
    public var pages: [Int]

    public init(caption: String?, columns: [String], pages: [Int]) {
        self.caption = caption
        self.columns = columns
        self.pages = pages
    }
}

/// A label and a title, e.g. 「Ⅰ」「強みを活かしたしごとづくり」 or 「（１）」「基幹産業の競争力を強化する」.
public struct LabeledHeading: Sendable, Hashable {
    public var label: String
    public var title: String

    public init(label: String, title: String) {
        self.label = label
        self.title = title
    }
}

public struct Policy: Sendable, Hashable {
    public var text: String
    public var pillar: LabeledHeading?
    public var measure: LabeledHeading?

    public init(text: String, pillar: LabeledHeading?, measure: LabeledHeading?) {
        self.text = text
        self.pillar = pillar
        self.measure = measure
    }
}

public struct ReflectionSection: Sendable, Hashable {
    public var label: String?
    public var quotes: [String]

    public init(label: String?, quotes: [String]) {
        self.label = label
        self.quotes = quotes
    }
}

public struct Reflection: Sendable, Hashable {
    public var citation: String
    public var page: Int
    public var lastPage: Int
    public var headings: [String]
    public var sections: [ReflectionSection]
    /// Set only when the table is checked against its plan (`ingest --plan`).
    public var verification: Verification?

    public init(citation: String, page: Int, lastPage: Int, headings: [String], sections: [ReflectionSection]) {
        self.citation = citation
        self.page = page
        self.lastPage = lastPage
        self.headings = headings
        self.sections = sections
    }
}

public struct Provenance: Sendable, Hashable {
    /// PDF: 1-based pages the row spans; text: nil.
    public var pages: [Int]?
    /// Text: first and last 1-based line; PDF: nil.
    public var lines: [Int]?
    public var boxes: [BoundingBox]

    public init(pages: [Int]?, lines: [Int]?, boxes: [BoundingBox]) {
        self.pages = pages
        self.lines = lines
        self.boxes = boxes
    }
}

public struct Record: Sendable, Hashable {
    /// 1-based position of the record in the document: the stable key (numbers may repeat across tables).
    public var index: Int
    /// 1-based index into `DocumentInfo.tables`.
    public var table: Int
    /// The № in ASCII digits, structure kept: "1", "12", "1-1"; ① → "1", (3) → "3" (`RowNumber.value`).
    public var number: String
    /// The № as printed: "１－１", "①", "(3)".
    public var numberText: String
    /// The category row printed above the record (「１　総論について」), as printed; nil when none.
    public var group: String?
    public var policy: Policy?
    public var opinion: String
    public var response: String
    public var reflections: [Reflection]
    /// Columns the parser does not know (担当課, 備考, …), keyed by the header as printed.
    public var extra: [String: String]
    public var provenance: Provenance

    public init(
        index: Int, table: Int = 1, number: RowNumber, group: String? = nil, policy: Policy?, opinion: String,
        response: String, reflections: [Reflection], extra: [String: String] = [:], provenance: Provenance
    ) {
        self.index = index
        self.table = table
        self.number = number.value
        self.numberText = number.printed
        self.group = group
        self.policy = policy
        self.opinion = opinion
        self.response = response
        self.reflections = reflections
        self.extra = extra
        self.provenance = provenance
    }
}
