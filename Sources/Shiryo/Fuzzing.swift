import Foundation

/// Entry points of the fuzz targets (Sources/ShiryoFuzz*): each checks `InputInvariants` on its input.
public enum Fuzzing {
    /// Without libFuzzer: checks the files at `paths`, prints one line per file; true when all passed.
    /// `transform` turns a file's bytes into the input (the structure-aware target's choices → a PDF).
    public static func replay(_ paths: [String], inputName: String, transform: ([UInt8]) -> [UInt8] = { $0 }) -> Bool {
        var failed = false
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot be read")
                failed = true
                continue
            }
            let problems = InputInvariants.violations(transform(Array(data)), name: inputName)
            print("\(path): " + (problems.isEmpty ? "ok" : problems.joined(separator: "; ")))
            failed = failed || !problems.isEmpty
        }
        return !failed
    }

    #if SHIRYO_FUZZ
        /// The name inputs are ingested under; set by the target before libFuzzer starts calling back.
        nonisolated(unsafe) public static var inputName = "fuzz-input"
        /// Turns libFuzzer's bytes into the input: identity, or `StructuredPDF.build` for the structure target.
        nonisolated(unsafe) public static var transform: ([UInt8]) -> [UInt8] = { $0 }

        public static func checkOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
            let bytes = transform(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            let problems = InputInvariants.violations(bytes, name: inputName)
            if !problems.isEmpty { fatalError(problems.joined(separator: "; ")) }
            return 0
        }
    #endif
}

#if SHIRYO_FUZZ
    /// Called by libFuzzer for every input.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        Fuzzing.checkOne(data, size)
    }
#endif
