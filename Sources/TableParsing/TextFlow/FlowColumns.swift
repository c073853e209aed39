/// Which text column each paragraph belongs to, by the evidence a flowing export leaves:
/// 1. width: a paragraph with a line too wide for a column is not that column's; a wrapped line's width
///    is its column's wrap width;
/// 2. a paragraph opening with the row's № is the first text column's (the № column prints beside it);
/// 3. paragraphs under the same heading bullet (■) are the same column's, as most of them show by width;
/// 4. an item 「４　…」 goes where item 「３」 of the same style went (a list inside one cell);
/// 5. anything else stays in the column of the paragraph before it, or the first column after a № or a
///    page break (a row starts with its first cell) — except a sentence in the plain form (「…怖い。」
///    「…である。」) after an answer column's text: answers are written in the polite form (です・ます),
///    so it is the first column's; and where every row opens with its inline № (no bare №s: the export
///    reads row by row), a row that would end with no answer takes its last such paragraph as the answer
///    when it is in the polite form.
enum FlowColumns {
    static func assign(_ events: inout [FlowEvent], widths: ColumnWidths?, columnCount: Int) {
        for index in events.indices {
            guard case .unit(var unit) = events[index] else { continue }
            unit.column = unit.anchor != nil ? 0 : byWidth(unit, widths: widths, columnCount: columnCount)
            events[index] = .unit(unit)
        }
        if widths == nil, columnCount > 1 { assignByRowOrder(&events, columnCount: columnCount) }
        assignByBullet(&events)
        assignByContext(&events)
        let hasMarkers = events.contains { if case .markers = $0 { true } else { false } }
        if columnCount > 1, !hasMarkers { giveRowsAnAnswer(&events) }
    }

    static func giveRowsAnAnswer(_ events: inout [FlowEvent]) {
        var stretch: [Int] = []
        func close() {
            defer { stretch = [] }
            guard stretch.count >= 2, let last = stretch.last, case .unit(var unit) = events[last],
                case .unit(let first) = events[stretch[0]], first.anchor != nil
            else { return }
            let columns = stretch.compactMap { index -> Int? in if case .unit(let unit) = events[index] { unit.column } else { nil } }
            guard columns.allSatisfy({ $0 == 0 }), unit.columnFromContext, !isPlainSentence(unit.text),
                unit.text.hasSuffix("。")
            else { return }
            unit.column = 1
            events[last] = .unit(unit)
        }
        for indices in rowStretches(events) {
            stretch = indices
            close()
        }
    }

    /// Unwrapped exports (a word processor's text export: one line per paragraph) give no widths. Then a
    /// row's cells follow its № in column order, one paragraph each when the counts agree; extra paragraphs
    /// are the second column's from its first heading bullet (■…) on, else the first column's (an opinion
    /// of several paragraphs), the last columns keeping one paragraph each.
    static func assignByRowOrder(_ events: inout [FlowEvent], columnCount: Int) {
        var stretch: [Int] = []
        func close() {
            defer { stretch = [] }
            guard stretch.count >= 2 else { return }
            let units = stretch.compactMap { index -> FlowUnit? in if case .unit(let unit) = events[index] { unit } else { nil } }
            let columns = rowOrderColumns(units, columnCount: columnCount)
            for (position, index) in stretch.enumerated() {
                guard case .unit(var unit) = events[index], unit.column == nil else { continue }
                unit.column = columns[position]
                events[index] = .unit(unit)
            }
        }
        for indices in rowStretches(events) {
            stretch = indices
            close()
        }
    }

    static func byWidth(_ unit: FlowUnit, widths: ColumnWidths?, columnCount: Int) -> Int? {
        if columnCount <= 1 { return 0 }
        guard let widths else { return nil }
        var feasible = Set(widths.wraps.indices)
        for line in unit.lines { feasible.formIntersection(widths.fitting(line.width)) }
        if feasible.count == 1 { return feasible.first }
        var votes: [Int: Int] = [:]
        for line in unit.lines.dropLast() where !FlowUnits.isHeading(line) {
            guard let last = line.text.last, !ColumnWidths.sentenceEnds.contains(last),
                let column = widths.wrapped(at: line.width), feasible.contains(column)
            else { continue }
            votes[column, default: 0] += 1
        }
        return votes.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// Event indices of the paragraphs between two №s (or page breaks, labels): a row's, when the export
    /// reads row by row.
    static func rowStretches(_ events: [FlowEvent]) -> [[Int]] {
        var stretches: [[Int]] = [[]]
        for index in events.indices {
            switch events[index] {
            case .markers, .pageBreak, .label: stretches.append([])
            case .unit(let unit):
                if unit.anchor != nil { stretches.append([]) }
                stretches[stretches.count - 1].append(index)
            }
        }
        return stretches
    }

    static func rowOrderColumns(_ units: [FlowUnit], columnCount: Int) -> [Int] {
        let count = units.count
        if count <= columnCount { return Array(0..<count) }
        let tail = columnCount - 2  // columns after the second keep one paragraph each, from the end
        let secondStart =
            units.indices.dropFirst().first { FlowUnits.isHeading(units[$0].first) && $0 < count - tail }
            ?? (count - tail - 1)
        return units.indices.map { index in
            index < secondStart ? 0 : index < count - tail ? 1 : columnCount - (count - index)
        }
    }

    /// Endings of the polite form an answer is written in.
    static let politeEndings = ["ます。", "です。", "ません。", "ました。", "でした。", "ください。", "ございます。"]

    /// A finished sentence not in the polite form.
    static func isPlainSentence(_ text: String) -> Bool {
        text.hasSuffix("。") && !politeEndings.contains { text.hasSuffix($0) }
    }

    static func assignByBullet(_ events: inout [FlowEvent]) {
        var tally: [Character: [Int: Int]] = [:]
        for case .unit(let unit) in events {
            if let bullet = unit.bullet, let column = unit.column { tally[bullet, default: [:]][column, default: 0] += 1 }
        }
        for index in events.indices {
            guard case .unit(var unit) = events[index], unit.column == nil, let bullet = unit.bullet,
                let best = tally[bullet]?.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })
            else { continue }
            unit.column = best.key
            events[index] = .unit(unit)
        }
    }

    static func assignByContext(_ events: inout [FlowEvent]) {
        var previous = 0
        var items: [InlineNumber.Style: [Int: Int]] = [:]
        for index in events.indices {
            switch events[index] {
            case .markers, .pageBreak, .label:
                previous = 0
            case .unit(var unit):
                if unit.first.gluedRight, unit.column == nil || unit.column == previous {
                    unit.column = previous + 1  // the cell printed right of the one before it
                }
                if unit.column == nil {
                    if let item = unit.item, let column = items[item.style]?[item.value - 1] {
                        unit.column = column
                    } else if previous > 0, isPlainSentence(unit.text) {
                        unit.column = 0
                    } else {
                        unit.column = previous
                        unit.columnFromContext = true
                    }
                    events[index] = .unit(unit)
                }
                if let item = unit.item { items[item.style, default: [:]][item.value] = unit.column }
                previous = unit.column ?? 0
            }
        }
    }
}
