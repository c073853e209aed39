import JapaneseText
import ShiryoCore

/// A paragraph of one cell: lines joined while each wraps into the next. A heading line (「■学校名について」)
/// joins the paragraph under it.
struct FlowUnit {
    var lines: [FlowLine]
    /// Text column (0: the first text column right of the №), once assigned.
    var column: Int?
    /// The column came from the paragraph before it (no width, heading or list evidence).
    var columnFromContext = false

    var first: FlowLine { lines[0] }
    var anchor: InlineNumber? { first.isAnchor ? first.number : nil }
    /// An in-cell item number opening the paragraph (「４　…」 when rows are numbered 「4」).
    var item: InlineNumber? { first.isAnchor ? nil : first.number }
    var bullet: Character? { FlowUnits.bullet(of: first.text) }
    var text: String { lines.map(\.cellLine.text).joined() }
}

/// What lies between paragraphs, in printed order.
enum FlowEvent {
    case unit(FlowUnit)
    case markers([(value: RowNumber, line: SourceLine)])
    case pageBreak
    /// A category row or a table caption.
    case label(FlowLine)
}

enum FlowUnits {
    /// Marks that open a topic heading in a cell; 「・」 and 「※」 are list and note marks inside paragraphs.
    static let bullets: Set<Character> = ["■", "□", "◆", "◇", "●", "◎", "▼", "▽", "▲", "△", "★", "☆", "◯", "○"]

    static func bullet(of text: String) -> Character? {
        text.first.flatMap { bullets.contains($0) ? $0 : nil }
    }

    /// Lines → paragraphs, bare-№ runs and page breaks.
    static func events(_ lines: [FlowLine], widths: ColumnWidths?) -> [FlowEvent] {
        var events: [FlowEvent] = []
        var current: [FlowLine] = []
        func close() {
            if !current.isEmpty { events.append(.unit(FlowUnit(lines: current))) }
            current = []
        }
        for (index, line) in lines.enumerated() {
            switch line.kind {
            case .blank, .furniture, .total:
                close()
            case .category, .caption:
                close()
                events.append(.label(line))
            case .pageBreak:
                close()
                if case .pageBreak? = events.last {} else { events.append(.pageBreak) }
            case .marker(let value):
                close()
                if case .markers(let run)? = events.last {
                    events[events.count - 1] = .markers(run + [(value, line.source)])
                } else {
                    events.append(.markers([(value, line.source)]))
                }
            case .text:
                if let previous = current.last, startsParagraph(line, after: previous, widths: widths) { close() }
                current.append(line)
                _ = index
            }
        }
        close()
        return events
    }

    /// A new paragraph starts after a line that ended one (sentence end, or too short to have wrapped),
    /// and at a numbered or bulleted line or a count; a heading line is joined to the paragraph under it.
    static func startsParagraph(_ line: FlowLine, after previous: FlowLine, widths: ColumnWidths?) -> Bool {
        if line.number != nil || bullet(of: line.text) != nil || line.gluedRight { return true }
        // A count alone on its line (a 件数 cell: 「2」「10件」) is a paragraph of its own.
        if FlowStructure.isCount(line.text) || FlowStructure.isCount(previous.text) { return true }
        if isHeading(previous) { return false }
        guard let last = previous.text.last, !ColumnWidths.sentenceEnds.contains(last) else { return true }
        guard let widths else { return false }
        return previous.width < widths.narrowest - widths.tolerance
    }

    /// 「■第１期再編の時期について」: bulleted, short, no sentence end.
    static func isHeading(_ line: FlowLine) -> Bool {
        bullet(of: line.text) != nil && !line.text.contains("。") && line.width <= StackedHeader.maxCellWidth * 2
    }
}
