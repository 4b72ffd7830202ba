#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding.h then includes <unicode/ucnv.h>.
// Swift's Foundation ships its own ICU module (_FoundationICU) with different enum
// definitions, and the two clash in any module importing both. The generator never uses
// libxml2's ICU converters, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
