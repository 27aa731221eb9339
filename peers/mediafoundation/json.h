/*
 * json.h - the little JSON the peer needs for mfck-wire/1: a parser that turns one line into a
 * tree, and a writer that builds one line with every string escaped.
 *
 * The kit's lines are well-formed, but the parser does not trust them: it refuses what is not
 * JSON (with a reason), limits how deep it nests, and never reads past the line it was given.
 */
#ifndef MFCK_PEER_JSON_H
#define MFCK_PEER_JSON_H

#include <stddef.h>

typedef enum { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT } json_type;

typedef struct json_value json_value;

struct json_value {
    json_type type;
    int boolean;              /* JSON_BOOL */
    int is_integer;           /* JSON_NUMBER written without fraction or exponent, fitting 64 bits */
    long long integer;        /* JSON_NUMBER when is_integer */
    double number;            /* JSON_NUMBER, always */
    char *string;             /* JSON_STRING: UTF-8, NUL-terminated (an embedded \u0000 ends it early) */
    size_t count;             /* JSON_ARRAY, JSON_OBJECT: how many items */
    json_value **items;       /* JSON_ARRAY, JSON_OBJECT: the values */
    char **keys;              /* JSON_OBJECT: the key of each item */
};

/* Parses exactly one JSON value that fills the text; on failure returns NULL and says why. */
json_value *json_parse(const char *text, size_t length, const char **why);
void json_free(json_value *value);

/* The member of an object with that key, or NULL (also when value is not an object). */
const json_value *json_member(const json_value *object, const char *key);
/* The member's string, or NULL when it is absent or not a string. */
const char *json_member_string(const json_value *object, const char *key);
/* True when the member is an integer; its value goes to *out. */
int json_member_integer(const json_value *object, const char *key, long long *out);
/* True when the member is present and null. */
int json_member_is_null(const json_value *object, const char *key);

/*
 * A line being written. Values are written in order; the writer puts the commas in. A writer
 * whose memory ran out is marked failed and ignores what follows, so callers check once.
 */
#define JSON_WRITER_DEPTH 32

typedef struct {
    char *text;
    size_t length;
    size_t capacity;
    int failed;
    int depth;
    int after_key;
    int written[JSON_WRITER_DEPTH];   /* how many members or items each open level has */
} json_writer;

void jw_init(json_writer *w);
void jw_release(json_writer *w);
void jw_object_begin(json_writer *w);
void jw_object_end(json_writer *w);
void jw_array_begin(json_writer *w);
void jw_array_end(json_writer *w);
void jw_key(json_writer *w, const char *key);
void jw_string(json_writer *w, const char *utf8);
void jw_integer(json_writer *w, long long value);
void jw_unsigned(json_writer *w, unsigned long long value);
void jw_boolean(json_writer *w, int value);
void jw_null(json_writer *w);
/* Adds text that is already JSON (or the line's end) as it is. */
void jw_raw(json_writer *w, const char *text);

#endif
