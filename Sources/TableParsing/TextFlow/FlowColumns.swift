/// Which text column each paragraph belongs to, by the evidence a flowing export leaves:
/// 1. width: a paragraph with a line too wide for a column is not that column's; a wrapped line's width
///    is its column's wrap width;
/// 2. a paragraph opening with the row's № is the first text column's (the № column prints beside it);
/// 3. paragraphs under the same heading bullet (■) are the same column's, as most of them show by width;
/// 4. an item 「４　…」 goes where item 「３」 of the same style went (a list inside one cell);
/// 5. anything else stays in the column of the paragraph before it, or the first column after a № or a
///    page break (a row starts with its first cell).
enum FlowColumns {
    static func assign(_ events: inout [FlowEvent], widths: ColumnWidths?, columnCount: Int) {
        for index in events.indices {
            guard case .unit(var unit) = events[index] else { continue }
            unit.column = unit.anchor != nil ? 0 : byWidth(unit, widths: widths, columnCount: columnCount)
            events[index] = .unit(unit)
        }
        if widths == nil, columnCount > 1 { assignByRowOrder(&events) }
        assignByBullet(&events)
        assignByContext(&events)
    }

    /// Unwrapped exports (a word processor's text export: one line per paragraph) give no widths. Then a
    /// row's cells follow its № in column order: the first paragraph is the first column's, a heading
    /// bullet or else the last paragraph opens the second column.
    static func assignByRowOrder(_ events: inout [FlowEvent]) {
        var stretch: [Int] = []
        func close() {
            defer { stretch = [] }
            guard stretch.count >= 2 else { return }
            let units = stretch.compactMap { index -> FlowUnit? in if case .unit(let unit) = events[index] { unit } else { nil } }
            let second = units.indices.dropFirst().first { FlowUnits.isHeading(units[$0].first) } ?? units.count - 1
            for (position, index) in stretch.enumerated() {
                guard case .unit(var unit) = events[index], unit.column == nil else { continue }
                unit.column = position < second ? 0 : 1
                events[index] = .unit(unit)
            }
        }
        for index in events.indices {
            switch events[index] {
            case .markers, .pageBreak, .label: close()
            case .unit(let unit):
                if unit.anchor != nil { close() }
                stretch.append(index)
            }
        }
        close()
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
                  let column = widths.wrapped(at: line.width), feasible.contains(column) else { continue }
            votes[column, default: 0] += 1
        }
        return votes.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
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
                if unit.column == nil {
                    if let item = unit.item, let column = items[item.style]?[item.value - 1] {
                        unit.column = column
                    } else {
                        unit.column = previous
                    }
                    events[index] = .unit(unit)
                }
                if let item = unit.item { items[item.style, default: [:]][item.value] = unit.column }
                previous = unit.column ?? 0
            }
        }
    }
}
