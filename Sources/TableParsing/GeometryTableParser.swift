import JapaneseText
import ShiryoCore

/// Rebuilds the table from glyph positions, page by page. (Work in progress.)
public struct GeometryTableParser: Sendable {
    public let file: String
    var pages: [PageGlyphs] = []

    public init(file: String) { self.file = file }

    public mutating func consume(_ page: PageGlyphs) throws(IngestError) {
        pages.append(page)
    }

    public func finish() throws(IngestError) -> RawTable {
        throw IngestError(file: file, problem: .tableNotFound(lookedFor: ColumnVocabulary.allNames, found: []))
    }
}
