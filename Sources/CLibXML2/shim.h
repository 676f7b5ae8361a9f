#ifndef VIGIE_CLIBXML2_SHIM_H
#define VIGIE_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, whose headers clash with Foundation's own ICU module
   ("'UErrorCode' has different definitions in different modules"). Read the version header
   first, drop the ICU switch, then include the rest. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/encoding.h>
#include <libxml/xmlerror.h>
#include <zlib.h> /* gzip sitemaps (libxml2 links zlib already) */
#endif
