import JapaneseText
import ShiryoCore

/// One page of a flowing export (the events between two page breaks): its row №s, the paragraphs of the
/// first text column grouped into rows, and the other columns' paragraphs with where they were printed.
struct FlowSegment {
    struct Number {
        var value: RowNumber
        var line: SourceLine
        var isAnchor: Bool
        /// The category row printed above it (as printed), if any.
        var group: String? = nil
        /// A table caption printed right above this row's table (it opens a new table).
        var caption: SourceLine? = nil
    }

    /// Paragraphs of the first column printed together (no № or other column between them).
    struct LeadGroup {
        var units: [FlowUnit]
        var anchor: InlineNumber?
        var precededByMarker: Bool
        /// A bare № was printed inside the group (it was joined across it as one list).
        var spansMarker = false
    }

    /// A paragraph of another column and the lead group printed last before it.
    struct OtherUnit {
        var unit: FlowUnit
        var afterGroup: Int
        /// Counts the events of other kinds printed before it: paragraphs with the same run were printed together.
        var run: Int
    }

    var numbers: [Number] = []
    var groups: [LeadGroup] = []
    var others: [Int: [OtherUnit]] = [:]
    var markerLines: [[Int]: [SourceLine]] = [:]
    /// Category row in force and a caption waiting for the next row, carried across pages.
    var group: SourceLine?
    var caption: SourceLine?
    /// Category and caption lines of the page (for line ranges and coverage).
    var labelLines: [SourceLine] = []

    /// Splits the events at page breaks.
    static func split(_ events: [FlowEvent]) -> [FlowSegment] {
        var segments: [FlowSegment] = []
        var current = FlowSegment()
        var lastWasLead = false
        var lastWasMarker = false
        var run = 0
        for event in events {
            if case .unit(let unit) = event, unit.column != 0 {} else { run += 1 }
            switch event {
            case .label(let line):
                current.labelLines.append(line.source)
                if line.kind == .caption { current.caption = line.source; current.group = nil } else { current.group = line.source }
                lastWasLead = false
                lastWasMarker = false
            case .pageBreak:
                segments.append(current)
                current = FlowSegment(group: current.group, caption: current.caption)
                lastWasLead = false
                lastWasMarker = false
            case .markers(let run):
                current.addMarkers(run)
                lastWasLead = false
                lastWasMarker = true
            case .unit(let unit):
                if unit.column == 0 {
                    current.addLead(unit, continuing: lastWasLead, afterMarker: lastWasMarker)
                    lastWasLead = true
                } else {
                    current.others[unit.column ?? 0, default: []].append(
                        OtherUnit(unit: unit, afterGroup: max(0, current.groups.count - 1), run: run))
                    lastWasLead = false
                }
                lastWasMarker = false
            }
        }
        segments.append(current)
        return segments.filter { !$0.numbers.isEmpty || !$0.groups.isEmpty || !$0.others.isEmpty || !$0.labelLines.isEmpty }
    }

    /// A run of bare №s: the same № twice in a row is one row printed twice (an export artefact).
    mutating func addMarkers(_ run: [(value: RowNumber, line: SourceLine)]) {
        for (value, line) in run {
            markerLines[value.parts, default: []].append(line)
            if let last = numbers.last, last.value.isSameNumber(as: value), !last.isAnchor,
                last.line.location.line.map({ $0 + 1 }) == line.location.line
            {
                continue
            }
            append(Number(value: value, line: line, isAnchor: false))
        }
    }

    mutating func append(_ number: Number) {
        var number = number
        number.group = group?.text.trimmedWhitespace
        number.caption = caption
        caption = nil
        numbers.append(number)
    }

    mutating func addLead(_ unit: FlowUnit, continuing: Bool, afterMarker: Bool) {
        if let anchor = unit.anchor {
            // A bare № just before its own inline № is the same row.
            if let last = numbers.last, afterMarker, last.value.isSameNumber(as: anchor.number) { numbers.removeLast() }
            append(Number(value: anchor.number, line: unit.first.source, isAnchor: true))
            groups.append(LeadGroup(units: [unit], anchor: anchor, precededByMarker: afterMarker))
        } else if continuing, !groups.isEmpty {
            groups[groups.count - 1].units.append(unit)
        } else {
            groups.append(LeadGroup(units: [unit], anchor: nil, precededByMarker: afterMarker))
        }
    }
}

extension FlowSegment {
    /// The other column's paragraphs as topics: where the column heads its topics (■…), a heading and the
    /// paragraphs printed with it under it are one topic; else each paragraph is one.
    func topics(of column: Int) -> [OtherUnit] {
        let units = others[column] ?? []
        guard units.contains(where: { FlowUnits.isHeading($0.unit.first) }) else { return units }
        var topics: [OtherUnit] = []
        for unit in units {
            if var last = topics.last, last.run == unit.run, !FlowUnits.isHeading(unit.unit.first) {
                last.unit.lines += unit.unit.lines
                topics[topics.count - 1] = last
            } else {
                topics.append(unit)
            }
        }
        return topics
    }
}
