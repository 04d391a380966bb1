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
  /// Whether the shim's word-break rules agree with this ICU (checked at open).
  int simpleRulesAgree;
};

static int dd_simple_rules_agree(DDBreakIterator *iterator);

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
  result->simpleRulesAgree = kind == DDBreakKindWord && dd_simple_rules_agree(result);
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

// Word boundaries without ICU for the characters most Dutch text is made of.
// The classes are those of Unicode's word-break property (UAX #29); a test
// compares the result with ICU's on random strings of exactly these
// characters, and any other character sends the text to ICU.
enum {
  WB_OTHER, WB_LETTER, WB_NUMERIC, WB_MID_NUM_LET, WB_MID_NUM,
  WB_EXTEND_NUM_LET, WB_CR, WB_LF, WB_NEWLINE, WB_SPACE, WB_UNKNOWN
};

// Word-break classes of the ASCII characters (all others are WB_OTHER).
static const uint8_t dd_ascii_class[128] = {
  [0x0A] = WB_LF,
  [0x0B] = WB_NEWLINE,
  [0x0C] = WB_NEWLINE,
  [0x0D] = WB_CR,
  [' '] = WB_SPACE,
  [0x27] = WB_MID_NUM_LET,
  // ICU's rules (CLDR's, not plain UAX #29) join `@` like a letter: e-mail addresses.
  ['@'] = WB_LETTER,
  [','] = WB_MID_NUM,
  ['.'] = WB_MID_NUM_LET,
  ['0'] = WB_NUMERIC,
  ['1'] = WB_NUMERIC,
  ['2'] = WB_NUMERIC,
  ['3'] = WB_NUMERIC,
  ['4'] = WB_NUMERIC,
  ['5'] = WB_NUMERIC,
  ['6'] = WB_NUMERIC,
  ['7'] = WB_NUMERIC,
  ['8'] = WB_NUMERIC,
  ['9'] = WB_NUMERIC,
  // `:` is no MidLetter here: CLDR takes it out for all but a few languages.
  [';'] = WB_MID_NUM,
  ['A'] = WB_LETTER,
  ['B'] = WB_LETTER,
  ['C'] = WB_LETTER,
  ['D'] = WB_LETTER,
  ['E'] = WB_LETTER,
  ['F'] = WB_LETTER,
  ['G'] = WB_LETTER,
  ['H'] = WB_LETTER,
  ['I'] = WB_LETTER,
  ['J'] = WB_LETTER,
  ['K'] = WB_LETTER,
  ['L'] = WB_LETTER,
  ['M'] = WB_LETTER,
  ['N'] = WB_LETTER,
  ['O'] = WB_LETTER,
  ['P'] = WB_LETTER,
  ['Q'] = WB_LETTER,
  ['R'] = WB_LETTER,
  ['S'] = WB_LETTER,
  ['T'] = WB_LETTER,
  ['U'] = WB_LETTER,
  ['V'] = WB_LETTER,
  ['W'] = WB_LETTER,
  ['X'] = WB_LETTER,
  ['Y'] = WB_LETTER,
  ['Z'] = WB_LETTER,
  ['_'] = WB_EXTEND_NUM_LET,
  ['a'] = WB_LETTER,
  ['b'] = WB_LETTER,
  ['c'] = WB_LETTER,
  ['d'] = WB_LETTER,
  ['e'] = WB_LETTER,
  ['f'] = WB_LETTER,
  ['g'] = WB_LETTER,
  ['h'] = WB_LETTER,
  ['i'] = WB_LETTER,
  ['j'] = WB_LETTER,
  ['k'] = WB_LETTER,
  ['l'] = WB_LETTER,
  ['m'] = WB_LETTER,
  ['n'] = WB_LETTER,
  ['o'] = WB_LETTER,
  ['p'] = WB_LETTER,
  ['q'] = WB_LETTER,
  ['r'] = WB_LETTER,
  ['s'] = WB_LETTER,
  ['t'] = WB_LETTER,
  ['u'] = WB_LETTER,
  ['v'] = WB_LETTER,
  ['w'] = WB_LETTER,
  ['x'] = WB_LETTER,
  ['y'] = WB_LETTER,
  ['z'] = WB_LETTER,
};

