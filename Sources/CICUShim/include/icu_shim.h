#ifndef SHIRYO_ICU_SHIM_H
#define SHIRYO_ICU_SHIM_H
/* A deliberately ICU-free header: Swift sees only plain C types, so the system ICU never meets
   Foundation's bundled copy in one Swift module. */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Guesses the charset of `bytes`. Writes a NUL-terminated ICU charset name into name_out and the
   detector's confidence (0-100). Returns 0 on success, a negative value when nothing matched. */
int32_t shiryo_detect_charset(const char *bytes, int32_t length,
                              char *name_out, int32_t name_capacity, int32_t *confidence);

/* Converts `bytes` from `charset` to UTF-8, strictly: an invalid or unmappable byte sequence stops the
   conversion. Returns the UTF-8 length (which may exceed out_capacity: call again with a larger buffer),
   -1 for an unknown charset, -2 for undecodable input (error_offset then holds the byte offset of the
   bad sequence), -3 for any other failure. */
int32_t shiryo_convert_to_utf8(const char *charset, const char *bytes, int32_t length,
                               char *out, int32_t out_capacity, int32_t *error_offset);

/* Unicode normalization of UTF-8 text. form: 0 NFC, 1 NFKC, 2 NFKC_Casefold.
   Returns the UTF-8 length of the result (call again when larger than out_capacity) or a negative error. */
int32_t shiryo_normalize(int32_t form, const char *utf8, int32_t length, char *out, int32_t out_capacity);

/* ICU word boundaries of UTF-16 text. Fills up to `capacity` boundary offsets (UTF-16 units, always
   starting with 0) and, for each, the rule status of the segment that ends there (0 = none/space/punct,
   100.. = number, 200.. = letter, 300.. = kana, 400.. = ideograph). Returns the number of boundaries
   or a negative error. */
int32_t shiryo_word_boundaries(const uint16_t *text, int32_t length,
                               int32_t *offsets, int32_t *statuses, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
