import CFuzzDriver
import Foundation
import Shiryo

// Structure-aware fuzz target for the PDF path (issue 15): fuzz bytes are choices that `StructuredPDF` turns
// into a well-formed PDF with hostile numbers. Scripts/fuzz builds it with -sanitize=fuzzer -D SHIRYO_FUZZ;
// a plain `swift build` makes a replayer instead: `ShiryoFuzzPDFStructure FILE...` (files of choices).
#if SHIRYO_FUZZ
    @_cdecl("ShiryoFuzzPDFStructure_main")
    public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
        Fuzzing.inputName = "fuzz-structure.pdf"
        Fuzzing.transform = StructuredPDF.build
        return shiryo_fuzz_main(argc, argv)
    }
#else
    @main enum Replay {
        static func main() {
            exit(
                Fuzzing.replay(
                    Array(CommandLine.arguments.dropFirst()), inputName: "fuzz-structure.pdf",
                    transform: StructuredPDF.build) ? 0 : 1)
        }
    }
#endif
