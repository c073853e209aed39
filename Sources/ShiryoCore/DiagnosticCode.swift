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

    /// One line of English: what happened and what was done about it.
    public var meaning: String {
        switch self {
        case .blankPage: "A page has no text at all; it was skipped."
        case .fakeBoldRemoved: "Text printed twice at a small offset (fake bold) was read once."
        case .glyphBoxesResized: "Glyph boxes larger than the drawn glyphs (scaled or Type 3 fonts) were shrunk to the drawn size."
        case .pageSizeClamped: "The page states an impossible size (not a number, or larger than PDF allows); a usable size was read instead."
        case .glyphsDropped: "Characters with impossible positions or sizes (off the page, not numbers) were left out."
        case .pageWithoutTable: "A page has no table header (or its text does not fit the table's columns); it was skipped."
        case .columnGuessed: "A column boundary was not printed clearly and was placed by a guess; check the cells near it."
        case .tableNote: "A note printed across the table (※, 注) was kept out of the records."
        case .rowGroupLabel: "A label printed across the table between rows was kept out of the records."
        case .textOutsideTable: "Text before the first row was not part of any record and was skipped."
        case .textAfterLastRow: "Text after the last row was not given to any record."
        case .cellsDoubtful: "A row's text blocks do not fit the table's columns well; its cells may be in the wrong columns."
        case .totalRow: "A total row (合計, 計, a count such as 「21名」) was kept out of the records."
        case .mergedCellCarried: "A cell merged over several rows (its text centred on them) was given to each of those rows."
        case .tableStarted: "A new table (its own header, found by its counting № column) starts here; its rows are numbered on their own."
        case .rubyRemoved: "Ruby (furigana) printed small above other text was left out of the cells."
        case .cellAcrossRowTop: "Lines of a vertically centred cell crossing a row top were kept with the row holding the paragraph's middle."
        case .rowsFromNumbers: "Rows whose top was not found from paragraph breaks were started at their printed №."
        case .rowTopNotFound: "A row at the top of a page starts no paragraph in two columns; its № was taken as its start."
        case .rowContinued: "A row goes on over a page break; its parts were joined into one record."
        case .rowNumberOnNextPage: "A row starts at the bottom of a page and its № is printed on the next page; the parts were joined."
        case .rowWithoutNumber: "Text with no № of its own was merged into the row above it."
        case .rowNumberDuplicate: "A row number appears twice in a row."
        case .rowNumberGap: "A row number does not follow the one before; rows in between may be missing."
        case .rowNumberOutOfSequence: "A row number is lower than the one before (misprinted or out of order); the row was kept as a record of its own."
        case .rowStartGuessed: "A text export printed a row's № apart from its text; where the row's text starts was guessed."
        case .cellsOrderGuessed: "A text export printed answers apart from their rows; they were divided among the rows by order and topic."
        case .columnsByWidthUnknown: "A text export's lines are not wrapped, so its text columns were told apart by order only."
        case .policyInherited: "A row has no policy cell of its own; the policy printed above it (a merged cell) was used."
        case .emptyOpinion: "A record has no opinion text."
        case .emptyResponse: "A record has no response text although the table has a response column."
        case .privateUseCharacter: "A record contains private-use characters with no known mapping; they were kept as extracted."
        case .reflectionLinesUnwrapped: "Reflection lines that ran to the cell's right edge were joined with the next line."
        case .reflectionReattached: "A citation printed before its row (a tall ③ cell in a text export) was attached to that row."
        case .reflectionWithoutCitation: "Reflection text before any page citation was kept out of the record's reflections."
        case .citationRangeReversed: "A page range citation ends before it starts (p.41-39); the first page was used as both ends."
        case .unclosedQuote: "A 「 is never closed; the quoted passage runs to the end of the cell."
        case .unquotedReflectionText: "Reflection text outside 「」 was kept as a passage of its own."
        case .planPageNumbersMissing: "The plan has no page labels and no page numbers in its margins; printed page N was taken to be PDF page N."
        case .planPageNumbersGuessed: "Plan pages without a printed number (a figure page) were numbered from the pages around them."
        case .planPageNumberRepeated: "A printed page number is on several plan pages; citations of it are checked on the longest run of numbered pages."
        case .planPageMissing: "A cited page is not a printed page of the plan."
        case .planQuoteOtherPage: "A quoted passage is printed word for word in the plan, but on another page than the one cited."
        case .planQuoteChanged: "A quoted passage differs from the plan's wording (a near match); the message shows both around the difference."
        case .planQuoteNotFound: "A quoted passage is not in the plan, not even approximately."
        case .planHeadingOtherPage: "A cited heading is printed in the plan, but on another page than the one cited."
        case .planHeadingChanged: "A cited heading differs from the plan's wording (a near match); the message shows both around the difference."
        case .planHeadingNotFound: "A cited heading is not in the plan, not even approximately."
        }
    }
}
