extension DiagnosticCode {
    /// The one-line English meaning of each code, in the catalogue's order.
    public static let meanings: [DiagnosticCode: String] = [
        .blankPage:
            "A page has no text at all; it was skipped.",
        .fakeBoldRemoved:
            "Text printed twice at a small offset (fake bold) was read once.",
        .glyphBoxesResized:
            "Glyph boxes larger than the drawn glyphs (scaled or Type 3 fonts) were shrunk to the drawn size.",
        .pageSizeClamped:
            "The page states an impossible size (not a number, or larger than PDF allows); a usable size was read instead.",
        .glyphsDropped:
            "Characters with impossible positions or sizes (off the page, not numbers) were left out.",
        .pageWithoutTable:
            "A page has no table header (or its text does not fit the table's columns); it was skipped.",
        .columnGuessed:
            "A column boundary was not printed clearly and was placed by a guess; check the cells near it.",
        .tableNote:
            "A note printed across the table (※, 注) was kept out of the records.",
        .rowGroupLabel:
            "A label printed across the table between rows was kept out of the records.",
        .textOutsideTable:
            "Text before the first row was not part of any record and was skipped.",
        .textAfterLastRow:
            "Text after the last row was not given to any record.",
        .cellsDoubtful:
            "A row's text blocks do not fit the table's columns well; its cells may be in the wrong columns.",
        .totalRow:
            "A total row (合計, 計, a count such as 「21名」) was kept out of the records.",
        .mergedCellCarried:
            "A cell merged over several rows (its text centred on them) was given to each of those rows.",
        .tableStarted:
            "A new table (its own header, found by its counting № column) starts here; its rows are numbered on their own.",
        .rubyRemoved:
            "Ruby (furigana) printed small above other text was left out of the cells.",
        .cellAcrossRowTop:
            "Lines of a vertically centred cell crossing a row top were kept with the row holding the paragraph's middle.",
        .rowsFromNumbers:
            "Rows whose top was not found from paragraph breaks were started at their printed №.",
        .rowTopNotFound:
            "A row at the top of a page starts no paragraph in two columns; its № was taken as its start.",
        .rowContinued:
            "A row goes on over a page break; its parts were joined into one record.",
        .rowNumberOnNextPage:
            "A row starts at the bottom of a page and its № is printed on the next page; the parts were joined.",
        .rowWithoutNumber:
            "Text with no № of its own was merged into the row above it.",
        .rowNumberDuplicate:
            "A row number appears twice in a row.",
        .rowNumberGap:
            "A row number does not follow the one before; rows in between may be missing.",
        .rowNumberOutOfSequence:
            "A row number is lower than the one before (misprinted or out of order); the row was kept as a record of its own.",
        .rowStartGuessed:
            "A text export printed a row's № apart from its text; where the row's text starts was guessed.",
        .cellsOrderGuessed:
            "A text export printed answers apart from their rows; they were divided among the rows by order and topic.",
        .columnsByWidthUnknown:
            "A text export's lines are not wrapped, so its text columns were told apart by order only.",
        .policyInherited:
            "A row has no policy cell of its own; the policy printed above it (a merged cell) was used.",
        .emptyOpinion:
            "A record has no opinion text.",
        .emptyResponse:
            "A record has no response text although the table has a response column.",
        .privateUseCharacter:
            "A record contains private-use characters with no known mapping; they were kept as extracted.",
        .reflectionLinesUnwrapped:
            "Reflection lines that ran to the cell's right edge were joined with the next line.",
        .reflectionReattached:
            "A citation printed before its row (a tall ③ cell in a text export) was attached to that row.",
        .reflectionWithoutCitation:
            "Reflection text before any page citation was kept out of the record's reflections.",
        .citationRangeReversed:
            "A page range citation ends before it starts (p.41-39); the first page was used as both ends.",
        .unclosedQuote:
            "A 「 is never closed; the quoted passage runs to the end of the cell.",
        .unquotedReflectionText:
            "Reflection text outside 「」 was kept as a passage of its own.",
        .planPageNumbersMissing:
            "The plan has no page labels and no page numbers in its margins; printed page N was taken to be PDF page N.",
        .planPageNumbersGuessed:
            "Plan pages without a printed number (a figure page) were numbered from the pages around them.",
        .planPageNumberRepeated:
            "A printed page number is on several plan pages; citations of it are checked on the longest run of numbered pages.",
        .planPageMissing:
            "A cited page is not a printed page of the plan.",
        .planQuoteOtherPage:
            "A quoted passage is printed word for word in the plan, but on another page than the one cited.",
        .planQuoteChanged:
            "A quoted passage differs from the plan's wording (a near match); the message shows both around the difference.",
        .planQuoteNotFound:
            "A quoted passage is not in the plan, not even approximately.",
        .planHeadingOtherPage:
            "A cited heading is printed in the plan, but on another page than the one cited.",
        .planHeadingChanged:
            "A cited heading differs from the plan's wording (a near match); the message shows both around the difference.",
        .planHeadingNotFound:
            "A cited heading is not in the plan, not even approximately.",
    ]
}
