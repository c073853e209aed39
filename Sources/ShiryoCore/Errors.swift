import Foundation

/// Why a file could not be ingested. Each message is one line a clerk can act on; the file name is
/// added by `IngestError`.
public enum InputProblem: Sendable, Hashable {
    case empty
    case binary
    case undecodable(line: Int?, detail: String)
    case noRows
    /// `looksLike` names what the bytes are instead (an HTML page, a ZIP archive), when recognisable.
    case notPDF(looksLike: Localized? = nil)
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

    /// English, whatever the locale: fixtures (`expected-error.json`) and tools compare it.
    public var errorDescription: String? { message(.english) }

    /// One line naming the file (and page or line), in `language`; the text is in `Catalogue.Errors`.
    public func message(_ language: Language) -> String {
        let name = (file as NSString).lastPathComponent.escapingControlCharacters
        return Catalogue.Errors.message(for: problem, file: name).text(language)
    }
}

extension IngestError: CodedError {}

extension IngestError {
    /// No numbered table at all (agendas, minutes, prose): in a folder such a file is skipped, not a failure.
    public var isNotATable: Bool {
        switch problem {
        case .tableNotFound, .noRows: true
        default: false
        }
    }
}
