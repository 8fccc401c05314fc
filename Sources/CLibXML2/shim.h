// libxml2's HTML parser for kb's HTML reader.
// xmlversion.h must come first: with LIBXML_ICU_ENABLED defined, the other headers pull in ICU's
// headers, whose enums break a clean Swift build on Debian. kb does not use libxml2's ICU support.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
