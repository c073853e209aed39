import Foundation

/// Why a file could not be ingested. Each message is one line a clerk can act on; the file name is
/// added by `IngestError`.
public enum InputProblem: Sendable, Hashable {
    case empty
    case binary
    case undecodable(line: Int?, detail: String)
    case noRows
    /// `looksLike` names what the bytes are instead (an HTML page, a ZIP archive), when recognisable.
    case notPDF(looksLike: String? = nil)
    case damagedPDF(detail: String)
    /// The document opened but one of its pages cannot be read.
    case damagedPage(page: Int, detail: String)
    case encrypted(passwordGiven: Bool)
    case noPages
    case noTextLayer(page: Int)
    case tableNotFound(lookedFor: [String], found: [String])
    case unreadable(detail: String)
}

/// A file-level failure: names the file and, where known, the page or line.
public struct IngestError: Error, LocalizedError, Sendable, Hashable {
    public var file: String
    public var problem: InputProblem

    public init(file: String, problem: InputProblem) {
        self.file = file
        self.problem = problem
    }

    /// Stable identifier for tests and tools.
    public var code: String {
        switch problem {
        case .empty: "empty-file"
        case .binary: "binary-file"
        case .undecodable: "undecodable-text"
        case .noRows: "no-rows"
        case .notPDF: "not-a-pdf"
        case .damagedPDF, .damagedPage: "damaged-pdf"
        case .encrypted: "encrypted-pdf"
        case .noPages: "no-pages"
        case .noTextLayer: "no-text-layer"
        case .tableNotFound: "table-not-found"
        case .unreadable: "unreadable-file"
        }
    }

    public var errorDescription: String? {
        let name = (file as NSString).lastPathComponent.escapingControlCharacters
        switch problem {
        case .empty:
            return "\(name): the file is empty"
        case .binary:
            return "\(name): this is not a text file (binary bytes found); give a .txt export or a PDF"
        case .undecodable(let line, let detail):
            let at = line.map { " at line \($0)" } ?? ""
            return "\(name)\(at): the text cannot be decoded (\(detail)); save it again as UTF-8 or Shift_JIS"
        case .noRows:
            return "\(name): no numbered rows were found; is this a 反映状況表 (opinion-reflection table)?"
        case .notPDF(let looksLike):
            let what = looksLike.map { "it is \($0), and " } ?? ""
            return "\(name): this is not a PDF file (\(what)it does not start with %PDF-)"
        case .damagedPDF(let detail):
            return "\(name): the PDF is damaged or truncated (\(detail)); download or export it again"
        case .damagedPage(let page, let detail):
            return "\(name) page \(page): the page cannot be read (\(detail)); download or export the PDF again"
        case .encrypted(let passwordGiven):
            return passwordGiven
                ? "\(name): the PDF password is wrong"
                : "\(name): the PDF is encrypted; give its password with --password"
        case .noPages:
            return "\(name): the PDF has no pages"
        case .noTextLayer(let page):
            return "\(name) page \(page): the page has no text layer (a scanned image?); OCR is not supported"
        case .tableNotFound(let lookedFor, let found):
            let seen = found.isEmpty ? "no header-like text" : found.joined(separator: " | ")
            return "\(name): no table header was found; looked for column headers like "
                + lookedFor.joined(separator: ", ") + "; found: " + seen
        case .unreadable(let detail):
            return "\(name): the file cannot be read (\(detail))"
        }
    }
}
