/// Every diagnostic code shiryo reports: the stable kebab-case identifier written to the JSON (`rawValue`), the
/// severity it is reported with and what it means. docs/DIAGNOSTICS.md lists the same catalogue (a test keeps
/// them equal). A new diagnostic is a new case here, with its meaning, and a line in the docs.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, Codable {
    // Pages (PDF)
    case blankPage = "blank-page"
    case fakeBoldRemoved = "fake-bold-removed"
    case glyphBoxesResized = "glyph-boxes-resized"
    case pageSizeClamped = "page-size-clamped"
    case glyphsDropped = "glyphs-dropped"
    case pageWithoutTable = "page-without-table"
    // Columns and table layout
    case columnGuessed = "column-guessed"
    case tableNote = "table-note"
    case rowGroupLabel = "row-group-label"
    case textOutsideTable = "text-outside-table"
    case textAfterLastRow = "text-after-last-row"
    case cellsDoubtful = "cells-doubtful"
    case cellAcrossRowTop = "cell-across-row-top"
    case totalRow = "total-row"
    case mergedCellCarried = "merged-cell-carried"
    case tableStarted = "table-started"
    case rubyRemoved = "ruby-removed"
    // Rows and their numbers
    case rowsFromNumbers = "rows-from-numbers"
    case rowTopNotFound = "row-top-not-found"
    case rowContinued = "row-continued"
    case rowNumberOnNextPage = "row-number-on-next-page"
    case rowWithoutNumber = "row-without-number"
    case rowNumberDuplicate = "row-number-duplicate"
    case rowNumberGap = "row-number-gap"
    case rowNumberOutOfSequence = "row-number-out-of-sequence"
    // Text exports that flow (cells in the PDF's reading order)
    case rowStartGuessed = "row-start-guessed"
    case cellsOrderGuessed = "cells-order-guessed"
    case columnsByWidthUnknown = "columns-by-width-unknown"
    // Cells of a record
    case policyInherited = "policy-inherited"
    case emptyOpinion = "empty-opinion"
    case emptyResponse = "empty-response"
    case privateUseCharacter = "private-use-character"
    // Reflections (③ column)
    case reflectionLinesUnwrapped = "reflection-lines-unwrapped"
    case reflectionReattached = "reflection-reattached"
    case reflectionWithoutCitation = "reflection-without-citation"
    case citationRangeReversed = "citation-range-reversed"
    case unclosedQuote = "unclosed-quote"
    case unquotedReflectionText = "unquoted-reflection-text"
    // Citations checked against the plan (`ingest --plan`)
    case planPageNumbersMissing = "plan-page-numbers-missing"
    case planPageNumbersGuessed = "plan-page-numbers-guessed"
    case planPageNumberRepeated = "plan-page-number-repeated"
    case planPageMissing = "plan-page-missing"
    case planQuoteOtherPage = "plan-quote-other-page"
    case planQuoteChanged = "plan-quote-changed"
    case planQuoteNotFound = "plan-quote-not-found"
    case planHeadingOtherPage = "plan-heading-other-page"
    case planHeadingChanged = "plan-heading-changed"
    case planHeadingNotFound = "plan-heading-not-found"

    /// The severity the code is reported with. `page-without-table` is a warning when the page follows a table
    /// (text that does not fit its columns) and only `info` before the first table header.
    public var severity: Severity {
        switch self {
        case .blankPage, .fakeBoldRemoved, .glyphBoxesResized, .columnGuessed, .tableNote, .rowGroupLabel,
            .cellAcrossRowTop, .totalRow, .mergedCellCarried, .tableStarted, .rubyRemoved, .rowsFromNumbers, .rowTopNotFound,
            .rowContinued, .rowNumberOnNextPage, .policyInherited, .reflectionLinesUnwrapped, .planPageNumbersGuessed,
            .planPageNumberRepeated:
            .info
        case .pageSizeClamped, .glyphsDropped, .pageWithoutTable, .textOutsideTable, .textAfterLastRow, .cellsDoubtful, .rowWithoutNumber,
            .rowNumberDuplicate, .rowNumberGap, .rowNumberOutOfSequence, .rowStartGuessed, .cellsOrderGuessed,
            .columnsByWidthUnknown, .emptyOpinion, .emptyResponse, .privateUseCharacter,
            .reflectionReattached, .reflectionWithoutCitation, .citationRangeReversed, .unclosedQuote,
            .unquotedReflectionText, .planPageNumbersMissing, .planPageMissing, .planQuoteOtherPage, .planQuoteChanged,
            .planQuoteNotFound, .planHeadingOtherPage, .planHeadingChanged, .planHeadingNotFound:
            .warning
        }
    }

    /// Whether the diagnostic is about the record printed where it is reported (a row's continuation, its cells,
    /// its reflection); the others concern a page, the layout or text outside the records.
    public var isAboutOneRecord: Bool {
        switch self {
        case .rowContinued, .rowNumberOnNextPage, .rowTopNotFound, .rowWithoutNumber, .rowNumberDuplicate, .rowNumberGap,
            .cellsDoubtful, .policyInherited, .emptyOpinion, .emptyResponse, .privateUseCharacter, .reflectionReattached,
            .reflectionWithoutCitation, .citationRangeReversed, .unclosedQuote, .unquotedReflectionText:
            true
        default:
            false
        }
    }

    /// One line of English: what happened and what was done about it (`DiagnosticCode+Meaning.swift`; every
    /// case has one: the catalogue test compares them with docs/DIAGNOSTICS.md).
    public var meaning: String { Self.meanings[self] ?? rawValue }
}
