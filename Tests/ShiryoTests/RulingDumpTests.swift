import Foundation
import PDFExtraction
import ShiryoCore
import Testing

/// `RULINGS_DUMP=file.pdf swift test --filter RulingDump` prints the ruling lines of every page (a tool for
/// looking at a PDF, not a check: without the variable it does nothing).
@Suite struct RulingDumpTests {
    @Test func dump() throws {
        guard let path = ProcessInfo.processInfo.environment["RULINGS_DUMP"] else { return }
        let reader = try PDFReader(bytes: Array(Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        for number in 1...reader.pageCount {
            let page = try reader.page(number)
            print("page \(number) (\(page.width) × \(page.height)): \(page.rulings.count) rulings")
            for line in page.rulings {
                print("  \(line.orientation == .horizontal ? "H" : "V") at \(line.position) from \(line.start) to \(line.end) thickness \(line.thickness)")
            }
        }
    }
}
