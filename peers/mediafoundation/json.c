/*
 * json.c - a recursive-descent JSON parser into a tree, and a line writer (see json.h).
 */
#include "json.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deeper nesting than any mfck-wire/1 message has: a bound, so bad input cannot exhaust the stack. */
#define MAX_DEPTH 64

typedef struct {
    const char *at;
    const char *end;
    const char *why;
} parser;

static json_value *parse_value(parser *p, int depth);

static json_value *fail(parser *p, const char *why)
{
    if (!p->why)
        p->why = why;
    return NULL;
}

static void skip_space(parser *p)
{
    while (p->at < p->end && (*p->at == ' ' || *p->at == '\t' || *p->at == '\r' || *p->at == '\n'))
        p->at++;
}

static int take_word(parser *p, const char *word)
{
    size_t length = strlen(word);
    if ((size_t)(p->end - p->at) < length || memcmp(p->at, word, length))
        return 0;
    p->at += length;
    return 1;
}

static json_value *new_value(json_type type)
{
    json_value *value = calloc(1, sizeof(*value));
    if (value)
        value->type = type;
    return value;
}

/* Grows a byte buffer to hold at least `needed` bytes; false when memory ran out. */
static int grow(char **buffer, size_t *capacity, size_t needed)
{
    char *bigger;
    size_t size = *capacity ? *capacity : 64;
    if (needed <= *capacity)
        return 1;
    while (size < needed)
        size *= 2;
    if (!(bigger = realloc(*buffer, size)))
        return 0;
    *buffer = bigger;
    *capacity = size;
    return 1;
}

