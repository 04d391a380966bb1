#include "CDuidelijkMarkdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct DDMarkdownTree {
  cmark_node *document;
  cmark_iter *iterator;
};

static pthread_once_t registration = PTHREAD_ONCE_INIT;

// cmark-gfm registers its extensions in a global list without a lock.
static void register_extensions(void) { cmark_gfm_core_extensions_ensure_registered(); }

static void attach(cmark_parser *parser, const char *name) {
  cmark_syntax_extension *extension = cmark_find_syntax_extension(name);
  if (extension != NULL) cmark_parser_attach_syntax_extension(parser, extension);
}

DDMarkdownTree *dd_markdown_parse(const char *text, size_t length) {
  pthread_once(&registration, register_extensions);
  cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  if (parser == NULL) return NULL;
  // The autolink extension is left out: bare URLs stay text, which the
  // tokenizer already reads as one `url` token.
  attach(parser, "table");
  attach(parser, "strikethrough");
  attach(parser, "tasklist");
  cmark_parser_feed(parser, text, length);
  cmark_node *document = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  if (document == NULL) return NULL;
  DDMarkdownTree *tree = calloc(1, sizeof(DDMarkdownTree));
  if (tree == NULL) {
    cmark_node_free(document);
    return NULL;
  }
  tree->document = document;
  tree->iterator = cmark_iter_new(document);
  if (tree->iterator == NULL) {
    dd_markdown_free(tree);
    return NULL;
  }
  return tree;
}

// Extension node types are numbered at run time; their names are stable.
static DDMarkdownNodeKind extension_kind(cmark_node *node) {
  const char *name = cmark_node_get_type_string(node);
  if (name == NULL) return DDMarkdownNodeOther;
  if (strcmp(name, "table") == 0) return DDMarkdownNodeTable;
  if (strcmp(name, "table_header") == 0 || strcmp(name, "table_row") == 0) return DDMarkdownNodeTableRow;
  if (strcmp(name, "table_cell") == 0) return DDMarkdownNodeTableCell;
  if (strcmp(name, "strikethrough") == 0) return DDMarkdownNodeStrikethrough;
  return DDMarkdownNodeOther;
}

static DDMarkdownNodeKind kind_of(cmark_node *node) {
  switch (cmark_node_get_type(node)) {
  case CMARK_NODE_DOCUMENT: return DDMarkdownNodeDocument;
  case CMARK_NODE_BLOCK_QUOTE: return DDMarkdownNodeBlockQuote;
  case CMARK_NODE_LIST: return DDMarkdownNodeList;
  case CMARK_NODE_ITEM: return DDMarkdownNodeItem;
  case CMARK_NODE_CODE_BLOCK: return DDMarkdownNodeCodeBlock;
  case CMARK_NODE_HTML_BLOCK: return DDMarkdownNodeHTMLBlock;
  case CMARK_NODE_PARAGRAPH: return DDMarkdownNodeParagraph;
  case CMARK_NODE_HEADING: return DDMarkdownNodeHeading;
  case CMARK_NODE_THEMATIC_BREAK: return DDMarkdownNodeThematicBreak;
  case CMARK_NODE_TEXT: return DDMarkdownNodeText;
  case CMARK_NODE_SOFTBREAK: return DDMarkdownNodeSoftBreak;
  case CMARK_NODE_LINEBREAK: return DDMarkdownNodeLineBreak;
  case CMARK_NODE_CODE: return DDMarkdownNodeCode;
  case CMARK_NODE_HTML_INLINE: return DDMarkdownNodeHTMLInline;
  case CMARK_NODE_EMPH: return DDMarkdownNodeEmphasis;
  case CMARK_NODE_STRONG: return DDMarkdownNodeStrong;
  case CMARK_NODE_LINK: return DDMarkdownNodeLink;
  case CMARK_NODE_IMAGE: return DDMarkdownNodeImage;
  default: return extension_kind(node);
  }
}

// As cmark's own CommonMark renderer decides: the only child is text equal
// to the URL, or to the URL without "mailto:".
static int32_t is_autolink(cmark_node *link) {
  const char *url = cmark_node_get_url(link);
  cmark_node *child = cmark_node_first_child(link);
  if (url == NULL || child == NULL || cmark_node_next(child) != NULL) return 0;
  if (cmark_node_get_type(child) != CMARK_NODE_TEXT) return 0;
  const char *text = cmark_node_get_literal(child);
  if (text == NULL) return 0;
  if (strncmp(url, "mailto:", 7) == 0) url += 7;
  return strcmp(url, text) == 0;
}

int32_t dd_markdown_next(DDMarkdownTree *tree, DDMarkdownEvent *event) {
  cmark_event_type type = cmark_iter_next(tree->iterator);
  if (type == CMARK_EVENT_DONE || type == CMARK_EVENT_NONE) return 0;
  cmark_node *node = cmark_iter_get_node(tree->iterator);
  event->kind = kind_of(node);
  event->entering = type == CMARK_EVENT_ENTER;
  event->startLine = cmark_node_get_start_line(node);
  event->startColumn = cmark_node_get_start_column(node);
  event->endLine = cmark_node_get_end_line(node);
  event->endColumn = cmark_node_get_end_column(node);
  event->literal = NULL;
  event->literalLength = 0;
  event->isAutolink = 0;
  switch (event->kind) {
  case DDMarkdownNodeText:
  case DDMarkdownNodeCode:
  case DDMarkdownNodeHTMLInline:
  case DDMarkdownNodeHTMLBlock:
  case DDMarkdownNodeCodeBlock:
    event->literal = cmark_node_get_literal(node);
    event->literalLength = event->literal == NULL ? 0 : strlen(event->literal);
    break;
  case DDMarkdownNodeLink:
    event->isAutolink = is_autolink(node);
    break;
  default:
    break;
  }
  return 1;
}

void dd_markdown_free(DDMarkdownTree *tree) {
  if (tree == NULL) return;
  if (tree->iterator != NULL) cmark_iter_free(tree->iterator);
  cmark_node_free(tree->document);
  free(tree);
}
