import CPoppler
import ShiryoCore

extension PDFReader {
    /// The page labels of every page (/PageLabels: 「i」「ii」「1」…, as a viewer shows them), or nil when
    /// the document has none. poppler answers a document without /PageLabels with "1", "2", …, the PDF
    /// page numbers; labels that are exactly those say nothing either, so they are nil too.
    public func pageLabels() -> [String]? {
        let document = document
        let labels: [String] = PopplerLock.run {
            (0..<pageCount).map { index in
                guard let page = poppler_document_get_page(document, Int32(index)) else { return "" }
                defer { g_object_unref(UnsafeMutableRawPointer(page)) }
                guard let raw = poppler_page_get_label(page) else { return "" }
                defer { g_free(raw) }
                return String(cString: raw)
            }
        }
        let identity = labels.enumerated().allSatisfy { $0.element == String($0.offset + 1) }
        return identity ? nil : labels
    }
}
