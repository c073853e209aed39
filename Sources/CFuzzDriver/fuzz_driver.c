#include "fuzz_driver.h"

#ifdef SHIRYO_FUZZ
#include <stddef.h>
#include <stdint.h>

// SwiftPM links an executable's main to `<module>_main`, so libFuzzer's own main is not used: the
// fuzz targets call its driver from there.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int shiryo_fuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
#else
int shiryo_fuzz_main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    return 2;
}
#endif
