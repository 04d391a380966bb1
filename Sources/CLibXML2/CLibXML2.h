#ifndef CLIBXML2_H
#define CLIBXML2_H

// libxml2 as a system library, so that pkg-config gives CDuidelijkXML its
// include path (/usr/include/libxml2). Do not import this module from Swift:
// Debian's libxml2 headers include ICU's, which clash with Foundation's ICU.
#include <libxml/parser.h>

#endif