// The class of the character at `text[*index]`, moving `*index` past it.
static inline uint8_t dd_next_class(const uint8_t *text, int64_t length, int64_t *index) {
  uint8_t lead = text[*index];
  if (lead < 0x80) {
    *index += 1;
    return dd_ascii_class[lead];
  }
  if (lead == 0xC3 && *index + 1 < length) {
    uint8_t second = text[*index + 1];
    // U+00C0–U+00FF are letters, except × and ÷.
    if (second >= 0x80 && second <= 0xBF) {
      *index += 2;
      return (second == 0x97 || second == 0xB7) ? WB_OTHER : WB_LETTER;
    }
    return WB_UNKNOWN;
  }
  if (lead == 0xE2 && *index + 2 < length && text[*index + 1] == 0x80) {
    uint8_t third = text[*index + 2];
    uint8_t value = WB_UNKNOWN;
    if (third == 0x98 || third == 0x99) value = WB_MID_NUM_LET;  // ‘ ’
    else if (third == 0x93 || third == 0x94 || third == 0x9C || third == 0x9D || third == 0xA6) value = WB_OTHER;  // – — “ ” …
    if (value != WB_UNKNOWN) *index += 3;
    return value;
  }
  return WB_UNKNOWN;
}

static inline int dd_is_ah_letter(uint8_t value) { return value == WB_LETTER; }
// No character the shim knows is a MidLetter (see `:`), so only MidNumLetQ joins letters.
static inline int dd_is_mid_letter_q(uint8_t value) { return value == WB_MID_NUM_LET; }
static inline int dd_is_mid_num_q(uint8_t value) { return value == WB_MID_NUM || value == WB_MID_NUM_LET; }

// Word boundaries of text[start..<length] as if it began at `start` (which
// must be a boundary of the whole text, see dd_is_cut), appended to
// `offsets`. Stops at the first character of unknown class and returns its
// offset, with `*undecided` the first position whose boundary it could not
// decide (the rules look one character ahead); returns -1 at the end.
static int64_t dd_simple_run(const uint8_t *text, int64_t start, int64_t length, int32_t *offsets, int32_t *count,
                             int64_t *undecided) {
  *undecided = start;
  int64_t index = start;
  uint8_t before = WB_UNKNOWN, current, after, next;
  current = dd_next_class(text, length, &index);
  if (current == WB_UNKNOWN) return start;
  int64_t currentEnd = index;
  int afterExists = index < length;
  int64_t afterEnd = index;
  after = WB_OTHER;
  if (afterExists) {
    after = dd_next_class(text, length, &afterEnd);
    if (after == WB_UNKNOWN) return currentEnd;  // nothing decided yet
  }
  while (1) {
    if (!afterExists) {
      offsets[(*count)++] = (int32_t)currentEnd;  // WB2: end of text
      return -1;
    }
    // Is there a boundary between `current` and `after` (at currentEnd)?
    int64_t nextEnd = afterEnd;
    int nextExists = nextEnd < length;
    next = WB_OTHER;
    if (nextExists) {
      next = dd_next_class(text, length, &nextEnd);
      if (next == WB_UNKNOWN) {
        *undecided = currentEnd;
        return afterEnd;
      }
    }
    uint8_t left = current, right = after;
    int joined;
    // The common pairs first, with what the rules below give them: letters
    // join (WB5); nothing joins Other (no Extend or Format class here); a
    // space joins only a space (WB3d).
    if (left == WB_LETTER && right == WB_LETTER) joined = 1;
    else if (left == WB_OTHER || right == WB_OTHER) joined = 0;
    else if (left == WB_SPACE || right == WB_SPACE) joined = left == right;
    else if (left == WB_CR && right == WB_LF) joined = 1;                                      // WB3
    else if (left == WB_CR || left == WB_LF || left == WB_NEWLINE) joined = 0;                 // WB3a
    else if (right == WB_CR || right == WB_LF || right == WB_NEWLINE) joined = 0;              // WB3b
    else if (left == WB_SPACE && right == WB_SPACE) joined = 1;                                // WB3d
    else if (dd_is_ah_letter(left) && dd_is_ah_letter(right)) joined = 1;                      // WB5
    else if (dd_is_ah_letter(left) && dd_is_mid_letter_q(right) && nextExists && dd_is_ah_letter(next)) joined = 1;  // WB6
    else if (dd_is_ah_letter(before) && dd_is_mid_letter_q(left) && dd_is_ah_letter(right)) joined = 1;           // WB7
    else if (left == WB_NUMERIC && right == WB_NUMERIC) joined = 1;                            // WB8
    else if (dd_is_ah_letter(left) && right == WB_NUMERIC) joined = 1;                         // WB9
    else if (left == WB_NUMERIC && dd_is_ah_letter(right)) joined = 1;                         // WB10
    else if (before == WB_NUMERIC && dd_is_mid_num_q(left) && right == WB_NUMERIC) joined = 1; // WB11
    else if (left == WB_NUMERIC && dd_is_mid_num_q(right) && nextExists && next == WB_NUMERIC) joined = 1;  // WB12
    else if ((dd_is_ah_letter(left) || left == WB_NUMERIC || left == WB_EXTEND_NUM_LET) && right == WB_EXTEND_NUM_LET) joined = 1;  // WB13a
    else if (left == WB_EXTEND_NUM_LET && (dd_is_ah_letter(right) || right == WB_NUMERIC)) joined = 1;  // WB13b
    else joined = 0;                                                                           // WB999
    if (!joined) offsets[(*count)++] = (int32_t)currentEnd;
    before = current;
    current = after;
    currentEnd = afterEnd;
    after = next;
    afterExists = nextExists;
    afterEnd = nextEnd;
  }
}

