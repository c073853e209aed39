import CICUShim

/// Thin Swift face of the C shim. Each call copies its result into Swift values before returning.
public enum ICU {
    public enum NormalizationForm: Int32, Sendable {
        case nfc = 0
        case nfkc = 1
        case nfkcCasefold = 2
    }

    /// ICU's best guess at the charset of `bytes`, with its confidence (0–100).
    public static func detectCharset(_ bytes: [UInt8]) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                shiryo_detect_charset($0.baseAddress, Int32($0.count), &name, Int32(name.count), &confidence)
            }
        }
        guard status == 0 else { return nil }
        return (String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), Int(confidence))
    }

    public enum ConversionFailure: Error, Sendable, Equatable {
        case unknownCharset
        case invalidBytes(offset: Int)
        case failed
    }

    /// Strict conversion to a Swift string: any invalid byte sequence is reported with its offset.
    public static func convert(_ bytes: [UInt8], from charset: String) -> Result<String, ConversionFailure> {
        var capacity = bytes.count * 3 + 16
        while true {
            var out = [CChar](repeating: 0, count: capacity)
            var errorOffset: Int32 = 0
            let length = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    shiryo_convert_to_utf8(charset, $0.baseAddress, Int32($0.count), &out, Int32(capacity), &errorOffset)
                }
            }
            switch Int(length) {
            case -1: return .failure(.unknownCharset)
            case -2: return .failure(.invalidBytes(offset: Int(errorOffset)))
            case ..<0: return .failure(.failed)
            case capacity...: capacity = Int(length) + 1
            default:
                return .success(String(decoding: out.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
        }
    }

    public static func normalize(_ text: String, _ form: NormalizationForm) -> String {
        if text.isEmpty { return text }
        let utf8 = Array(text.utf8)
        var capacity = utf8.count * 3 + 16
        while true {
            var out = [CChar](repeating: 0, count: capacity)
            let length = utf8.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    shiryo_normalize(form.rawValue, $0.baseAddress, Int32($0.count), &out, Int32(capacity))
                }
            }
            if length < 0 { return text }  // cannot happen for valid UTF-8; keep the text as it was
            if Int(length) >= capacity { capacity = Int(length) + 1; continue }
            return String(decoding: out.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// A word segment found by ICU's word break iterator.
    public struct WordSegment: Sendable, Equatable {
        public var text: String
        /// ICU rule status: 0 none (space, punctuation), 100–199 number, 200–299 letter, 300–399 kana,
        /// 400–499 ideograph.
        public var status: Int

        public var isLetterWord: Bool { (200..<300).contains(status) }
        public var isNumber: Bool { (100..<200).contains(status) }
    }

    public static func wordSegments(_ text: String) -> [WordSegment] {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        let capacity = units.count + 1
        var offsets = [Int32](repeating: 0, count: capacity)
        var statuses = [Int32](repeating: 0, count: capacity)
        let count = units.withUnsafeBufferPointer {
            shiryo_word_boundaries($0.baseAddress, Int32($0.count), &offsets, &statuses, Int32(capacity))
        }
        guard count > 1 else { return [WordSegment(text: text, status: 0)] }
        return (1..<Int(count)).map { index in
            let slice = units[Int(offsets[index - 1])..<Int(offsets[index])]
            return WordSegment(text: String(decoding: slice, as: UTF16.self), status: Int(statuses[index]))
        }
    }
}
