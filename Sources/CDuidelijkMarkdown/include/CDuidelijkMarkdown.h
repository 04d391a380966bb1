#ifndef CDUIDELIJK_MARKDOWN_H
#define CDUIDELIJK_MARKDOWN_H

// A small interface to cmark-gfm for Swift: parse GitHub-flavoured Markdown
// (with tables, strikethrough and task lists) and walk the tree as a flat
// series of events. Swift imports only this header; cmark's own headers, its
// run-time registered extension node types and its macros stay in the .c file.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What a node is. Kinds Swift does not need to tell apart are `Other`.
typedef enum DDMarkdownNodeKind {
  DDMarkdownNodeOther = 0,
  DDMarkdownNodeDocument,
  DDMarkdownNodeBlockQuote,
  DDMarkdownNodeList,
  DDMarkdownNodeItem,
  DDMarkdownNodeCodeBlock,
  DDMarkdownNodeHTMLBlock,
  DDMarkdownNodeParagraph,
  DDMarkdownNodeHeading,
  DDMarkdownNodeThematicBreak,
  DDMarkdownNodeTable,
  DDMarkdownNodeTableRow,
  DDMarkdownNodeTableCell,
  DDMarkdownNodeText,
  DDMarkdownNodeSoftBreak,
  DDMarkdownNodeLineBreak,
  DDMarkdownNodeCode,
  DDMarkdownNodeHTMLInline,
  DDMarkdownNodeEmphasis,
  DDMarkdownNodeStrong,
  DDMarkdownNodeStrikethrough,
  DDMarkdownNodeLink,
  DDMarkdownNodeImage
} DDMarkdownNodeKind;

/// One step of the walk: a node entered or left. Leaf nodes (text, code,
/// HTML, breaks) are only entered.
typedef struct DDMarkdownEvent {
  DDMarkdownNodeKind kind;
  /// 1 when the node is entered, 0 when it is left.
  int32_t entering;
  /// Where cmark says the node is: 1-based lines and byte columns, end
  /// inclusive, 0 when unknown. Inline positions can be off (lazy
  /// continuation lines, text after a hard break): treat them as hints.
  int32_t startLine;
  int32_t startColumn;
  int32_t endLine;
  int32_t endColumn;
  /// The node's text after entities and escapes are decoded (text, code,
  /// HTML), or NULL. Valid until `dd_markdown_free`.
  const char *_Nullable literal;
  size_t literalLength;
  /// 1 for a link whose text is its URL (`<https://…>`).
  int32_t isAutolink;
} DDMarkdownEvent;

/// A parsed document and the position of its walk.
typedef struct DDMarkdownTree DDMarkdownTree;

/// Parses `length` bytes of UTF-8 Markdown. Returns NULL when out of memory.
DDMarkdownTree *_Nullable dd_markdown_parse(const char *_Nonnull text, size_t length);

/// Writes the next event of the walk into `*event`; returns 0 at the end.
int32_t dd_markdown_next(DDMarkdownTree *_Nonnull tree, DDMarkdownEvent *_Nonnull event);

/// Frees the tree and everything its events pointed to.
void dd_markdown_free(DDMarkdownTree *_Nullable tree);

#ifdef __cplusplus
}
#endif

#endif