// Whether `position` is a boundary whatever stands around it, with no rule
// looking across it: after a line feed (WB3a), or after a space and before an
// ASCII character other than a space (nothing joins a space but a space, or
// an Extend or Format character, none of which is ASCII).
static inline int dd_is_cut(const uint8_t *text, int64_t position) {
  uint8_t previous = text[position - 1];
  if (previous == '\n') return 1;
  return previous == ' ' && text[position] < 0x80 && text[position] != ' ';
}

int32_t dd_break_word_boundaries(DDBreakIterator *iterator, const uint8_t *text, int64_t length,
                                 int32_t *offsets, int32_t *error) {
  *error = 0;
  int32_t count = 0;
  int64_t position = 0;
  while (position < length) {
    int64_t undecided = position;
    // With an ICU whose rules differ (another version), ICU takes everything.
    int64_t unknown = iterator->simpleRulesAgree ? dd_simple_run(text, position, length, offsets, &count, &undecided) : 0;
    if (unknown < 0) break;
    // ICU takes the stretch between the cuts around the unknown character and
    // the boundaries left undecided before it.
    int64_t start = undecided;
    while (start > position && !dd_is_cut(text, start)) start--;
    int64_t end = unknown + 1;
    while (end < length && (!iterator->simpleRulesAgree || !dd_is_cut(text, end))) end++;
    while (count > 0 && offsets[count - 1] > start) count--;
    if (start > 0 && (count == 0 || offsets[count - 1] != start)) offsets[count++] = (int32_t)start;
    int32_t status = dd_break_set_text(iterator, text + start, end - start);
    if (status != 0) {
      *error = status;
      return count;
    }
    int32_t boundary;
    while ((boundary = ubrk_next(iterator->iterator)) != UBRK_DONE) offsets[count++] = (int32_t)(start + boundary);
    iterator->done = 1;
    position = end;
  }
  return count;
}

// A text with every rule and class of the shim in it, broken both ways: ICU
// versions change their rules now and then (CLDR's `@` and `:` did), and
// where this ICU differs the shim's rules are not used at all.
static int dd_simple_rules_agree(DDBreakIterator *iterator) {
  static const char probe[] =
      "Wij zijn er 1 jan. 2026, 3,5% of 12.000 euro; art. 4:12 i.v.m. e-mail a@b.nl x_y 9_a _1 "
      "’s-Hertogenbosch z’n ‘ja’ “nee” – — … cliënt ideeën × 3 ÷ 2 a'b 1'2 a.1 1.a a..b "
      "r\r\ns\rt\nu\x0Bv\x0Cw  x   (y) !z? 10:30 #9 $5 a,b 1;2 \t.";
  int64_t length = (int64_t)sizeof(probe) - 1;
  const uint8_t *text = (const uint8_t *)probe;
  int32_t simple[sizeof(probe)], icu[sizeof(probe)];
  int32_t simpleCount = 0, icuCount = 0;
  int64_t undecided;
  if (dd_simple_run(text, 0, length, simple, &simpleCount, &undecided) >= 0) return 0;
  if (dd_break_set_text(iterator, text, length) != 0) return 0;
  int32_t boundary;
  while ((boundary = ubrk_next(iterator->iterator)) != UBRK_DONE && icuCount < (int32_t)sizeof(probe)) {
    icu[icuCount++] = boundary;
  }
  iterator->done = 1;
  if (simpleCount != icuCount) return 0;
  for (int32_t index = 0; index < icuCount; index++) {
    if (simple[index] != icu[index]) return 0;
  }
  return 1;
}

int dd_break_uses_simple_rules(const DDBreakIterator *iterator) { return iterator->simpleRulesAgree; }

void dd_break_disable_simple_rules(DDBreakIterator *iterator) { iterator->simpleRulesAgree = 0; }
