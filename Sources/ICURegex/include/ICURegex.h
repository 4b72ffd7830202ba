#ifndef EIZIN_ICU_REGEX_H
#define EIZIN_ICU_REGEX_H

#include <stdint.h>

// A thin wrapper over ICU's C regular-expression API (uregex_*), with plain C types only,
// so that Swift code importing Foundation (which carries its own ICU headers) never sees
// two definitions of UErrorCode. Debian's libicu is linked; its symbols are versioned
// (uregex_open_72) and the ICU headers' macros pick them, so the wrapper compiles against
// any ICU version.

#ifdef __cplusplus
extern "C" {
#endif

/// Outcome of eizin_regex_find.
enum {
    EIZIN_REGEX_NO_MATCH = 0,
    EIZIN_REGEX_MATCH = 1,
    /// The match engine used up its step limit (U_REGEX_TIME_OUT).
    EIZIN_REGEX_TIME_OUT = -1,
    /// The backtracking stack reached its limit (U_REGEX_STACK_OVERFLOW).
    EIZIN_REGEX_STACK_OVERFLOW = -2,
    /// Any other ICU error; its code is in *errorCode.
    EIZIN_REGEX_ERROR = -3,
};

/// Compiles a UTF-16 pattern (no flags). Returns NULL on failure, with ICU's error code in
/// *errorCode and the offset of the problem in *errorOffset (-1 when unknown).
void *_Nullable eizin_regex_open(const uint16_t *_Nullable pattern, int32_t length, int32_t *_Nonnull errorCode,
                                 int32_t *_Nonnull errorOffset);

/// An independent copy for another thread (a compiled expression is not thread-safe while
/// matching). NULL on failure.
void *_Nullable eizin_regex_clone(const void *_Nonnull regex, int32_t *_Nonnull errorCode);

void eizin_regex_close(void *_Nullable regex);

/// Unanchored search of `text` (UTF-16). `timeLimit` is ICU's time limit: units of about
/// ten thousand steps of the match engine (0 = none); `stackLimit` bounds the backtracking
/// stack in bytes (0 = none). Returns one of the EIZIN_REGEX_ values.
int32_t eizin_regex_find(void *_Nonnull regex, const uint16_t *_Nullable text, int32_t length, int32_t timeLimit,
                         int32_t stackLimit, int32_t *_Nonnull errorCode);

#ifdef __cplusplus
}
#endif

#endif
