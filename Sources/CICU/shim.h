// Debian's ICU (libicu-dev), found through pkg-config: only for its compiler and linker
// flags. No Swift code imports this module: Foundation brings its own ICU
// (_FoundationICU, symbols prefixed swift_) whose types would clash with these. The C
// target ICURegex includes <unicode/uregex.h> itself and exposes plain C types only.
// The headers' macros rename every function to its versioned symbol (uregex_open_72).
#include <unicode/uregex.h>
