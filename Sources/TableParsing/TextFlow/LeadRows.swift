import ShiryoCore

/// Turns a page's first-column groups into one group per row №. The export usually prints a row's first
/// cell as one group; where it does not, these rules decide, each guess with a warning:
/// - a group opening with item n+1 of a list whose item n is in the group before continues that cell
///   (「４　…」 after 「１　…」「２　…」「３　…」), even across a bare №;
/// - more groups than №s: a group printed with no № before it continues the group before it (on a page's
///   first group: the last row of the page before);
/// - fewer groups than №s: a group joined across a bare № (or else the longest) holds two rows; the second
///   starts at its second paragraph.
struct LeadRows {
    struct Row {
        var units: [FlowUnit]
        /// Original group indices (before joining or splitting) whose other-column text follows this row.
        var groups: [Int]
        var spansMarker: Bool
    }

    var rows: [Row]
    /// Groups that continue the previous page's last row.
    var carried: [FlowUnit] = []

    init(_ segment: FlowSegment, isFirst: Bool, diagnostics: inout DiagnosticLog) {
        rows = segment.groups.enumerated().map { Row(units: $1.units, groups: [$0], spansMarker: false) }
        let wanted = segment.numbers.count
        joinLists(segment)
        if !isFirst, rows.count > wanted, let first = segment.groups.first, first.anchor == nil, !first.precededByMarker {
            carried = rows.removeFirst().units
            diagnostics.warn(
                .rowWithoutNumber,
                "text at the top of the page was taken as the end of the row before",
                at: carried.first?.first.source.location)
        }
        while rows.count > wanted, let index = joinableIndex(segment) {
            diagnostics.warn(
                .rowWithoutNumber,
                "a paragraph with no № of its own was joined to the row above it",
                at: rows[index].units.first?.first.source.location)
            join(index)
        }
        while rows.count < wanted, let index = splittableIndex() {
            split(index)
            let number = segment.numbers.indices.contains(index + 1) ? segment.numbers[index + 1].value.value : "?"
            diagnostics.warn(
                .rowStartGuessed,
                "row \(number): where its text starts was guessed (its № is printed apart from it); check rows \(number) and the one before",
                at: rows[index + 1].units.first?.first.source.location)
        }
    }

    mutating func joinLists(_ segment: FlowSegment) {
        var index = 1
        while index < rows.count {
            let group = segment.groups[rows[index].groups[0]]
            if group.anchor == nil, let item = rows[index].units.first?.item, item.value > 1,
                rows[index - 1].units.contains(where: { $0.item?.style == item.style && $0.item?.value == item.value - 1 })
            {
                rows[index - 1].spansMarker = rows[index - 1].spansMarker || group.precededByMarker
                join(index)
            } else {
                index += 1
            }
        }
    }

    func joinableIndex(_ segment: FlowSegment) -> Int? {
        let candidates = rows.indices.dropFirst().filter { segment.groups[rows[$0].groups[0]].anchor == nil }
        return candidates.first { !segment.groups[rows[$0].groups[0]].precededByMarker } ?? candidates.first
    }

    mutating func join(_ index: Int) {
        let row = rows.remove(at: index)
        rows[index - 1].units += row.units
        rows[index - 1].groups += row.groups
    }

    func splittableIndex() -> Int? {
        let splittable = rows.indices.filter { rows[$0].units.count >= 2 }
        return splittable.first { rows[$0].spansMarker } ?? splittable.max { rows[$0].units.count < rows[$1].units.count }
    }

    mutating func split(_ index: Int) {
        var row = rows[index]
        let tail = Array(row.units.dropFirst())
        row.units = [row.units[0]]
        row.spansMarker = false
        rows[index] = row
        rows.insert(Row(units: tail, groups: [], spansMarker: false), at: index + 1)
    }
}
