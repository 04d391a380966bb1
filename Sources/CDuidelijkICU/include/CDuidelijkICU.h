#ifndef CDUIDELIJK_ICU_H
#define CDUIDELIJK_ICU_H

// ICU-free interface to ICU's break iterators. Swift imports only this header:
// ICU's own headers rename every function by version and would clash with the
// ICU copy that Foundation bundles, so they stay inside the .c file.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU break iterator that walks UTF-8 text and reports byte offsets.
typedef struct DDBreakIterator DDBreakIterator;

/// Which boundaries an iterator finds.
typedef enum DDBreakKind {
  DDBreakKindWord = 0,
  DDBreakKindSentence = 1
} DDBreakKind;

/// Opens an iterator for `locale` (e.g. "nl"). Returns NULL on failure and
/// stores ICU's error code in `*error` (0 on success).
DDBreakIterator *_Nullable dd_break_open(DDBreakKind kind, const char *_Nonnull locale,
                                         int32_t *_Nonnull error);

/// Frees the iterator and its text handle.
void dd_break_close(DDBreakIterator *_Nullable iterator);

/// Points the iterator at `length` bytes of UTF-8. The bytes are not copied:
/// keep them alive and unchanged while iterating. Returns 0 or an ICU error code.
int32_t dd_break_set_text(DDBreakIterator *_Nonnull iterator, const uint8_t *_Nonnull text,
                          int64_t length);

/// Writes up to `capacity` next boundaries (byte offsets, ascending).
/// Returns how many were written; 0 means the end was reached. One call per
/// batch keeps the cost of crossing from Swift into C low. Texts must be
/// shorter than 2 GiB (the reader hands out chunks of a few megabytes).
int32_t dd_break_next_batch(DDBreakIterator *_Nonnull iterator, int32_t *_Nonnull offsets,
                            int32_t capacity);

/// Every word boundary of `length` bytes of UTF-8 (byte offsets after the
/// start, the last being `length`), written into `offsets`, which needs room
/// for `length`. Stretches made only of characters whose word-break class the
/// shim knows (ASCII, the Latin-1 letters, common typographic quotes and
/// dashes) are broken without ICU, by the rules of UAX #29 as ICU applies
/// them; the text around any other character goes to `iterator`. Returns how
/// many were written; `*error` is 0 or an ICU error code. Texts must be
/// shorter than 2 GiB.
int32_t dd_break_word_boundaries(DDBreakIterator *_Nonnull iterator, const uint8_t *_Nonnull text, int64_t length,
                                 int32_t *_Nonnull offsets, int32_t *_Nonnull error);

/// Whether `dd_break_word_boundaries` uses the shim's own rules: only when they
/// agree with this ICU's on a probe text of every case, checked at open.
int dd_break_uses_simple_rules(const DDBreakIterator *_Nonnull iterator);

/// Makes `dd_break_word_boundaries` leave everything to ICU, as when the rules
/// disagree (for tests of that path).
void dd_break_disable_simple_rules(DDBreakIterator *_Nonnull iterator);

/// The version of the ICU library linked at run time, e.g. "72.1".
const char *_Nonnull dd_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
