#include "ICURegex.h"
#include <unicode/uregex.h>

void *eizin_regex_open(const uint16_t *pattern, int32_t length, int32_t *errorCode, int32_t *errorOffset) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    parseError.offset = -1;
    static const UChar empty[1] = {0};
    URegularExpression *regex = uregex_open(pattern ? (const UChar *)pattern : empty, length, 0, &parseError, &status);
    *errorCode = (int32_t)status;
    *errorOffset = parseError.offset;
    if (U_FAILURE(status)) {
        if (regex) uregex_close(regex);
        return NULL;
    }
    return regex;
}

void *eizin_regex_clone(const void *regex, int32_t *errorCode) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *copy = uregex_clone((const URegularExpression *)regex, &status);
    *errorCode = (int32_t)status;
    if (U_FAILURE(status)) {
        if (copy) uregex_close(copy);
        return NULL;
    }
    return copy;
}

void eizin_regex_close(void *regex) {
    if (regex) uregex_close((URegularExpression *)regex);
}

int32_t eizin_regex_find(void *regex, const uint16_t *text, int32_t length, int32_t timeLimit, int32_t stackLimit,
                         int32_t *errorCode) {
    URegularExpression *re = (URegularExpression *)regex;
    UErrorCode status = U_ZERO_ERROR;
    // ICU refuses a NULL text even when it is empty.
    static const UChar empty[1] = {0};
    uregex_setTimeLimit(re, timeLimit, &status);
    uregex_setStackLimit(re, stackLimit, &status);
    uregex_setText(re, text ? (const UChar *)text : empty, text ? length : 0, &status);
    UBool found = U_SUCCESS(status) ? uregex_find(re, 0, &status) : 0;
    *errorCode = (int32_t)status;
    // Do not keep a pointer to the caller's buffer.
    UErrorCode ignored = U_ZERO_ERROR;
    uregex_setText(re, empty, 0, &ignored);
    if (status == U_REGEX_TIME_OUT) return EIZIN_REGEX_TIME_OUT;
    if (status == U_REGEX_STACK_OVERFLOW) return EIZIN_REGEX_STACK_OVERFLOW;
    if (U_FAILURE(status)) return EIZIN_REGEX_ERROR;
    return found ? EIZIN_REGEX_MATCH : EIZIN_REGEX_NO_MATCH;
}
