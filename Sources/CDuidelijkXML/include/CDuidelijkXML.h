#ifndef CDUIDELIJK_XML_H
#define CDUIDELIJK_XML_H

// libxml2-free interface to libxml2's SAX2 push parser. Swift imports only
// this header: Debian's libxml2 headers include ICU's, which clash with the
// ICU copy that Foundation bundles, so they stay inside the .c file.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What the parser reports. Names are NUL-terminated UTF-8; `namespaceURI`
/// is NULL for names without a namespace. `attributes` holds five pointers
/// per attribute: local name, prefix, namespace URI, value start, value end
/// (the value is not NUL-terminated).
typedef struct DDXMLCallbacks {
  void (*_Nonnull startElement)(void *_Nullable context, const char *_Nonnull localName,
                                const char *_Nullable namespaceURI, int32_t attributeCount,
                                const char *_Nullable *_Nullable attributes);
  void (*_Nonnull endElement)(void *_Nullable context, const char *_Nonnull localName,
                              const char *_Nullable namespaceURI);
  void (*_Nonnull characters)(void *_Nullable context, const char *_Nonnull text, int32_t length);
} DDXMLCallbacks;

/// A push parser: takes a document in pieces.
typedef struct DDXMLParser DDXMLParser;

/// How feeding a piece went.
typedef enum DDXMLStatus {
  DDXMLStatusOK = 0,
  /// The document is not well-formed; see `dd_xml_error`.
  DDXMLStatusMalformed = 1,
  /// The document declares a DTD, which is refused so no entity can expand.
  DDXMLStatusDTD = 2,
  /// `dd_xml_stop` was called.
  DDXMLStatusStopped = 3
} DDXMLStatus;

/// A parser for the document `name` (used in messages) that calls
/// `callbacks` with `context`. It loads nothing from the network or disk.
/// Returns NULL when out of memory.
DDXMLParser *_Nullable dd_xml_new(const char *_Nonnull name, DDXMLCallbacks callbacks,
                                  void *_Nullable context);

/// Parses `length` more bytes; `terminate` 1 ends the document.
DDXMLStatus dd_xml_feed(DDXMLParser *_Nonnull parser, const char *_Nullable bytes, int32_t length,
                        int32_t terminate);

/// Stops parsing, from inside a callback.
void dd_xml_stop(DDXMLParser *_Nonnull parser);

/// The last error's message (without its line break) and line, or NULL.
const char *_Nullable dd_xml_error(DDXMLParser *_Nonnull parser, int32_t *_Nonnull line);

/// Frees the parser.
void dd_xml_free(DDXMLParser *_Nullable parser);

#ifdef __cplusplus
}
#endif

#endif