static int append_code_point(char **out, size_t *length, size_t *capacity, unsigned long cp)
{
    char bytes[4];
    size_t n;
    if (cp < 0x80) { bytes[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { bytes[0] = (char)(0xC0 | (cp >> 6)); bytes[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        bytes[0] = (char)(0xE0 | (cp >> 12)); bytes[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        bytes[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        bytes[0] = (char)(0xF0 | (cp >> 18)); bytes[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        bytes[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); bytes[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    if (!grow(out, capacity, *length + n + 1))
        return 0;
    memcpy(*out + *length, bytes, n);
    *length += n;
    return 1;
}

static int read_hex4(parser *p, unsigned long *out)
{
    unsigned long value = 0;
    int i;
    if (p->end - p->at < 4)
        return 0;
    for (i = 0; i < 4; i++) {
        char c = *p->at++;
        value <<= 4;
        if (c >= '0' && c <= '9') value |= (unsigned long)(c - '0');
        else if (c >= 'a' && c <= 'f') value |= (unsigned long)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') value |= (unsigned long)(c - 'A' + 10);
        else return 0;
    }
    *out = value;
    return 1;
}

/* A \uXXXX escape, joining a surrogate pair into one code point. */
static int read_unicode_escape(parser *p, unsigned long *cp)
{
    unsigned long low;
    if (!read_hex4(p, cp))
        return 0;
    if (*cp >= 0xDC00 && *cp <= 0xDFFF)
        return 0;
    if (*cp < 0xD800 || *cp > 0xDBFF)
        return 1;
    if (!take_word(p, "\\u") || !read_hex4(p, &low) || low < 0xDC00 || low > 0xDFFF)
        return 0;
    *cp = 0x10000 + ((*cp - 0xD800) << 10) + (low - 0xDC00);
    return 1;
}

static char escaped_char(char c)
{
    switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;
    }
}

/* The text of a string whose opening quote was taken, NUL-terminated, in *out. */
static int parse_string_text(parser *p, char **out)
{
    size_t length = 0, capacity = 0;
    *out = NULL;
    if (!grow(out, &capacity, 1))
        return 0;
    while (p->at < p->end && *p->at != '"') {
        unsigned char c = (unsigned char)*p->at++;
        if (c < 0x20) {
            fail(p, "a control character inside a string");
            goto failed;
        }
        if (c == '\\') {
            unsigned long cp;
            char simple;
            if (p->at >= p->end)
                break;
            if (*p->at == 'u') {
                p->at++;
                if (!read_unicode_escape(p, &cp)) {
                    fail(p, "a bad \\u escape");
                    goto failed;
                }
            } else if ((simple = escaped_char(*p->at)) != 0) {
                p->at++;
                cp = (unsigned char)simple;
            } else {
                fail(p, "an unknown escape");
                goto failed;
            }
            if (!append_code_point(out, &length, &capacity, cp))
                goto no_memory;
            continue;
        }
        if (!grow(out, &capacity, length + 2))
            goto no_memory;
        (*out)[length++] = (char)c;
    }
    if (p->at >= p->end) {
        fail(p, "a string that is not closed");
        goto failed;
    }
    p->at++;
    (*out)[length] = 0;
    return 1;
no_memory:
    fail(p, "out of memory");
failed:
    free(*out);
    *out = NULL;
    return 0;
}

static json_value *parse_string(parser *p)
{
    json_value *value = new_value(JSON_STRING);
    if (!value)
        return fail(p, "out of memory");
    p->at++;
    if (!parse_string_text(p, &value->string)) {
        free(value);
        return NULL;
    }
    return value;
}

static const char *skip_digits(const char *at, const char *end)
{
    while (at < end && *at >= '0' && *at <= '9')
        at++;
    return at;
}

/* A number as JSON writes it; integers keep all 64 bits (a position in 100-ns units needs them). */
static json_value *parse_number(parser *p)
{
    const char *start = p->at, *at = p->at;
    char digits[64];
    json_value *value;
    int integral = 1;
    if (at < p->end && *at == '-')
        at++;
    if (at >= p->end || *at < '0' || *at > '9')
        return fail(p, "a bad number");
    at = (*at == '0') ? at + 1 : skip_digits(at, p->end);
    if (at < p->end && *at == '.') {
        const char *fraction = ++at;
        integral = 0;
        if ((at = skip_digits(at, p->end)) == fraction)
            return fail(p, "a bad number");
    }
    if (at < p->end && (*at == 'e' || *at == 'E')) {
        const char *exponent;
        integral = 0;
        at++;
        if (at < p->end && (*at == '+' || *at == '-'))
            at++;
        exponent = at;
        if ((at = skip_digits(at, p->end)) == exponent)
            return fail(p, "a bad number");
    }
    if ((size_t)(at - start) >= sizeof(digits))
        return fail(p, "a number too long");
    memcpy(digits, start, (size_t)(at - start));
    digits[at - start] = 0;
    p->at = at;
    if (!(value = new_value(JSON_NUMBER)))
        return fail(p, "out of memory");
    value->number = strtod(digits, NULL);
    if (integral) {
        errno = 0;
        value->integer = strtoll(digits, NULL, 10);
        value->is_integer = (errno == 0);
    }
    return value;
}

/* Appends one item (and its key, for an object) to a container. */
static int add_item(json_value *container, char *key, json_value *item)
{
    json_value **items = realloc(container->items, (container->count + 1) * sizeof(*items));
    if (!items)
        return 0;
    container->items = items;
    if (container->type == JSON_OBJECT) {
        char **keys = realloc(container->keys, (container->count + 1) * sizeof(*keys));
        if (!keys)
            return 0;
        container->keys = keys;
        keys[container->count] = key;
    }
    items[container->count++] = item;
    return 1;
}

static json_value *parse_container(parser *p, int depth, json_type type)
{
    char close = (type == JSON_OBJECT) ? '}' : ']';
    json_value *container = new_value(type);
    if (!container)
        return fail(p, "out of memory");
    p->at++;
    skip_space(p);
    if (p->at < p->end && *p->at == close) {
        p->at++;
        return container;
    }
    for (;;) {
        char *key = NULL;
        json_value *item;
        skip_space(p);
        if (type == JSON_OBJECT) {
            if (p->at >= p->end || *p->at != '"') {
                fail(p, "an object key that is not a string");
                break;
            }
            p->at++;
            if (!parse_string_text(p, &key))
                break;
            skip_space(p);
            if (p->at >= p->end || *p->at != ':') {
                free(key);
                fail(p, "no colon after an object key");
                break;
            }
            p->at++;
        }
        if (!(item = parse_value(p, depth + 1)) || !add_item(container, key, item)) {
            if (item)
                fail(p, "out of memory");
            json_free(item);
            free(key);
            break;
        }
        skip_space(p);
        if (p->at < p->end && *p->at == ',') {
            p->at++;
            continue;
        }
        if (p->at < p->end && *p->at == close) {
            p->at++;
            return container;
        }
        fail(p, type == JSON_OBJECT ? "an object that is not closed" : "an array that is not closed");
        break;
    }
    json_free(container);
    return NULL;
}

static json_value *parse_value(parser *p, int depth)
{
    json_value *value;
    if (depth > MAX_DEPTH)
        return fail(p, "nesting too deep");
    skip_space(p);
    if (p->at >= p->end)
        return fail(p, "a value is missing");
    switch (*p->at) {
    case '{': return parse_container(p, depth, JSON_OBJECT);
    case '[': return parse_container(p, depth, JSON_ARRAY);
    case '"': return parse_string(p);
    case 't':
    case 'f': {
        int truth = take_word(p, "true");
        if (!truth && !take_word(p, "false"))
            return fail(p, "an unknown word");
        if (!(value = new_value(JSON_BOOL)))
            return fail(p, "out of memory");
        value->boolean = truth;
        return value;
    }
    case 'n':
        if (!take_word(p, "null"))
            return fail(p, "an unknown word");
        return (value = new_value(JSON_NULL)) ? value : fail(p, "out of memory");
    default:
        return parse_number(p);
    }
}

json_value *json_parse(const char *text, size_t length, const char **why)
{
    parser p = { text, text + length, NULL };
    json_value *value = parse_value(&p, 0);
    if (value) {
        skip_space(&p);
        if (p.at != p.end) {
            json_free(value);
            value = fail(&p, "text after the value");
        }
    }
    if (why)
        *why = p.why;
    return value;
}

void json_free(json_value *value)
{
    size_t i;
    if (!value)
        return;
    for (i = 0; i < value->count; i++) {
        json_free(value->items[i]);
        if (value->keys)
            free(value->keys[i]);
    }
    free(value->items);
    free(value->keys);
    free(value->string);
    free(value);
}

const json_value *json_member(const json_value *object, const char *key)
{
    size_t i;
    if (!object || object->type != JSON_OBJECT)
        return NULL;
    for (i = 0; i < object->count; i++)
        if (!strcmp(object->keys[i], key))
            return object->items[i];
    return NULL;
}

const char *json_member_string(const json_value *object, const char *key)
{
    const json_value *member = json_member(object, key);
    return (member && member->type == JSON_STRING) ? member->string : NULL;
}

int json_member_integer(const json_value *object, const char *key, long long *out)
{
    const json_value *member = json_member(object, key);
    if (!member || member->type != JSON_NUMBER || !member->is_integer)
        return 0;
    *out = member->integer;
    return 1;
}

int json_member_is_null(const json_value *object, const char *key)
{
    const json_value *member = json_member(object, key);
    return member && member->type == JSON_NULL;
}

/* ---- the writer ---- */

void jw_init(json_writer *w)
{
    memset(w, 0, sizeof(*w));
}

void jw_release(json_writer *w)
{
    free(w->text);
    jw_init(w);
}

static void put(json_writer *w, const char *bytes, size_t n)
{
    if (w->failed)
        return;
    if (!grow(&w->text, &w->capacity, w->length + n + 1)) {
        w->failed = 1;
        return;
    }
    memcpy(w->text + w->length, bytes, n);
    w->length += n;
    w->text[w->length] = 0;
}

void jw_raw(json_writer *w, const char *text)
{
    put(w, text, strlen(text));
}

/* The comma before a value, unless it is the first of its level or follows its key. */
static void before_value(json_writer *w)
{
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (w->depth > 0 && w->written[w->depth]++ > 0)
        put(w, ",", 1);
}

static void open_level(json_writer *w, const char *bracket)
{
    before_value(w);
    put(w, bracket, 1);
    if (w->depth + 1 >= JSON_WRITER_DEPTH) {
        w->failed = 1;
        return;
    }
    w->written[++w->depth] = 0;
}

static void close_level(json_writer *w, const char *bracket)
{
    if (w->depth > 0)
        w->depth--;
    put(w, bracket, 1);
}

void jw_object_begin(json_writer *w) { open_level(w, "{"); }
void jw_object_end(json_writer *w) { close_level(w, "}"); }
void jw_array_begin(json_writer *w) { open_level(w, "["); }
void jw_array_end(json_writer *w) { close_level(w, "]"); }

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 when it is not valid. */
static size_t utf8_sequence(const unsigned char *s, size_t n)
{
    size_t length, i;
    unsigned long cp;
    if (s[0] < 0x80) return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) { length = 2; cp = s[0] & 0x1F; }
    else if (s[0] >= 0xE0 && s[0] <= 0xEF) { length = 3; cp = s[0] & 0x0F; }
    else if (s[0] >= 0xF0 && s[0] <= 0xF4) { length = 4; cp = s[0] & 0x07; }
    else return 0;
    if (length > n)
        return 0;
    for (i = 1; i < length; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return length;
}

/* A JSON string: quotes, backslashes and control characters escaped, broken UTF-8 replaced by U+FFFD. */
static void put_string(json_writer *w, const char *utf8)
{
    const unsigned char *s = (const unsigned char *)utf8;
    size_t n = strlen(utf8);
    put(w, "\"", 1);
    while (n > 0) {
        size_t length = utf8_sequence(s, n);
        char escape[8];
        if (length == 0) {
            put(w, "\xEF\xBF\xBD", 3);
            length = 1;
        } else if (*s == '"' || *s == '\\') {
            escape[0] = '\\'; escape[1] = (char)*s;
            put(w, escape, 2);
        } else if (*s == '\n') put(w, "\\n", 2);
        else if (*s == '\r') put(w, "\\r", 2);
        else if (*s == '\t') put(w, "\\t", 2);
        else if (*s < 0x20 || *s == 0x7F) {
            snprintf(escape, sizeof(escape), "\\u%04x", *s);
            put(w, escape, 6);
        } else {
            put(w, (const char *)s, length);
        }
        s += length;
        n -= length;
    }
    put(w, "\"", 1);
}

void jw_key(json_writer *w, const char *key)
{
    if (w->depth > 0 && w->written[w->depth]++ > 0)
        put(w, ",", 1);
    put_string(w, key);
    put(w, ":", 1);
    w->after_key = 1;
}

void jw_string(json_writer *w, const char *utf8)
{
    before_value(w);
    put_string(w, utf8 ? utf8 : "");
}

void jw_integer(json_writer *w, long long value)
{
    char digits[32];
    before_value(w);
    snprintf(digits, sizeof(digits), "%lld", value);
    jw_raw(w, digits);
}

void jw_unsigned(json_writer *w, unsigned long long value)
{
    char digits[32];
    before_value(w);
    snprintf(digits, sizeof(digits), "%llu", value);
    jw_raw(w, digits);
}

void jw_boolean(json_writer *w, int value)
{
    before_value(w);
    jw_raw(w, value ? "true" : "false");
}

void jw_null(json_writer *w)
{
    before_value(w);
    jw_raw(w, "null");
}
