#include "CDuidelijkICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct DDBreakIterator {
  UBreakIterator *iterator;
  UText *text;
  int done;
};

DDBreakIterator *dd_break_open(DDBreakKind kind, const char *locale, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *iterator =
      ubrk_open(kind == DDBreakKindWord ? UBRK_WORD : UBRK_SENTENCE, locale, NULL, 0, &status);
  if (U_FAILURE(status)) {
    *error = (int32_t)status;
    return NULL;
  }
  DDBreakIterator *result = calloc(1, sizeof(DDBreakIterator));
  if (result == NULL) {
    ubrk_close(iterator);
    *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  result->iterator = iterator;
  result->done = 1;
  *error = 0;
  return result;
}

void dd_break_close(DDBreakIterator *iterator) {
  if (iterator == NULL) return;
  ubrk_close(iterator->iterator);
  if (iterator->text != NULL) utext_close(iterator->text);
  free(iterator);
}

int32_t dd_break_set_text(DDBreakIterator *iterator, const uint8_t *text, int64_t length) {
  UErrorCode status = U_ZERO_ERROR;
  // Reusing the UText avoids an allocation per paragraph.
  iterator->text = utext_openUTF8(iterator->text, (const char *)text, length, &status);
  if (U_FAILURE(status)) return (int32_t)status;
  ubrk_setUText(iterator->iterator, iterator->text, &status);
  if (U_FAILURE(status)) return (int32_t)status;
  ubrk_first(iterator->iterator);
  iterator->done = 0;
  return 0;
}

int32_t dd_break_next_batch(DDBreakIterator *iterator, int32_t *offsets, int32_t capacity) {
  if (iterator->done) return 0;
  int32_t count = 0;
  while (count < capacity) {
    int32_t boundary = ubrk_next(iterator->iterator);
    if (boundary == UBRK_DONE) {
      iterator->done = 1;
      break;
    }
    offsets[count++] = boundary;
  }
  return count;
}

const char *dd_icu_version(void) {
  static char version[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo info;
  u_getVersion(info);
  u_versionToString(info, version);
  return version;
}
