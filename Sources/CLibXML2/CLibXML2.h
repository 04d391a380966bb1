#ifndef CLIBXML2_H
#define CLIBXML2_H

// libxml2's SAX2 push parser, for reading word/document.xml as it is inflated.
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

#endif
