import Foundation

/// Entry points of the fuzz targets (Sources/ShiryoFuzz*): each checks `InputInvariants` on its input.
public enum Fuzzing {
    /// Without libFuzzer: checks the files at `paths`, prints one line per file; true when all passed.
    public static func replay(_ paths: [String], inputName: String) -> Bool {
        var failed = false
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot be read")
                failed = true
                continue
            }
            let problems = InputInvariants.violations(Array(data), name: inputName)
            print("\(path): " + (problems.isEmpty ? "ok" : problems.joined(separator: "; ")))
            failed = failed || !problems.isEmpty
        }
        return !failed
    }

    #if SHIRYO_FUZZ
    /// The name inputs are ingested under; set by the target before libFuzzer starts calling back.
    nonisolated(unsafe) public static var inputName = "fuzz-input"

    public static func checkOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
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
