#include "CDuidelijkXML.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct DDXMLParser {
  xmlParserCtxtPtr context;
  DDXMLCallbacks callbacks;
  void *userContext;
  int sawDTD;
  int stopped;
  char message[512];
};

static pthread_once_t initialization = PTHREAD_ONCE_INIT;

// libxml2 must be set up once before threads use it.
static void initialize(void) { xmlInitParser(); }

static void start_element(void *ctx, const xmlChar *localName, const xmlChar *prefix, const xmlChar *uri,
                          int namespaceCount, const xmlChar **namespaces, int attributeCount,
                          int defaultedCount, const xmlChar **attributes) {
  (void)prefix;
  (void)namespaceCount;
  (void)namespaces;
  (void)defaultedCount;
  DDXMLParser *parser = ctx;
  parser->callbacks.startElement(parser->userContext, (const char *)localName, (const char *)uri,
                                 attributeCount, (const char **)attributes);
}

static void end_element(void *ctx, const xmlChar *localName, const xmlChar *prefix, const xmlChar *uri) {
  (void)prefix;
  DDXMLParser *parser = ctx;
  parser->callbacks.endElement(parser->userContext, (const char *)localName, (const char *)uri);
}

static void characters(void *ctx, const xmlChar *text, int length) {
  DDXMLParser *parser = ctx;
  if (length > 0) parser->callbacks.characters(parser->userContext, (const char *)text, length);
}

// Called at <!DOCTYPE, before its declarations are read.
static void internal_subset(void *ctx, const xmlChar *name, const xmlChar *externalID, const xmlChar *systemID) {
  (void)name;
  (void)externalID;
  (void)systemID;
  DDXMLParser *parser = ctx;
  parser->sawDTD = 1;
  xmlStopParser(parser->context);
}

// Errors are read from the context afterwards; nothing goes to stderr.
static void ignore_error(void *ctx, xmlErrorPtr error) {
  (void)ctx;
  (void)error;
}

DDXMLParser *dd_xml_new(const char *name, DDXMLCallbacks callbacks, void *context) {
  pthread_once(&initialization, initialize);
  DDXMLParser *parser = calloc(1, sizeof(DDXMLParser));
  if (parser == NULL) return NULL;
  parser->callbacks = callbacks;
  parser->userContext = context;
  xmlSAXHandler sax;
  memset(&sax, 0, sizeof(sax));
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = start_element;
  sax.endElementNs = end_element;
  sax.characters = characters;
  sax.cdataBlock = characters;
  sax.internalSubset = internal_subset;
  sax.serror = ignore_error;
  parser->context = xmlCreatePushParserCtxt(&sax, parser, NULL, 0, name);
  if (parser->context == NULL) {
    free(parser);
    return NULL;
  }
  // No network, no DTD loading, no entity substitution (the defaults, made sure).
  xmlCtxtUseOptions(parser->context, XML_PARSE_NONET | XML_PARSE_NOCDATA);
  return parser;
}

DDXMLStatus dd_xml_feed(DDXMLParser *parser, const char *bytes, int32_t length, int32_t terminate) {
  if (parser->sawDTD) return DDXMLStatusDTD;
  if (parser->stopped) return DDXMLStatusStopped;
  int status = xmlParseChunk(parser->context, bytes, length, terminate);
  if (parser->sawDTD) return DDXMLStatusDTD;
  if (parser->stopped) return DDXMLStatusStopped;
  if (status != 0 || !parser->context->wellFormed) return DDXMLStatusMalformed;
  return DDXMLStatusOK;
}

void dd_xml_stop(DDXMLParser *parser) {
  parser->stopped = 1;
  xmlStopParser(parser->context);
}

const char *dd_xml_error(DDXMLParser *parser, int32_t *line) {
  xmlErrorPtr error = xmlCtxtGetLastError(parser->context);
  if (error == NULL || error->message == NULL) return NULL;
  *line = error->line;
  size_t length = strlen(error->message);
  if (length >= sizeof(parser->message)) length = sizeof(parser->message) - 1;
  memcpy(parser->message, error->message, length);
  while (length > 0 && (parser->message[length - 1] == '\n' || parser->message[length - 1] == ' ')) length--;
  parser->message[length] = '\0';
  return parser->message;
}

void dd_xml_free(DDXMLParser *parser) {
  if (parser == NULL) return;
  if (parser->context->myDoc != NULL) xmlFreeDoc(parser->context->myDoc);
  xmlFreeParserCtxt(parser->context);
  free(parser);
}
