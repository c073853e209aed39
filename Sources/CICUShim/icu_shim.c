#include "icu_shim.h"

#include <string.h>
#include <stdlib.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/ubrk.h>

int32_t shiryo_detect_charset(const char *bytes, int32_t length,
                              char *name_out, int32_t name_capacity, int32_t *confidence) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -3;
    ucsdet_setText(detector, bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    int32_t result = -1;
    if (U_SUCCESS(status) && match != NULL) {
        const char *name = ucsdet_getName(match, &status);
        int32_t conf = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && name != NULL && (int32_t)strlen(name) < name_capacity) {
            strcpy(name_out, name);
            if (confidence) *confidence = conf;
            result = 0;
        }
    }
    ucsdet_close(detector);
    return result;
}

int32_t shiryo_convert_to_utf8(const char *charset, const char *bytes, int32_t length,
                               char *out, int32_t out_capacity, int32_t *error_offset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -1;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(converter); return -3; }

    /* Worst case one UTF-16 unit per input byte (plus a little for stateful encodings). */
    int32_t capacity = length + 16;
    UChar *utf16 = (UChar *)malloc(sizeof(UChar) * (size_t)capacity);
    if (!utf16) { ucnv_close(converter); return -3; }
    UChar *target = utf16;
    const char *source = bytes;
    ucnv_toUnicode(converter, &target, utf16 + capacity, &source, bytes + length, NULL, 1, &status);
    ucnv_close(converter);
    if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND) {
        if (error_offset) *error_offset = (int32_t)(source - bytes);
        free(utf16);
        return -2;
    }
    if (U_FAILURE(status)) { free(utf16); return -3; }

    int32_t units = (int32_t)(target - utf16);
    int32_t needed = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(out, out_capacity, &needed, utf16, units, &status);
    free(utf16);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -3;
    return needed;
}

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *status) {
    switch (form) {
    case 0: return unorm2_getNFCInstance(status);
    case 1: return unorm2_getNFKCInstance(status);
    case 2: return unorm2_getNFKCCasefoldInstance(status);
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t shiryo_normalize(int32_t form, const char *utf8, int32_t length, char *out, int32_t out_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &status);
    if (U_FAILURE(status)) return -1;

    int32_t units = 0;
    u_strFromUTF8(NULL, 0, &units, utf8, length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return -2;
    status = U_ZERO_ERROR;
    UChar *source = (UChar *)malloc(sizeof(UChar) * (size_t)(units + 1));
    if (!source) return -3;
    u_strFromUTF8(source, units + 1, NULL, utf8, length, &status);
    if (U_FAILURE(status)) { free(source); return -2; }

    /* NFKC can expand (e.g. ㍻ → 平成); size generously and retry once on overflow. */
    int32_t capacity = units * 4 + 16;
    UChar *normalized = (UChar *)malloc(sizeof(UChar) * (size_t)capacity);
    if (!normalized) { free(source); return -3; }
    int32_t produced = unorm2_normalize(normalizer, source, units, normalized, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        free(normalized);
        capacity = produced + 1;
        normalized = (UChar *)malloc(sizeof(UChar) * (size_t)capacity);
        if (!normalized) { free(source); return -3; }
        status = U_ZERO_ERROR;
        produced = unorm2_normalize(normalizer, source, units, normalized, capacity, &status);
    }
    free(source);
    if (U_FAILURE(status)) { free(normalized); return -2; }

    int32_t needed = 0;
    u_strToUTF8(out, out_capacity, &needed, normalized, produced, &status);
    free(normalized);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -2;
    return needed;
}

int32_t shiryo_word_boundaries(const uint16_t *text, int32_t length,
                               int32_t *offsets, int32_t *statuses, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, "ja", (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t position = ubrk_first(iterator); position != UBRK_DONE && count < capacity;
         position = ubrk_next(iterator)) {
        offsets[count] = position;
        statuses[count] = count == 0 ? 0 : ubrk_getRuleStatus(iterator);
        count++;
    }
    ubrk_close(iterator);
    return count;
}
