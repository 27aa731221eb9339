/*
 * mfck-peer.c - serves a real Media Foundation media session (mf.dll) to the mfck kit over
 * mfck-wire/1: JSON-RPC 2.0, one JSON object per line, on standard input and output.
 *
 * The peer is a thin pass-through: every request of the kit is one Media Foundation call, made
 * on a thread of its own, answered with the call's HRESULT and out values exactly as they came.
 * The kit's sinks are sample grabbers whose callbacks are requests to the kit; the peer stays
 * inside a callback until the kit answers, which is how the kit holds a sample. The kit's event
 * callbacks are IMFAsyncCallback objects whose Invoke is a request to the kit in the same way.
 *
 * Threads:
 *   - the main thread reads the kit's lines; a request starts a thread of its own (a GetEvent
 *     that blocks must not hold up Shutdown); an answer to one of the peer's own requests wakes
 *     the thread waiting for it;
 *   - Media Foundation's own threads run the grabber and event callbacks, which send the kit
 *     requests and notifications;
 *   - every line to standard output is written whole under one lock.
 * When the kit closes standard input, the peer ends at once (Media Foundation's threads must
 * not keep it alive), and an unhandled exception ends it at once too, with one line on stderr.
 */
#include <windows.h>
#include <objbase.h>
#include <propidl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mfapi.h>
#include <mferror.h>
#include <mfidl.h>

#include "json.h"

#define PROTOCOL "mfck-wire/1"
#define PEER_NAME "Media Foundation (mf.dll) via mfck-peer"
#define PEER_VERSION "1"

/* The protocol's longest line, in bytes. */
#define MAX_LINE (1 << 20)
/* A name the protocol's "ref" allows is at most 64 characters. */
#define NAME_SIZE 72
/* The schema's limit on an event's string value. */
#define MAX_EVENT_STRING 4096

/* JSON-RPC error codes the peer answers with. */
#define RPC_METHOD_NOT_FOUND (-32601)
#define RPC_INVALID_PARAMS (-32602)
#define RPC_FAILED (-32000)

/*
 * Attributes of the peer's own, set on the nodes of the partial topologies it builds. Topology
 * nodes are attribute stores, and the topology loader clones nodes with their attributes, so
 * the resolved (full) topology still says which kit sink and which kit stream a node serves.
 */
static const GUID MFCK_NODE_KIT_SINK =   /* string: the kit's name of the sink of an output node */
    { 0x6d66636b, 0x7369, 0x4e6b, { 0x9a, 0x31, 0x0b, 0x5e, 0x21, 0x70, 0x33, 0x01 } };
static const GUID MFCK_NODE_KIT_STREAM = /* UINT32: the kit's index of the clip stream the node carries */
    { 0x6d66636b, 0x7369, 0x4e6b, { 0x9a, 0x31, 0x0b, 0x5e, 0x21, 0x70, 0x33, 0x02 } };
static const GUID MFCK_NODE_DESCRIPTION = /* string: what the node is, for the kit's trace */
    { 0x6d66636b, 0x7369, 0x4e6b, { 0x9a, 0x31, 0x0b, 0x5e, 0x21, 0x70, 0x33, 0x03 } };

/* ======================================================================================== */
/* Diagnostics: standard error only, never standard output (which carries only the protocol). */
/* ======================================================================================== */

static CRITICAL_SECTION stderr_lock;

static void write_all(HANDLE handle, const char *bytes, DWORD length)
{
    while (length > 0) {
        DWORD written = 0;
        if (!WriteFile(handle, bytes, length, &written, NULL) || written == 0)
            return;
        bytes += written;
        length -= written;
    }
}

static void note(const char *format, ...)
{
    char text[1024];
    va_list args;
    int length = snprintf(text, sizeof(text), "mfck-peer: ");
    va_start(args, format);
    vsnprintf(text + length, sizeof(text) - (size_t)length - 1, format, args);
    va_end(args);
    length = (int)strlen(text);
    text[length++] = '\n';
    EnterCriticalSection(&stderr_lock);
    write_all(GetStdHandle(STD_ERROR_HANDLE), text, (DWORD)length);
    LeaveCriticalSection(&stderr_lock);
}

/* "module+0xoffset" for a code address, or "?" when no module holds it. */
static void describe_address(const void *address, char *text, size_t size)
{
    char module[MAX_PATH];
    HMODULE handle = NULL;
    const char *slash;
    if (!address || !GetModuleHandleExA(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS
                                        | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT, (LPCSTR)address, &handle)
            || !GetModuleFileNameA(handle, module, sizeof(module))) {
        snprintf(text, size, "?");
        return;
    }
    slash = strrchr(module, '\\');
    snprintf(text, size, "%s+0x%llx", slash ? slash + 1 : module,
             (unsigned long long)((ULONG_PTR)address - (ULONG_PTR)handle));
}

/*
 * Wine 8.0 can crash in its own work-queue code when the clock stops while a grabber callback
 * is held. A crashed peer must die at once, saying where, rather than wait in a debugger: the
 * kit sees its output close and starts it again. No lock is taken here: the crash may have
 * happened while one was held. The word at the stack pointer is shown too: after a call
 * through a bad pointer it is the caller's return address.
 */
static LONG WINAPI crash_filter(EXCEPTION_POINTERS *info)
{
    char text[512], where[MAX_PATH + 32], caller[MAX_PATH + 32];
    void *address = info->ExceptionRecord->ExceptionAddress;
    void *top_of_stack = NULL;
#ifdef _WIN64
    if (info->ContextRecord && info->ContextRecord->Rsp
            && !IsBadReadPtr((void *)info->ContextRecord->Rsp, sizeof(void *)))
        top_of_stack = *(void **)info->ContextRecord->Rsp;
#endif
    describe_address(address, where, sizeof(where));
    describe_address(top_of_stack, caller, sizeof(caller));
    snprintf(text, sizeof(text), "mfck-peer: crashed with exception 0x%08lX at address %p (%s) on thread %lu;"
             " word at the stack pointer %p (%s)\n", (unsigned long)info->ExceptionRecord->ExceptionCode, address,
             where, (unsigned long)GetCurrentThreadId(), top_of_stack, caller);
    write_all(GetStdHandle(STD_ERROR_HANDLE), text, (DWORD)strlen(text));
    TerminateProcess(GetCurrentProcess(), 3);
    return EXCEPTION_EXECUTE_HANDLER;
}

/* ======================================================================================== */
/* Text conversions                                                                           */
/* ======================================================================================== */

static WCHAR *wide_from_utf8(const char *utf8)
{
    int length = MultiByteToWideChar(CP_UTF8, 0, utf8, -1, NULL, 0);
    WCHAR *wide = length > 0 ? malloc((size_t)length * sizeof(WCHAR)) : NULL;
    if (wide)
        MultiByteToWideChar(CP_UTF8, 0, utf8, -1, wide, length);
    return wide;
}

/* At most max_units UTF-16 units of wide, as UTF-8; never splits a surrogate pair. */
static char *utf8_from_wide(const WCHAR *wide, size_t max_units)
{
    size_t units = wcslen(wide);
    int length;
    char *utf8;
    if (units > max_units) {
        units = max_units;
        if (units > 0 && wide[units - 1] >= 0xD800 && wide[units - 1] <= 0xDBFF)
            units--;
    }
    length = WideCharToMultiByte(CP_UTF8, 0, wide, (int)units, NULL, 0, NULL, NULL);
    if (!(utf8 = malloc((size_t)length + 1)))
        return NULL;
    WideCharToMultiByte(CP_UTF8, 0, wide, (int)units, utf8, length, NULL, NULL);
    utf8[length] = 0;
    return utf8;
}

/* ======================================================================================== */
/* The wire: lines out                                                                        */
/* ======================================================================================== */

static CRITICAL_SECTION stdout_lock;
static volatile LONG kit_gone;

static void kit_went_away(const char *why);

/* Writes one message and its line end. The lock keeps lines whole when threads write at once. */
static void write_line(json_writer *w)
{
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    const char *bytes;
    DWORD left, written;
    int broken = 0;
    jw_raw(w, "\n");
    if (w->failed) {
        note("out of memory writing a line; it is not sent");
        return;
    }
    if (w->length > MAX_LINE) {
        note("a line of %lu bytes is longer than the protocol allows; it is not sent", (unsigned long)w->length);
        return;
    }
    EnterCriticalSection(&stdout_lock);
    for (bytes = w->text, left = (DWORD)w->length; left > 0 && !kit_gone; bytes += written, left -= written) {
        if (!WriteFile(out, bytes, left, &written, NULL) || written == 0) {
            broken = 1;
            break;
        }
    }
    LeaveCriticalSection(&stdout_lock);
    if (broken)
        kit_went_away("the kit no longer reads the peer's output");
}

/* ======================================================================================== */
/* The wire: the peer's own requests and notifications to the kit                           */
/* ======================================================================================== */

typedef struct pending_call {
    struct pending_call *next;
    long long id;
    HANDLE answered;
} pending_call;

static CRITICAL_SECTION pending_lock;
static pending_call *pending_calls;
static volatile LONG64 last_call_id;

typedef struct {
    json_writer w;
    long long id;   /* 0 for a notification */
} kit_message;

/* Starts {"jsonrpc":"2.0",("id":N,)"method":M,"params":{ ... : the caller writes the params' members. */
static void kit_message_begin(kit_message *m, const char *method, int is_request)
{
    jw_init(&m->w);
    m->id = is_request ? InterlockedIncrement64(&last_call_id) : 0;
    jw_object_begin(&m->w);
    jw_key(&m->w, "jsonrpc");
    jw_string(&m->w, "2.0");
    if (m->id) {
        jw_key(&m->w, "id");
        jw_integer(&m->w, m->id);
    }
    jw_key(&m->w, "method");
    jw_string(&m->w, method);
    jw_key(&m->w, "params");
    jw_object_begin(&m->w);
}

static void kit_message_end(kit_message *m)
{
    jw_object_end(&m->w);
    jw_object_end(&m->w);
}

static void notify_kit(kit_message *m)
{
    kit_message_end(m);
    if (!kit_gone)
        write_line(&m->w);
    jw_release(&m->w);
}

/*
 * Sends a request and waits for the kit's answer, however long the kit takes: holding the
 * answer back is how the kit holds a sample or stays inside its event callback. The call is
 * registered before it is written, so an answer cannot arrive unexpected.
 */
static void call_kit(kit_message *m)
{
    pending_call call = { NULL, m->id, CreateEventW(NULL, TRUE, FALSE, NULL) };
    pending_call **link;
    kit_message_end(m);
    if (!call.answered) {
        note("cannot create an event to wait for the kit's answer to request %lld", m->id);
        jw_release(&m->w);
        return;
    }
    EnterCriticalSection(&pending_lock);
    call.next = pending_calls;
    pending_calls = &call;
    if (kit_gone)
        SetEvent(call.answered);
    LeaveCriticalSection(&pending_lock);
    if (!kit_gone)
        write_line(&m->w);
    jw_release(&m->w);
    WaitForSingleObject(call.answered, INFINITE);
    EnterCriticalSection(&pending_lock);
    for (link = &pending_calls; *link; link = &(*link)->next)
        if (*link == &call) {
            *link = call.next;
            break;
        }
    LeaveCriticalSection(&pending_lock);
    CloseHandle(call.answered);
}

/* The kit answered one of the peer's requests: wake the thread that waits for it. */
static void kit_answered(long long id, const json_value *message)
{
    pending_call *call;
    const json_value *error = json_member(message, "error");
    int found = 0;
    if (error)
        note("the kit answered request %lld with an error: %s", id,
             json_member_string(error, "message") ? json_member_string(error, "message") : "(no message)");
    EnterCriticalSection(&pending_lock);
    for (call = pending_calls; call; call = call->next)
        if (call->id == id) {
            SetEvent(call->answered);
            found = 1;
            break;
        }
    LeaveCriticalSection(&pending_lock);
    if (!found)
        note("the kit answered request %lld, which the peer is not waiting for", id);
}

/* The kit is gone: nobody is left to answer or to report to, so the peer ends now. */
static void kit_went_away(const char *why)
{
    pending_call *call;
    InterlockedExchange(&kit_gone, 1);
    note("%s: exiting", why);
    EnterCriticalSection(&pending_lock);
    for (call = pending_calls; call; call = call->next)
        SetEvent(call->answered);
    LeaveCriticalSection(&pending_lock);
    /* Not ExitProcess: it would wait on loader locks that Media Foundation's threads may hold. */
    TerminateProcess(GetCurrentProcess(), 0);
}

/* ======================================================================================== */
/* Names: what the peer calls the objects it hands the kit, and the kit's objects it made    */
/* ======================================================================================== */

typedef enum {
    KIND_SESSION, KIND_TOPOLOGY, KIND_CLOCK, KIND_RESULT, KIND_CALLBACK, KIND_STATE, KIND_SINK,
    KIND_ENDED_SESSION   /* the name of a session the kit ended: only its name is kept */
} object_kind;

/* What stands for an ended session in the name table: it has no object left. */
static char ended_session_mark;

typedef struct named_object {
    struct named_object *next;
    object_kind kind;
    char name[NAME_SIZE];
    const void *identity;   /* for clocks and states: the pointer that tells one object from another */
    void *object;
} named_object;

/* A critical section is recursive, so find-or-create can hold it around find and add. */
static CRITICAL_SECTION names_lock;
static named_object *names;
static volatile LONG last_name;

static void new_name(char *name, const char *prefix)
{
    snprintf(name, NAME_SIZE, "%s%ld", prefix, (long)InterlockedIncrement(&last_name));
}

static int add_named(object_kind kind, const char *name, const void *identity, void *object)
{
    named_object *entry = calloc(1, sizeof(*entry));
    if (!entry)
        return 0;
    entry->kind = kind;
    snprintf(entry->name, sizeof(entry->name), "%s", name);
    entry->identity = identity;
    entry->object = object;
    EnterCriticalSection(&names_lock);
    entry->next = names;
    names = entry;
    LeaveCriticalSection(&names_lock);
    return 1;
}

static void *find_named(object_kind kind, const char *name)
{
    named_object *entry;
    void *object = NULL;
    if (!name)
        return NULL;
    EnterCriticalSection(&names_lock);
    for (entry = names; entry; entry = entry->next)
        if (entry->kind == kind && !strcmp(entry->name, name)) {
            object = entry->object;
            break;
        }
    LeaveCriticalSection(&names_lock);
    return object;
}

/* The name of the object of that kind with that identity, copied to name; false when none has it. */
static int name_of(object_kind kind, const void *identity, char *name)
{
    named_object *entry;
    int found = 0;
    EnterCriticalSection(&names_lock);
    for (entry = names; entry; entry = entry->next)
        if (entry->kind == kind && entry->identity == identity) {
            snprintf(name, NAME_SIZE, "%s", entry->name);
            found = 1;
            break;
        }
    LeaveCriticalSection(&names_lock);
    return found;
}

/* Removes a name and hands back its object and identity (the caller now owns their references). */
static void *take_named_with(object_kind kind, const char *name, const void **identity)
{
    named_object **link, *entry;
    void *object = NULL;
    if (!name)
        return NULL;
    EnterCriticalSection(&names_lock);
    for (link = &names; *link; link = &(*link)->next)
        if ((*link)->kind == kind && !strcmp((*link)->name, name)) {
            entry = *link;
            *link = entry->next;
            object = entry->object;
            if (identity)
                *identity = entry->identity;
            free(entry);
            break;
        }
    LeaveCriticalSection(&names_lock);
    return object;
}

/* Removes a name and hands back its object (the caller now owns its reference). */
static void *take_named(object_kind kind, const char *name)
{
    return take_named_with(kind, name, NULL);
}

/* What the peer keeps of a session: the media sources of the topologies set on it, which the
 * application (the peer) must shut down itself after the session's Shutdown. */
typedef struct {
    IMFMediaSession *session;
    CRITICAL_SECTION lock;
    IMFMediaSource **sources;
    size_t source_count;
} session_entry;

/* A partial topology the peer built, named by its TOPOID, with the media source it opened. */
typedef struct {
    IMFTopology *topology;
    IMFMediaSource *source;
} topology_entry;

/* ======================================================================================== */
/* Writing HRESULTs, events and topologies                                                   */
/* ======================================================================================== */

#define HR_NAME(hr) { hr, #hr }
static const struct { HRESULT hr; const char *name; } hr_names[] = {
    HR_NAME(S_OK), HR_NAME(S_FALSE), HR_NAME(E_FAIL), HR_NAME(E_POINTER), HR_NAME(E_INVALIDARG),
    HR_NAME(E_NOTIMPL), HR_NAME(E_UNEXPECTED), HR_NAME(E_NOINTERFACE), HR_NAME(E_OUTOFMEMORY),
    HR_NAME(MF_E_SHUTDOWN), HR_NAME(MF_E_INVALIDREQUEST), HR_NAME(MF_E_NO_EVENTS_AVAILABLE),
    HR_NAME(MF_S_MULTIPLE_BEGIN), HR_NAME(MF_E_MULTIPLE_BEGIN), HR_NAME(MF_E_MULTIPLE_SUBSCRIBERS),
    HR_NAME(MF_E_NO_CLOCK), HR_NAME(MF_E_CLOCK_NO_TIME_SOURCE), HR_NAME(MF_E_CLOCK_STATE_ALREADY_SET),
    HR_NAME(MF_E_SESSION_PAUSEWHILESTOPPED), HR_NAME(MF_E_UNSUPPORTED_STATE_TRANSITION),
    HR_NAME(MF_E_INVALID_POSITION), HR_NAME(MF_E_NOT_FOUND), HR_NAME(MF_E_INVALIDMEDIATYPE),
    HR_NAME(MF_E_NOTACCEPTING), HR_NAME(MF_E_TOPO_UNSUPPORTED), HR_NAME(MF_E_TOPO_CODEC_NOT_FOUND),
    HR_NAME(MF_E_TOPO_INVALID_OPTIONAL_NODE), HR_NAME(MF_E_STREAMSINK_REMOVED),
    HR_NAME(MF_E_UNSUPPORTED_BYTESTREAM_TYPE),
};

/* {"hex":"0xC00D3E85","name":"MF_E_SHUTDOWN"}, the name only when the peer knows it. */
static void put_hr(json_writer *w, const char *key, HRESULT hr)
{
    char hex[16];
    size_t i;
    jw_key(w, key);
    jw_object_begin(w);
    snprintf(hex, sizeof(hex), "0x%08lX", (unsigned long)hr);
    jw_key(w, "hex");
    jw_string(w, hex);
    for (i = 0; i < sizeof(hr_names) / sizeof(hr_names[0]); i++)
        if (hr_names[i].hr == hr) {
            jw_key(w, "name");
            jw_string(w, hr_names[i].name);
            break;
        }
    jw_object_end(w);
}

/* An {"hex": ...} from the kit, as an HRESULT; false when it is not one. */
static int hr_from_json(const json_value *value, HRESULT *hr)
{
    const char *hex = json_member_string(value, "hex");
    char *end;
    unsigned long code;
    if (!hex || strncmp(hex, "0x", 2) || strlen(hex) != 10)
        return 0;
    code = strtoul(hex + 2, &end, 16);
    if (*end)
        return 0;
    *hr = (HRESULT)code;
    return 1;
}

static void put_wide_string(json_writer *w, const WCHAR *wide, size_t max_units)
{
    char *utf8 = utf8_from_wide(wide ? wide : L"", max_units);
    jw_string(w, utf8 ? utf8 : "");
    free(utf8);
}

/* An event's value: null, a string, an integer, or the kind of an object. */
static void put_event_value(json_writer *w, const PROPVARIANT *value)
{
    char kind[32];
    switch (value->vt) {
    case VT_EMPTY: jw_null(w); break;
    case VT_LPWSTR: put_wide_string(w, value->pwszVal, MAX_EVENT_STRING); break;
    case VT_I1: jw_integer(w, value->cVal); break;
    case VT_UI1: jw_integer(w, value->bVal); break;
    case VT_I2: jw_integer(w, value->iVal); break;
    case VT_UI2: jw_integer(w, value->uiVal); break;
    case VT_I4: jw_integer(w, value->lVal); break;
    case VT_UI4: jw_integer(w, value->ulVal); break;
    case VT_INT: jw_integer(w, value->intVal); break;
    case VT_UINT: jw_integer(w, value->uintVal); break;
    case VT_ERROR: jw_integer(w, value->scode); break;
    case VT_BOOL: jw_integer(w, value->boolVal ? 1 : 0); break;
    case VT_I8: jw_integer(w, value->hVal.QuadPart); break;
    case VT_UI8: jw_unsigned(w, value->uhVal.QuadPart); break;
    case VT_UNKNOWN: {
        IMFTopology *topology = NULL;
        if (!value->punkVal) {
            jw_null(w);
            break;
        }
        jw_object_begin(w);
        jw_key(w, "kind");
        if (SUCCEEDED(IUnknown_QueryInterface(value->punkVal, &IID_IMFTopology, (void **)&topology))) {
            jw_string(w, "topology");
            IMFTopology_Release(topology);
        } else {
            jw_string(w, "object");
        }
        jw_object_end(w);
        break;
    }
    default:
        snprintf(kind, sizeof(kind), "VARTYPE %u", (unsigned)value->vt);
        jw_object_begin(w);
        jw_key(w, "kind");
        jw_string(w, kind);
        jw_object_end(w);
        break;
    }
}

/* "event": {"type": N, "status": {...}, "value": ...} */
static void put_event(json_writer *w, IMFMediaEvent *event)
{
    MediaEventType type = MEUnknown;
    HRESULT status = S_OK;
    PROPVARIANT value;
    PropVariantInit(&value);
    IMFMediaEvent_GetType(event, &type);
    IMFMediaEvent_GetStatus(event, &status);
    IMFMediaEvent_GetValue(event, &value);
    jw_key(w, "event");
    jw_object_begin(w);
    jw_key(w, "type");
    jw_integer(w, (long long)type);
    put_hr(w, "status", status);
    jw_key(w, "value");
    put_event_value(w, &value);
    jw_object_end(w);
    PropVariantClear(&value);
}

static const char *node_type_name(MF_TOPOLOGY_TYPE type)
{
    switch (type) {
    case MF_TOPOLOGY_OUTPUT_NODE: return "output";
    case MF_TOPOLOGY_SOURCESTREAM_NODE: return "source";
    case MF_TOPOLOGY_TRANSFORM_NODE: return "transform";
    default: return "tee";
    }
}

/*
 * The kit's stream index of a node: the peer's attribute on the node, or, for a node the
 * topology loader inserted (a decoder, a converter), that of the source upstream of it.
 */
static int node_kit_stream(IMFTopologyNode *node, UINT32 *stream)
{
    IMFTopologyNode *current = node, *upstream;
    DWORD output_index;
    int steps, found = 0;
    IMFTopologyNode_AddRef(current);
    for (steps = 0; steps < 32 && !found; steps++) {
        if (SUCCEEDED(IMFTopologyNode_GetUINT32(current, &MFCK_NODE_KIT_STREAM, stream)))
            found = 1;
        else if (FAILED(IMFTopologyNode_GetInput(current, 0, &upstream, &output_index)))
            break;
        else {
            IMFTopologyNode_Release(current);
            current = upstream;
        }
    }
    IMFTopologyNode_Release(current);
    return found;
}

static void put_node_description(json_writer *w, IMFTopologyNode *node, MF_TOPOLOGY_TYPE type)
{
    WCHAR *text = NULL;
    UINT32 length;
    GUID clsid;
    char described[128];
    jw_key(w, "description");
    if (SUCCEEDED(IMFTopologyNode_GetAllocatedString(node, &MFCK_NODE_DESCRIPTION, &text, &length))) {
        put_wide_string(w, text, 250);
        CoTaskMemFree(text);
        return;
    }
    if (type == MF_TOPOLOGY_TRANSFORM_NODE
            && SUCCEEDED(IMFTopologyNode_GetGUID(node, &MF_TOPONODE_TRANSFORM_OBJECTID, &clsid))) {
        snprintf(described, sizeof(described), "transform {%08lX-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
                 (unsigned long)clsid.Data1, clsid.Data2, clsid.Data3, clsid.Data4[0], clsid.Data4[1],
                 clsid.Data4[2], clsid.Data4[3], clsid.Data4[4], clsid.Data4[5], clsid.Data4[6], clsid.Data4[7]);
        jw_string(w, described);
        return;
    }
    jw_string(w, type == MF_TOPOLOGY_TRANSFORM_NODE ? "transform inserted by the topology loader"
                 : node_type_name(type));
}

/* One node: {"id", "type", "stream", "description", "sink", "downstream"}. */
static void put_node(json_writer *w, IMFTopologyNode *node)
{
    MF_TOPOLOGY_TYPE type = MF_TOPOLOGY_TEE_NODE;
    TOPOID id = 0;
    UINT32 stream, length;
    WCHAR *sink = NULL;
    DWORD outputs = 0, i;
    IMFTopologyNode_GetNodeType(node, &type);
    IMFTopologyNode_GetTopoNodeID(node, &id);
    jw_object_begin(w);
    jw_key(w, "id");
    jw_integer(w, (long long)id);   /* the same 64 bits the kit sends back as a Java long */
    jw_key(w, "type");
    jw_string(w, node_type_name(type));
    if (node_kit_stream(node, &stream)) {
        jw_key(w, "stream");
        jw_integer(w, stream);
    }
    put_node_description(w, node, type);
    if (type == MF_TOPOLOGY_OUTPUT_NODE
            && SUCCEEDED(IMFTopologyNode_GetAllocatedString(node, &MFCK_NODE_KIT_SINK, &sink, &length))) {
        jw_key(w, "sink");
        put_wide_string(w, sink, 64);
        CoTaskMemFree(sink);
    }
    jw_key(w, "downstream");
    jw_array_begin(w);
    IMFTopologyNode_GetOutputCount(node, &outputs);
    for (i = 0; i < outputs; i++) {
        IMFTopologyNode *downstream;
        DWORD input_index;
        TOPOID downstream_id;
        if (FAILED(IMFTopologyNode_GetOutput(node, i, &downstream, &input_index)))
            continue;
        if (SUCCEEDED(IMFTopologyNode_GetTopoNodeID(downstream, &downstream_id)))
            jw_integer(w, (long long)downstream_id);
        IMFTopologyNode_Release(downstream);
    }
    jw_array_end(w);
    jw_object_end(w);
}

/* "topology": {"id": TOPOID, "nodes": [...]}, with the topology's real ids. */
static void put_topology(json_writer *w, IMFTopology *topology)
{
    TOPOID id = 0;
    WORD count = 0, i;
    IMFTopology_GetTopologyID(topology, &id);
    IMFTopology_GetNodeCount(topology, &count);
    jw_key(w, "topology");
    jw_object_begin(w);
    jw_key(w, "id");
    jw_integer(w, (long long)id);
    jw_key(w, "nodes");
    jw_array_begin(w);
    for (i = 0; i < count; i++) {
        IMFTopologyNode *node;
        if (FAILED(IMFTopology_GetNode(topology, i, &node)))
            continue;
        put_node(w, node);
        IMFTopologyNode_Release(node);
    }
    jw_array_end(w);
    jw_object_end(w);
}

/* ======================================================================================== */
/* The kit's sinks: sample-grabber callbacks whose every call goes to the kit                */
/* (a sample as a notification, but the one the kit asked to hold as a request)             */
/* ======================================================================================== */

typedef struct {
    IMFSampleGrabberSinkCallback iface;
    LONG refs;
    char sink[NAME_SIZE];
    /*
     * Set by sinks.holdNext: a token that the sinks of one request share, 1 until one of them
     * takes the hold. The sample that takes it is a request; every other sample a notification,
     * so the grabber callback (and Wine's work queue thread it runs on) never waits for the kit
     * unless the kit holds a sample.
     */
    volatile LONG *volatile hold;
} kit_sink;

static kit_sink *kit_sink_of(IMFSampleGrabberSinkCallback *iface)
{
    return CONTAINING_RECORD(iface, kit_sink, iface);
}

/* IMFSampleGrabberSinkCallback2 is refused: the grabber then calls OnProcessSample. */
static HRESULT STDMETHODCALLTYPE kit_sink_QueryInterface(IMFSampleGrabberSinkCallback *iface, REFIID iid, void **out)
{
    if (IsEqualIID(iid, &IID_IUnknown) || IsEqualIID(iid, &IID_IMFClockStateSink)
            || IsEqualIID(iid, &IID_IMFSampleGrabberSinkCallback)) {
        *out = iface;
        IMFSampleGrabberSinkCallback_AddRef(iface);
        return S_OK;
    }
    *out = NULL;
    return E_NOINTERFACE;
}

/*
 * Sinks live as long as the peer, like the kit's callbacks and states: Wine's threads may still
 * call a grabber callback after the last Release (its clock work items run late), and a call
 * into freed memory would crash the peer. A sink is a few bytes; the kit makes a few hundred.
 */
static ULONG STDMETHODCALLTYPE kit_sink_AddRef(IMFSampleGrabberSinkCallback *iface)
{
    return (ULONG)InterlockedIncrement(&kit_sink_of(iface)->refs);
}

static ULONG STDMETHODCALLTYPE kit_sink_Release(IMFSampleGrabberSinkCallback *iface)
{
    return (ULONG)InterlockedDecrement(&kit_sink_of(iface)->refs);
}

/* sink.clockStop, sink.clockPause, sink.clockRestart: {sink, systemTime}. */
static void notify_clock(kit_sink *sink, const char *method, MFTIME system_time)
{
    kit_message m;
    kit_message_begin(&m, method, 0);
    jw_key(&m.w, "sink");
    jw_string(&m.w, sink->sink);
    jw_key(&m.w, "systemTime");
    jw_integer(&m.w, system_time);
    notify_kit(&m);
}

static HRESULT STDMETHODCALLTYPE kit_sink_OnClockStart(IMFSampleGrabberSinkCallback *iface, MFTIME system_time,
                                                       LONGLONG offset)
{
    kit_message m;
    kit_message_begin(&m, "sink.clockStart", 0);
    jw_key(&m.w, "sink");
    jw_string(&m.w, kit_sink_of(iface)->sink);
    jw_key(&m.w, "systemTime");
    jw_integer(&m.w, system_time);
    jw_key(&m.w, "offset");
    jw_integer(&m.w, offset);
    notify_kit(&m);
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE kit_sink_OnClockStop(IMFSampleGrabberSinkCallback *iface, MFTIME system_time)
{
    notify_clock(kit_sink_of(iface), "sink.clockStop", system_time);
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE kit_sink_OnClockPause(IMFSampleGrabberSinkCallback *iface, MFTIME system_time)
{
    notify_clock(kit_sink_of(iface), "sink.clockPause", system_time);
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE kit_sink_OnClockRestart(IMFSampleGrabberSinkCallback *iface, MFTIME system_time)
{
    notify_clock(kit_sink_of(iface), "sink.clockRestart", system_time);
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE kit_sink_OnClockSetRate(IMFSampleGrabberSinkCallback *iface, MFTIME system_time,
                                                         float rate)
{
    (void)iface; (void)system_time; (void)rate;
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE kit_sink_OnSetPresentationClock(IMFSampleGrabberSinkCallback *iface,
                                                                 IMFPresentationClock *clock)
{
    (void)iface; (void)clock;
    return S_OK;
}

/* True when this sample takes the hold the kit asked for: this sink's token, if no other sink took it first. */
static int kit_sink_takes_hold(kit_sink *sink)
{
    volatile LONG *token = InterlockedExchangePointer((PVOID volatile *)&sink->hold, NULL);
    return token && InterlockedExchange(token, 0) == 1;
}

/*
 * Tells the kit of the sample. The sample the kit asked to hold is a request: the callback
 * blocks until the kit's sink lets it go (the kit holds it by not answering yet).
 */
static HRESULT STDMETHODCALLTYPE kit_sink_OnProcessSample(IMFSampleGrabberSinkCallback *iface, REFGUID major_type,
                                                          DWORD flags, LONGLONG time, LONGLONG duration,
                                                          const BYTE *buffer, DWORD size)
{
    kit_message m;
    int held = kit_sink_takes_hold(kit_sink_of(iface));
    (void)flags; (void)buffer;
    kit_message_begin(&m, "sink.processSample", held);
    jw_key(&m.w, "sink");
    jw_string(&m.w, kit_sink_of(iface)->sink);
    jw_key(&m.w, "majorType");
    jw_string(&m.w, IsEqualGUID(major_type, &MFMediaType_Audio) ? "audio" : "video");
    jw_key(&m.w, "time");
    jw_integer(&m.w, time);
    jw_key(&m.w, "duration");
    jw_integer(&m.w, duration);
    jw_key(&m.w, "size");
    jw_integer(&m.w, size);
    if (held)
        call_kit(&m);
    else
        notify_kit(&m);
    return S_OK;
}

static HRESULT STDMETHODCALLTYPE kit_sink_OnShutdown(IMFSampleGrabberSinkCallback *iface)
{
    kit_message m;
    kit_message_begin(&m, "sink.shutdown", 0);
    jw_key(&m.w, "sink");
    jw_string(&m.w, kit_sink_of(iface)->sink);
    notify_kit(&m);
    return S_OK;
}

static IMFSampleGrabberSinkCallbackVtbl kit_sink_vtbl = {
    kit_sink_QueryInterface, kit_sink_AddRef, kit_sink_Release,
    kit_sink_OnClockStart, kit_sink_OnClockStop, kit_sink_OnClockPause, kit_sink_OnClockRestart,
    kit_sink_OnClockSetRate,
    kit_sink_OnSetPresentationClock, kit_sink_OnProcessSample, kit_sink_OnShutdown,
};

static kit_sink *kit_sink_create(const char *name)
{
    kit_sink *sink = calloc(1, sizeof(*sink));
    if (!sink)
        return NULL;
    sink->iface.lpVtbl = &kit_sink_vtbl;
    sink->refs = 1;
    snprintf(sink->sink, sizeof(sink->sink), "%s", name);
    if (!add_named(KIND_SINK, name, sink, sink)) {
        free(sink);
        return NULL;
    }
    return sink;
}

/* ======================================================================================== */
/* The kit's event callbacks and their state objects                                         */
/* ======================================================================================== */

/* A state object: the kit only needs to tell one from another, so it is a bare IUnknown. */
typedef struct {
    IUnknown iface;
    LONG refs;
} kit_state;

static HRESULT STDMETHODCALLTYPE kit_state_QueryInterface(IUnknown *iface, REFIID iid, void **out)
{
    if (IsEqualIID(iid, &IID_IUnknown)) {
        *out = iface;
        IUnknown_AddRef(iface);
        return S_OK;
    }
    *out = NULL;
    return E_NOINTERFACE;
}

/* States live as long as the peer: the kit may name one again at any time. */
static ULONG STDMETHODCALLTYPE kit_state_AddRef(IUnknown *iface)
{
    return (ULONG)InterlockedIncrement(&CONTAINING_RECORD(iface, kit_state, iface)->refs);
}

static ULONG STDMETHODCALLTYPE kit_state_Release(IUnknown *iface)
{
    return (ULONG)InterlockedDecrement(&CONTAINING_RECORD(iface, kit_state, iface)->refs);
}

static IUnknownVtbl kit_state_vtbl = { kit_state_QueryInterface, kit_state_AddRef, kit_state_Release };

/* The state the kit calls by that name: the same object every time. */
static IUnknown *kit_state_named(const char *name)
{
    kit_state *state;
    EnterCriticalSection(&names_lock);
    if (!(state = find_named(KIND_STATE, name)) && (state = calloc(1, sizeof(*state)))) {
        state->iface.lpVtbl = &kit_state_vtbl;
        state->refs = 1;
        if (!add_named(KIND_STATE, name, &state->iface, state)) {
            free(state);
            state = NULL;
        }
    }
    LeaveCriticalSection(&names_lock);
    return state ? &state->iface : NULL;
}

typedef struct {
    IMFAsyncCallback iface;
    LONG refs;
    char name[NAME_SIZE];
} kit_callback;

static kit_callback *kit_callback_of(IMFAsyncCallback *iface)
{
    return CONTAINING_RECORD(iface, kit_callback, iface);
}

static HRESULT STDMETHODCALLTYPE kit_callback_QueryInterface(IMFAsyncCallback *iface, REFIID iid, void **out)
{
    if (IsEqualIID(iid, &IID_IUnknown) || IsEqualIID(iid, &IID_IMFAsyncCallback)) {
        *out = iface;
        IMFAsyncCallback_AddRef(iface);
        return S_OK;
    }
    *out = NULL;
    return E_NOINTERFACE;
}

/* Callbacks live as long as the peer: the kit may name one again at any time. */
static ULONG STDMETHODCALLTYPE kit_callback_AddRef(IMFAsyncCallback *iface)
{
    return (ULONG)InterlockedIncrement(&kit_callback_of(iface)->refs);
}

static ULONG STDMETHODCALLTYPE kit_callback_Release(IMFAsyncCallback *iface)
{
    return (ULONG)InterlockedDecrement(&kit_callback_of(iface)->refs);
}

/* E_NOTIMPL: Media Foundation then uses its defaults (the standard work queue). */
static HRESULT STDMETHODCALLTYPE kit_callback_GetParameters(IMFAsyncCallback *iface, DWORD *flags, DWORD *queue)
{
    (void)iface; (void)flags; (void)queue;
    return E_NOTIMPL;
}

/*
 * The event generator has an event for the kit: name the result (the kit hands the name back
 * to EndGetEvent, from another request) and stay here until the kit's callback has returned.
 */
static HRESULT STDMETHODCALLTYPE kit_callback_Invoke(IMFAsyncCallback *iface, IMFAsyncResult *result)
{
    kit_message m;
    char result_name[NAME_SIZE], state_name[NAME_SIZE];
    IUnknown *state = NULL;
    int has_state = 0;
    new_name(result_name, "result-");
    IMFAsyncResult_AddRef(result);
    if (!add_named(KIND_RESULT, result_name, result, result)) {
        IMFAsyncResult_Release(result);
        note("out of memory naming an asynchronous result; the kit's callback is not invoked");
        return S_OK;
    }
    if (SUCCEEDED(IMFAsyncResult_GetState(result, &state)) && state) {
        has_state = name_of(KIND_STATE, state, state_name);
        IUnknown_Release(state);
    }
    kit_message_begin(&m, "callback.invoke", 1);
    jw_key(&m.w, "callback");
    jw_string(&m.w, kit_callback_of(iface)->name);
    jw_key(&m.w, "result");
    jw_string(&m.w, result_name);
    jw_key(&m.w, "state");
    if (has_state)
        jw_string(&m.w, state_name);
    else
        jw_null(&m.w);
    put_hr(&m.w, "status", IMFAsyncResult_GetStatus(result));
    call_kit(&m);
    return S_OK;
}

static IMFAsyncCallbackVtbl kit_callback_vtbl = {
    kit_callback_QueryInterface, kit_callback_AddRef, kit_callback_Release,
    kit_callback_GetParameters, kit_callback_Invoke,
};

/* The callback the kit calls by that name: the same object every time. */
static IMFAsyncCallback *kit_callback_named(const char *name)
{
    kit_callback *callback;
    EnterCriticalSection(&names_lock);
    if (!(callback = find_named(KIND_CALLBACK, name)) && (callback = calloc(1, sizeof(*callback)))) {
        callback->iface.lpVtbl = &kit_callback_vtbl;
        callback->refs = 1;
        snprintf(callback->name, sizeof(callback->name), "%s", name);
        if (!add_named(KIND_CALLBACK, name, callback, callback)) {
            free(callback);
            callback = NULL;
        }
    }
    LeaveCriticalSection(&names_lock);
    return callback ? &callback->iface : NULL;
}

/* ======================================================================================== */
/* Requests: each answers with a result, or refuses with a JSON-RPC error                    */
/* ======================================================================================== */

typedef struct {
    json_writer w;          /* the result object's members go here */
    int error_code;         /* non-zero: the request is refused with this error instead */
    char error[512];
    void (*afterwards)(void *context);   /* work done once the answer is written, if any */
    void *context;
} reply;

static void refuse(reply *r, int code, const char *format, ...)
{
    va_list args;
    r->error_code = code;
    va_start(args, format);
    vsnprintf(r->error, sizeof(r->error), format, args);
    va_end(args);
}

static void put_answer(reply *r, HRESULT hr)
{
    put_hr(&r->w, "hr", hr);
}

static session_entry *session_named(const json_value *params, reply *r)
{
    const char *name = json_member_string(params, "session");
    session_entry *session = find_named(KIND_SESSION, name);
    if (!session)
        refuse(r, RPC_INVALID_PARAMS, "no session named %s: the peer never gave it", name ? name : "(none)");
    return session;
}

static IMFClock *clock_named(const json_value *params, reply *r)
{
    const char *name = json_member_string(params, "clock");
    IMFClock *clock = find_named(KIND_CLOCK, name);
    if (!clock)
        refuse(r, RPC_INVALID_PARAMS, "no clock named %s: the peer never gave it", name ? name : "(none)");
    return clock;
}

static void handle_initialize(const json_value *params, reply *r)
{
    const char *protocol = json_member_string(params, "protocol");
    if (!protocol || strcmp(protocol, PROTOCOL)) {
        refuse(r, RPC_INVALID_PARAMS, "this peer speaks %s only", PROTOCOL);
        return;
    }
    jw_key(&r->w, "protocol");
    jw_string(&r->w, PROTOCOL);
    jw_key(&r->w, "peer");
    jw_object_begin(&r->w);
    jw_key(&r->w, "name");
    jw_string(&r->w, PEER_NAME);
    jw_key(&r->w, "version");
    jw_string(&r->w, PEER_VERSION);
    jw_object_end(&r->w);
    jw_key(&r->w, "capabilities");
    jw_object_begin(&r->w);
    jw_key(&r->w, "liveResources");
    jw_boolean(&r->w, 0);
    jw_object_end(&r->w);
}

static void handle_create_session(const json_value *params, reply *r)
{
    session_entry *entry;
    char name[NAME_SIZE];
    HRESULT hr;
    (void)params;
    if (!(entry = calloc(1, sizeof(*entry)))) {
        refuse(r, RPC_FAILED, "out of memory");
        return;
    }
    if (FAILED(hr = MFCreateMediaSession(NULL, &entry->session))) {
        free(entry);
        refuse(r, RPC_FAILED, "MFCreateMediaSession failed, hr 0x%08lX", (unsigned long)hr);
        return;
    }
    InitializeCriticalSection(&entry->lock);
    new_name(name, "s");
    if (!add_named(KIND_SESSION, name, entry->session, entry)) {
        IMFMediaSession_Shutdown(entry->session);
        IMFMediaSession_Release(entry->session);
        DeleteCriticalSection(&entry->lock);
        free(entry);
        refuse(r, RPC_FAILED, "out of memory");
        return;
    }
    jw_key(&r->w, "session");
    jw_string(&r->w, name);
}

/* --- provider.createPartialTopology --- */

/* The clip's file as Windows names it: a Linux absolute path is under Wine's Z: drive. */
static WCHAR *clip_file_name(const char *path)
{
    char *windows = malloc(strlen(path) + 3), *c;
    WCHAR *wide;
    if (!windows)
        return NULL;
    if (path[0] == '/')
        snprintf(windows, strlen(path) + 3, "Z:%s", path);
    else
        snprintf(windows, strlen(path) + 3, "%s", path);
    for (c = windows; *c; c++)
        if (*c == '/')
            *c = '\\';
    wide = wide_from_utf8(windows);
    free(windows);
    return wide;
}

static HRESULT open_media_source(const WCHAR *url, IMFMediaSource **source)
{
    IMFSourceResolver *resolver = NULL;
    MF_OBJECT_TYPE type = MF_OBJECT_INVALID;
    IUnknown *object = NULL;
    HRESULT hr;
    *source = NULL;
    if (FAILED(hr = MFCreateSourceResolver(&resolver)))
        return hr;
    hr = IMFSourceResolver_CreateObjectFromURL(resolver, url, MF_RESOLUTION_MEDIASOURCE, NULL, &type, &object);
    if (SUCCEEDED(hr)) {
        hr = IUnknown_QueryInterface(object, &IID_IMFMediaSource, (void **)source);
        IUnknown_Release(object);
    }
    IMFSourceResolver_Release(resolver);
    return hr;
}

static const GUID *major_type_guid(const char *name)
{
    if (name && !strcmp(name, "audio"))
        return &MFMediaType_Audio;
    if (name && !strcmp(name, "video"))
        return &MFMediaType_Video;
    return NULL;
}

static int stream_major_type(IMFStreamDescriptor *descriptor, GUID *major)
{
    IMFMediaTypeHandler *handler;
    HRESULT hr;
    if (FAILED(IMFStreamDescriptor_GetMediaTypeHandler(descriptor, &handler)))
        return 0;
    hr = IMFMediaTypeHandler_GetMajorType(handler, major);
    IMFMediaTypeHandler_Release(handler);
    return SUCCEEDED(hr);
}

/*
 * The source's stream that is the kit's stream: the kit counts streams in its clip's order,
 * the source in its own, so a stream is found by its major type and its rank among the
 * streams of that type (the first video, the first audio...).
 */
static int find_source_stream(IMFPresentationDescriptor *pd, const GUID *major, int rank, DWORD *index)
{
    DWORD count = 0, i;
    IMFPresentationDescriptor_GetStreamDescriptorCount(pd, &count);
    for (i = 0; i < count; i++) {
        IMFStreamDescriptor *descriptor;
        BOOL selected;
        GUID type;
        int same;
        if (FAILED(IMFPresentationDescriptor_GetStreamDescriptorByIndex(pd, i, &selected, &descriptor)))
            continue;
        same = stream_major_type(descriptor, &type) && IsEqualGUID(&type, major);
        IMFStreamDescriptor_Release(descriptor);
        if (same && rank-- == 0) {
            *index = i;
            return 1;
        }
    }
    return 0;
}

/*
 * The subtype the grabber asks for. Video: I420, which Wine's decoders give. Audio: the
 * stream's own subtype when it is already uncompressed (PCM in a WAV file: Wine 8.0's topology
 * loader finds no converter from PCM to float), else 32-bit float, which decoders give.
 */
static const GUID *grabber_subtype(IMFStreamDescriptor *descriptor, const GUID *major)
{
    IMFMediaTypeHandler *handler;
    IMFMediaType *current;
    GUID subtype;
    const GUID *chosen = &MFAudioFormat_Float;
    if (IsEqualGUID(major, &MFMediaType_Video))
        return &MFVideoFormat_I420;
    if (FAILED(IMFStreamDescriptor_GetMediaTypeHandler(descriptor, &handler)))
        return chosen;
    if (SUCCEEDED(IMFMediaTypeHandler_GetCurrentMediaType(handler, &current))
            || SUCCEEDED(IMFMediaTypeHandler_GetMediaTypeByIndex(handler, 0, &current))) {
        if (SUCCEEDED(IMFMediaType_GetGUID(current, &MF_MT_SUBTYPE, &subtype))
                && IsEqualGUID(&subtype, &MFAudioFormat_PCM))
            chosen = &MFAudioFormat_PCM;
        IMFMediaType_Release(current);
    }
    IMFMediaTypeHandler_Release(handler);
    return chosen;
}

/* A partial type, only the major type and the subtype: the loader fills in the rest. */
static HRESULT grabber_media_type(const GUID *major, const GUID *subtype, IMFMediaType **type)
{
    HRESULT hr;
    if (FAILED(hr = MFCreateMediaType(type)))
        return hr;
    hr = IMFMediaType_SetGUID(*type, &MF_MT_MAJOR_TYPE, major);
    if (SUCCEEDED(hr))
        hr = IMFMediaType_SetGUID(*type, &MF_MT_SUBTYPE, subtype);
    if (FAILED(hr)) {
        IMFMediaType_Release(*type);
        *type = NULL;
    }
    return hr;
}

static const char *subtype_name(const GUID *subtype)
{
    if (IsEqualGUID(subtype, &MFVideoFormat_I420)) return "I420";
    if (IsEqualGUID(subtype, &MFAudioFormat_PCM)) return "PCM";
    return "float";
}

static HRESULT set_node_text(IMFTopologyNode *node, const GUID *key, const char *utf8)
{
    WCHAR *wide = wide_from_utf8(utf8);
    HRESULT hr = wide ? IMFTopologyNode_SetString(node, key, wide) : E_OUTOFMEMORY;
    free(wide);
    return hr;
}

static HRESULT create_source_node(IMFMediaSource *source, IMFPresentationDescriptor *pd,
                                  IMFStreamDescriptor *descriptor, UINT32 kit_stream, const char *description,
                                  IMFTopologyNode **node)
{
    HRESULT hr;
    if (FAILED(hr = MFCreateTopologyNode(MF_TOPOLOGY_SOURCESTREAM_NODE, node)))
        return hr;
    if (SUCCEEDED(hr))
        hr = IMFTopologyNode_SetUnknown(*node, &MF_TOPONODE_SOURCE, (IUnknown *)source);
    if (SUCCEEDED(hr))
        hr = IMFTopologyNode_SetUnknown(*node, &MF_TOPONODE_PRESENTATION_DESCRIPTOR, (IUnknown *)pd);
    if (SUCCEEDED(hr))
        hr = IMFTopologyNode_SetUnknown(*node, &MF_TOPONODE_STREAM_DESCRIPTOR, (IUnknown *)descriptor);
    if (SUCCEEDED(hr))
        hr = IMFTopologyNode_SetUINT32(*node, &MFCK_NODE_KIT_STREAM, kit_stream);
    if (SUCCEEDED(hr))
        hr = set_node_text(*node, &MFCK_NODE_DESCRIPTION, description);
    if (FAILED(hr)) {
        IMFTopologyNode_Release(*node);
        *node = NULL;
    }
    return hr;
}

/* An output node whose object is a sample-grabber sink activate calling the kit's sink. */
static HRESULT create_grabber_node(const char *sink_name, const GUID *major, const GUID *subtype,
                                   UINT32 kit_stream, const char *description, IMFTopologyNode **node)
{
    kit_sink *sink = kit_sink_create(sink_name);
    IMFMediaType *type = NULL;
    IMFActivate *activate = NULL;
    HRESULT hr;
    *node = NULL;
    if (!sink)
        return E_OUTOFMEMORY;
    hr = grabber_media_type(major, subtype, &type);
    if (SUCCEEDED(hr))
        hr = MFCreateSampleGrabberSinkActivate(type, &sink->iface, &activate);
    if (SUCCEEDED(hr))
        hr = MFCreateTopologyNode(MF_TOPOLOGY_OUTPUT_NODE, node);
    if (SUCCEEDED(hr))
        hr = IMFTopologyNode_SetObject(*node, (IUnknown *)activate);
    if (SUCCEEDED(hr))
        hr = IMFTopologyNode_SetUINT32(*node, &MF_TOPONODE_STREAMID, 0);
    if (SUCCEEDED(hr))
        hr = IMFTopologyNode_SetUINT32(*node, &MFCK_NODE_KIT_STREAM, kit_stream);
    if (SUCCEEDED(hr))
        hr = set_node_text(*node, &MFCK_NODE_KIT_SINK, sink_name);
    if (SUCCEEDED(hr))
        hr = set_node_text(*node, &MFCK_NODE_DESCRIPTION, description);
    if (FAILED(hr) && *node) {
        IMFTopologyNode_Release(*node);
        *node = NULL;
    }
    if (activate)
        IMFActivate_Release(activate);
    if (type)
        IMFMediaType_Release(type);
    IMFSampleGrabberSinkCallback_Release(&sink->iface);
    return hr;
}

/* One branch of the topology: the source's stream, selected, into the kit sink's grabber. */
static HRESULT add_branch(IMFTopology *topology, IMFMediaSource *source, IMFPresentationDescriptor *pd,
                          DWORD source_index, const char *clip_name, const char *major_name, UINT32 kit_stream,
                          const char *sink_name)
{
    const GUID *major = major_type_guid(major_name), *subtype;
    IMFStreamDescriptor *descriptor = NULL;
    IMFTopologyNode *source_node = NULL, *output_node = NULL;
    char source_text[256], output_text[256];
    BOOL selected;
    HRESULT hr;
    if (FAILED(hr = IMFPresentationDescriptor_GetStreamDescriptorByIndex(pd, source_index, &selected, &descriptor)))
        return hr;
    subtype = grabber_subtype(descriptor, major);
    snprintf(source_text, sizeof(source_text), "stream %u (%s) of %s", kit_stream, major_name, clip_name);
    snprintf(output_text, sizeof(output_text), "sample grabber of kit sink %s (%s, %s)", sink_name, major_name,
             subtype_name(subtype));
    hr = IMFPresentationDescriptor_SelectStream(pd, source_index);
    if (SUCCEEDED(hr))
        hr = create_source_node(source, pd, descriptor, kit_stream, source_text, &source_node);
    if (SUCCEEDED(hr))
        hr = create_grabber_node(sink_name, major, subtype, kit_stream, output_text, &output_node);
    if (SUCCEEDED(hr))
        hr = IMFTopology_AddNode(topology, source_node);
    if (SUCCEEDED(hr))
        hr = IMFTopology_AddNode(topology, output_node);
    if (SUCCEEDED(hr))
        hr = IMFTopologyNode_ConnectOutput(source_node, 0, output_node, 0);
    if (output_node)
        IMFTopologyNode_Release(output_node);
    if (source_node)
        IMFTopologyNode_Release(source_node);
    IMFStreamDescriptor_Release(descriptor);
    return hr;
}

static void deselect_all_streams(IMFPresentationDescriptor *pd)
{
    DWORD count = 0, i;
    IMFPresentationDescriptor_GetStreamDescriptorCount(pd, &count);
    for (i = 0; i < count; i++)
        IMFPresentationDescriptor_DeselectStream(pd, i);
}

/* The kit's stream of that index in the clip: its major type, and its rank among streams of that type. */
static const char *kit_stream_major(const json_value *streams, long long index, int *rank)
{
    size_t i;
    const char *major = NULL;
    for (i = 0; streams && streams->type == JSON_ARRAY && i < streams->count; i++) {
        long long each;
        if (json_member_integer(streams->items[i], "index", &each) && each == index) {
            major = json_member_string(streams->items[i], "majorType");
            break;
        }
    }
    *rank = 0;
    for (size_t j = 0; major && j < i; j++) {
        const char *other = json_member_string(streams->items[j], "majorType");
        if (other && !strcmp(other, major))
            (*rank)++;
    }
    return major;
}

/* Adds a branch for each of the kit's sinks; the streams without a sink stay deselected. */
static HRESULT add_kit_branches(IMFTopology *topology, IMFMediaSource *source, IMFPresentationDescriptor *pd,
                                const json_value *clip, const json_value *sinks, reply *r)
{
    const char *clip_name = json_member_string(clip, "name");
    const json_value *streams = json_member(clip, "streams");
    size_t i;
    HRESULT hr = S_OK;
    deselect_all_streams(pd);
    for (i = 0; sinks && sinks->type == JSON_ARRAY && i < sinks->count && SUCCEEDED(hr); i++) {
        const char *sink_name = json_member_string(sinks->items[i], "sink");
        const char *major;
        long long kit_stream;
        DWORD source_index;
        int rank;
        if (!sink_name || !json_member_integer(sinks->items[i], "stream", &kit_stream)
                || !(major = kit_stream_major(streams, kit_stream, &rank)) || !major_type_guid(major)) {
            refuse(r, RPC_INVALID_PARAMS, "sink %lu names no stream of the clip", (unsigned long)i);
            return E_INVALIDARG;
        }
        if (!find_source_stream(pd, major_type_guid(major), rank, &source_index)) {
            refuse(r, RPC_FAILED, "the media source of %s has no %s stream for kit stream %lld",
                   clip_name ? clip_name : "the clip", major, kit_stream);
            return MF_E_NOT_FOUND;
        }
        hr = add_branch(topology, source, pd, source_index, clip_name ? clip_name : "the clip", major,
                        (UINT32)kit_stream, sink_name);
    }
    if (FAILED(hr))
        refuse(r, RPC_FAILED, "building the topology failed, hr 0x%08lX", (unsigned long)hr);
    return hr;
}

static void topology_name(TOPOID id, char *name)
{
    snprintf(name, NAME_SIZE, "%llu", (unsigned long long)id);
}

/* Keeps a partial topology the peer built by its id, for a later setTopology, with its source. */
static void remember_topology(IMFTopology *topology, IMFMediaSource *source)
{
    topology_entry *entry;
    char name[NAME_SIZE];
    TOPOID id = 0;
    IMFTopology_GetTopologyID(topology, &id);
    topology_name(id, name);
    EnterCriticalSection(&names_lock);
    if (!find_named(KIND_TOPOLOGY, name) && (entry = calloc(1, sizeof(*entry)))) {
        IMFTopology_AddRef(topology);
        if (source)
            IMFMediaSource_AddRef(source);
        entry->topology = topology;
        entry->source = source;
        if (!add_named(KIND_TOPOLOGY, name, topology, entry)) {
            IMFTopology_Release(topology);
            if (source)
                IMFMediaSource_Release(source);
            free(entry);
        }
    }
    LeaveCriticalSection(&names_lock);
}

static void handle_create_partial_topology(const json_value *params, reply *r)
{
    const json_value *clip = json_member(params, "clip");
    const char *path = json_member_string(clip, "path");
    IMFMediaSource *source = NULL;
    IMFPresentationDescriptor *pd = NULL;
    IMFTopology *topology = NULL;
    WCHAR *file;
    HRESULT hr;
    if (!path || !(file = clip_file_name(path))) {
        refuse(r, RPC_INVALID_PARAMS, "the clip has no path");
        return;
    }
    if (FAILED(hr = open_media_source(file, &source)))
        refuse(r, RPC_FAILED, "the source resolver cannot open %s, hr 0x%08lX", path, (unsigned long)hr);
    else if (FAILED(hr = IMFMediaSource_CreatePresentationDescriptor(source, &pd)))
        refuse(r, RPC_FAILED, "CreatePresentationDescriptor failed, hr 0x%08lX", (unsigned long)hr);
    else if (FAILED(hr = MFCreateTopology(&topology)))
        refuse(r, RPC_FAILED, "MFCreateTopology failed, hr 0x%08lX", (unsigned long)hr);
    else if (SUCCEEDED(hr = add_kit_branches(topology, source, pd, clip, json_member(params, "sinks"), r))) {
        remember_topology(topology, source);
        put_topology(&r->w, topology);
    }
    if (FAILED(hr) && source)
        IMFMediaSource_Shutdown(source);   /* nobody will use it: let it free its pipeline now */
    if (topology)
        IMFTopology_Release(topology);
    if (pd)
        IMFPresentationDescriptor_Release(pd);
    if (source)
        IMFMediaSource_Release(source);
    free(file);
}

/* --- session methods --- */

/* The application must shut down the sources it gave a session; the peer keeps them for that. */
static void remember_source(session_entry *session, IMFMediaSource *source)
{
    IMFMediaSource **bigger;
    size_t i;
    EnterCriticalSection(&session->lock);
    for (i = 0; i < session->source_count; i++)
        if (session->sources[i] == source)
            break;
    if (i == session->source_count
            && (bigger = realloc(session->sources, (session->source_count + 1) * sizeof(*bigger)))) {
        session->sources = bigger;
        IMFMediaSource_AddRef(source);
        session->sources[session->source_count++] = source;
    }
    LeaveCriticalSection(&session->lock);
}

static void handle_set_topology(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    topology_entry *topology = NULL;
    long long flags, id;
    char name[NAME_SIZE];
    if (!session)
        return;
    if (!json_member_integer(params, "flags", &flags)) {
        refuse(r, RPC_INVALID_PARAMS, "setTopology needs flags");
        return;
    }
    if (!json_member_is_null(params, "topology")) {
        if (!json_member_integer(params, "topology", &id)) {
            refuse(r, RPC_INVALID_PARAMS, "setTopology needs a topology id or null");
            return;
        }
        topology_name((TOPOID)id, name);
        if (!(topology = find_named(KIND_TOPOLOGY, name))) {
            refuse(r, RPC_INVALID_PARAMS, "no topology with id %lld: the peer never gave it", id);
            return;
        }
        if (topology->source)
            remember_source(session, topology->source);
    }
    put_answer(r, IMFMediaSession_SetTopology(session->session, (DWORD)flags, topology ? topology->topology : NULL));
}

static void handle_clear_topologies(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    if (session)
        put_answer(r, IMFMediaSession_ClearTopologies(session->session));
}

/* Start from a position in 100-ns units (VT_I8), or from the current one (VT_EMPTY). */
static void handle_start(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    PROPVARIANT position;
    long long at;
    if (!session)
        return;
    PropVariantInit(&position);
    if (json_member_integer(params, "position", &at)) {
        position.vt = VT_I8;
        position.hVal.QuadPart = at;
    } else if (!json_member_is_null(params, "position")) {
        refuse(r, RPC_INVALID_PARAMS, "start needs a position or null");
        return;
    }
    put_answer(r, IMFMediaSession_Start(session->session, &GUID_NULL, &position));
}

static void handle_pause(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    if (session)
        put_answer(r, IMFMediaSession_Pause(session->session));
}

static void handle_stop(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    if (session)
        put_answer(r, IMFMediaSession_Stop(session->session));
}

static void handle_close(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    if (session)
        put_answer(r, IMFMediaSession_Close(session->session));
}

typedef struct {
    IMFMediaSource **sources;
    size_t count;
} source_list;

/* The application's part of shutting down: the sources it opened, each once, then released. */
static void shut_down_sources(void *context)
{
    source_list *list = context;
    size_t i;
    for (i = 0; i < list->count; i++) {
        IMFMediaSource_Shutdown(list->sources[i]);
        IMFMediaSource_Release(list->sources[i]);
    }
    free(list->sources);
    free(list);
}

/*
 * The session's Shutdown is answered as soon as it returns; the sources the session was given
 * are shut down afterwards, as the application does once Shutdown has returned. Wine's media
 * source can take seconds, or forever, to shut down while it is streaming: that must not be
 * counted as the session's Shutdown, nor hold up another request.
 */
static void handle_shutdown(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    source_list *list;
    if (!session)
        return;
    put_answer(r, IMFMediaSession_Shutdown(session->session));
    if (!(list = calloc(1, sizeof(*list))))
        return;
    EnterCriticalSection(&session->lock);
    list->sources = session->sources;
    list->count = session->source_count;
    session->sources = NULL;
    session->source_count = 0;
    LeaveCriticalSection(&session->lock);
    r->afterwards = shut_down_sources;
    r->context = list;
}

/* The clock's name: the same clock (the same IUnknown) always gets the same name. */
static void name_clock(IMFClock *clock, char *name)
{
    IUnknown *identity = NULL;
    if (FAILED(IUnknown_QueryInterface(clock, &IID_IUnknown, (void **)&identity)) || !identity) {
        identity = (IUnknown *)clock;
        IUnknown_AddRef(identity);
    }
    EnterCriticalSection(&names_lock);
    if (!name_of(KIND_CLOCK, identity, name)) {
        new_name(name, "clock-");
        IMFClock_AddRef(clock);
        IUnknown_AddRef(identity);   /* the identity pointer must stay this object's */
        add_named(KIND_CLOCK, name, identity, clock);
    }
    LeaveCriticalSection(&names_lock);
    IUnknown_Release(identity);
}

static void handle_get_clock(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    IMFClock *clock = NULL;
    char name[NAME_SIZE];
    HRESULT hr;
    if (!session)
        return;
    hr = IMFMediaSession_GetClock(session->session, &clock);
    put_answer(r, hr);
    if (SUCCEEDED(hr) && clock) {
        name_clock(clock, name);
        jw_key(&r->w, "clock");
        jw_string(&r->w, name);
    }
    if (clock)
        IMFClock_Release(clock);
}

static void handle_get_session_capabilities(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    DWORD capabilities = 0;
    HRESULT hr;
    if (!session)
        return;
    hr = IMFMediaSession_GetSessionCapabilities(session->session, &capabilities);
    put_answer(r, hr);
    if (SUCCEEDED(hr)) {
        jw_key(&r->w, "capabilities");
        jw_integer(&r->w, capabilities);
    }
}

static void handle_get_full_topology(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    IMFTopology *topology = NULL;
    long long flags, id;
    HRESULT hr;
    if (!session)
        return;
    if (!json_member_integer(params, "flags", &flags) || !json_member_integer(params, "topologyId", &id)) {
        refuse(r, RPC_INVALID_PARAMS, "getFullTopology needs flags and topologyId");
        return;
    }
    hr = IMFMediaSession_GetFullTopology(session->session, (DWORD)flags, (TOPOID)id, &topology);
    put_answer(r, hr);
    if (SUCCEEDED(hr) && topology)
        put_topology(&r->w, topology);
    if (topology)
        IMFTopology_Release(topology);
}

static void answer_event(reply *r, HRESULT hr, IMFMediaEvent *event)
{
    put_answer(r, hr);
    if (SUCCEEDED(hr) && event)
        put_event(&r->w, event);
    if (event)
        IMFMediaEvent_Release(event);
}

/* With flags 0 this blocks until an event comes, or the session is shut down. */
static void handle_get_event(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    IMFMediaEvent *event = NULL;
    long long flags;
    HRESULT hr;
    if (!session)
        return;
    if (!json_member_integer(params, "flags", &flags)) {
        refuse(r, RPC_INVALID_PARAMS, "getEvent needs flags");
        return;
    }
    /* The call first: its out value is an argument of answer_event, evaluated in no set order. */
    hr = IMFMediaSession_GetEvent(session->session, (DWORD)flags, &event);
    answer_event(r, hr, event);
}

static void handle_begin_get_event(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    const char *callback_name = json_member_string(params, "callback");
    const char *state_name = json_member_string(params, "state");
    IMFAsyncCallback *callback;
    IUnknown *state = NULL;
    if (!session)
        return;
    if (!callback_name || (!state_name && !json_member_is_null(params, "state"))) {
        refuse(r, RPC_INVALID_PARAMS, "beginGetEvent needs a callback and a state (or null)");
        return;
    }
    if (!(callback = kit_callback_named(callback_name)) || (state_name && !(state = kit_state_named(state_name)))) {
        refuse(r, RPC_FAILED, "out of memory");
        return;
    }
    put_answer(r, IMFMediaSession_BeginGetEvent(session->session, callback, state));
}

static void handle_end_get_event(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    const char *name = json_member_string(params, "result");
    IMFAsyncResult *result;
    IMFMediaEvent *event = NULL;
    HRESULT hr;
    if (!session)
        return;
    if (!(result = take_named(KIND_RESULT, name))) {
        refuse(r, RPC_INVALID_PARAMS, "no asynchronous result named %s: the peer never gave it, or it was ended",
               name ? name : "(none)");
        return;
    }
    hr = IMFMediaSession_EndGetEvent(session->session, result, &event);
    answer_event(r, hr, event);
    IMFAsyncResult_Release(result);
}

static void handle_queue_event(const json_value *params, reply *r)
{
    session_entry *session = session_named(params, r);
    const char *text = json_member_string(params, "value");
    PROPVARIANT value;
    long long type;
    HRESULT status;
    WCHAR *wide = NULL;
    if (!session)
        return;
    if (!json_member_integer(params, "type", &type) || !hr_from_json(json_member(params, "status"), &status)
            || (!text && !json_member_is_null(params, "value"))) {
        refuse(r, RPC_INVALID_PARAMS, "queueEvent needs a type, a status and a value (a string or null)");
        return;
    }
    PropVariantInit(&value);
    if (text) {
        if (!(wide = wide_from_utf8(text))) {
            refuse(r, RPC_FAILED, "out of memory");
            return;
        }
        value.vt = VT_LPWSTR;
        value.pwszVal = wide;
    }
    put_answer(r, IMFMediaSession_QueueEvent(session->session, (MediaEventType)type, &GUID_NULL, status,
                                             text ? &value : NULL));
    free(wide);
}

static void handle_clock_get_time(const json_value *params, reply *r)
{
    IMFClock *clock = clock_named(params, r);
    IMFPresentationClock *presentation = NULL;
    MFTIME time = 0;
    HRESULT hr;
    if (!clock)
        return;
    hr = IMFClock_QueryInterface(clock, &IID_IMFPresentationClock, (void **)&presentation);
    if (SUCCEEDED(hr)) {
        hr = IMFPresentationClock_GetTime(presentation, &time);
        IMFPresentationClock_Release(presentation);
    }
    put_answer(r, hr);
    if (SUCCEEDED(hr)) {
        jw_key(&r->w, "time");
        jw_integer(&r->w, time);
    }
}

static void handle_clock_get_state(const json_value *params, reply *r)
{
    static const char *const state_names[] = { "invalid", "running", "stopped", "paused" };
    IMFClock *clock = clock_named(params, r);
    MFCLOCK_STATE state = MFCLOCK_STATE_INVALID;
    HRESULT hr;
    if (!clock)
        return;
    hr = IMFClock_GetState(clock, 0, &state);
    put_answer(r, hr);
    if (SUCCEEDED(hr) && (unsigned)state < sizeof(state_names) / sizeof(state_names[0])) {
        jw_key(&r->w, "state");
        jw_string(&r->w, state_names[state]);
    }
}

/* sinks.holdNext {sinks}: the next sample any of these sinks receives is held (one token for all of them). */
static void handle_sinks_hold_next(const json_value *params, reply *r)
{
    const json_value *sinks = json_member(params, "sinks");
    volatile LONG *token;
    size_t i;
    if (!sinks || sinks->type != JSON_ARRAY) {
        refuse(r, RPC_INVALID_PARAMS, "sinks.holdNext names its sinks in an array");
        return;
    }
    for (i = 0; i < sinks->count; i++)
        if (sinks->items[i]->type != JSON_STRING || !find_named(KIND_SINK, sinks->items[i]->string)) {
            refuse(r, RPC_INVALID_PARAMS, "no sink named %s: the kit never gave it to the peer",
                   sinks->items[i]->type == JSON_STRING ? sinks->items[i]->string : "(not a string)");
            return;
        }
    if (!(token = malloc(sizeof(*token)))) {   /* kept for good: a sink may still hold it */
        refuse(r, RPC_FAILED, "out of memory");
        return;
    }
    *token = 1;
    for (i = 0; i < sinks->count; i++) {
        kit_sink *sink = find_named(KIND_SINK, sinks->items[i]->string);
        InterlockedExchangePointer((PVOID volatile *)&sink->hold, (PVOID)token);
    }
}

/* --- session.end --- */

/* Takes every name listed under key out of the table. */
static void forget_listed(const json_value *params, const char *key, object_kind kind)
{
    const json_value *list = json_member(params, key);
    size_t i;
    if (!list || list->type != JSON_ARRAY)
        return;
    for (i = 0; i < list->count; i++)
        if (list->items[i]->type == JSON_STRING)
            take_named(kind, list->items[i]->string);
}

/*
 * The kit is done with a session (it has shut it down): the peer forgets the session's name and
 * every name the kit lists with it, and answers a request that still names the session
 * MF_E_SHUTDOWN. It releases nothing: Wine 8.0's media session crashed the peer, now and then,
 * once its last reference went (a session shut down after a failed Start), so the objects stay
 * alive until the peer ends, as they did before session.end (docs/wire-protocol.md).
 */
static void handle_end(const json_value *params, reply *r)
{
    const char *name = json_member_string(params, "session");
    const json_value *topologies = json_member(params, "topologies");
    size_t i;
    (void)r;
    if (name && find_named(KIND_SESSION, name)) {
        add_named(KIND_ENDED_SESSION, name, NULL, &ended_session_mark);
        take_named(KIND_SESSION, name);
    }
    forget_listed(params, "sinks", KIND_SINK);
    forget_listed(params, "callbacks", KIND_CALLBACK);
    forget_listed(params, "states", KIND_STATE);
    forget_listed(params, "clocks", KIND_CLOCK);
    if (!topologies || topologies->type != JSON_ARRAY)
        return;
    for (i = 0; i < topologies->count; i++) {
        char id[NAME_SIZE];
        if (topologies->items[i]->type != JSON_NUMBER || !topologies->items[i]->is_integer)
            continue;
        topology_name((TOPOID)topologies->items[i]->integer, id);
        take_named(KIND_TOPOLOGY, id);
    }
}

static void handle_live_resources(const json_value *params, reply *r)
{
    (void)params;
    refuse(r, RPC_METHOD_NOT_FOUND, "this peer does not declare live resources");
}

typedef void (*request_handler)(const json_value *params, reply *r);

static const struct { const char *method; request_handler handle; } handlers[] = {
    { "initialize", handle_initialize },
    { "provider.createSession", handle_create_session },
    { "provider.createPartialTopology", handle_create_partial_topology },
    { "session.setTopology", handle_set_topology },
    { "session.clearTopologies", handle_clear_topologies },
    { "session.start", handle_start },
    { "session.pause", handle_pause },
    { "session.stop", handle_stop },
    { "session.close", handle_close },
    { "session.shutdown", handle_shutdown },
    { "session.getClock", handle_get_clock },
    { "session.getSessionCapabilities", handle_get_session_capabilities },
    { "session.getFullTopology", handle_get_full_topology },
    { "session.getEvent", handle_get_event },
    { "session.beginGetEvent", handle_begin_get_event },
    { "session.endGetEvent", handle_end_get_event },
    { "session.queueEvent", handle_queue_event },
    { "session.liveResources", handle_live_resources },
    { "session.end", handle_end },
    { "sinks.holdNext", handle_sinks_hold_next },
    { "clock.getTime", handle_clock_get_time },
    { "clock.getState", handle_clock_get_state },
};

/* ======================================================================================== */
/* The wire: lines in                                                                         */
/* ======================================================================================== */

static void send_error(long long id, int code, const char *message)
{
    json_writer w;
    jw_init(&w);
    jw_object_begin(&w);
    jw_key(&w, "jsonrpc");
    jw_string(&w, "2.0");
    jw_key(&w, "id");
    jw_integer(&w, id);
    jw_key(&w, "error");
    jw_object_begin(&w);
    jw_key(&w, "code");
    jw_integer(&w, code);
    jw_key(&w, "message");
    jw_string(&w, message);
    jw_object_end(&w);
    jw_object_end(&w);
    write_line(&w);
    jw_release(&w);
}

/* JSON-RPC lets a request leave its params out: they are then an empty object. */
static const json_value no_params = { .type = JSON_OBJECT };

/* Runs one request and answers it: its result, or the error that refused it. */
static void answer_request(long long id, const char *method, const json_value *params)
{
    reply r;
    size_t i;
    memset(&r, 0, sizeof(r));
    jw_init(&r.w);
    jw_object_begin(&r.w);
    jw_key(&r.w, "jsonrpc");
    jw_string(&r.w, "2.0");
    jw_key(&r.w, "id");
    jw_integer(&r.w, id);
    jw_key(&r.w, "result");
    jw_object_begin(&r.w);
    for (i = 0; i < sizeof(handlers) / sizeof(handlers[0]); i++)
        if (!strcmp(handlers[i].method, method))
            break;
    if (i == sizeof(handlers) / sizeof(handlers[0]))
        refuse(&r, RPC_METHOD_NOT_FOUND, "mfck-wire/1 has no method %s that a peer serves", method);
    else if (params && params->type != JSON_OBJECT)
        refuse(&r, RPC_INVALID_PARAMS, "the params of %s are not an object", method);
    else if (!strncmp(method, "session.", 8) && strcmp(method, "session.end") && params
             && find_named(KIND_ENDED_SESSION, json_member_string(params, "session")))
        put_answer(&r, MF_E_SHUTDOWN);   /* a request made before session.end, served after it */
    else
        handlers[i].handle(params ? params : &no_params, &r);
    if (kit_gone) {
        jw_release(&r.w);
        return;
    }
    if (r.error_code) {
        note("refused %s (id %lld): %s", method, id, r.error);
        send_error(id, r.error_code, r.error);
    } else {
        jw_object_end(&r.w);
        jw_object_end(&r.w);
        write_line(&r.w);
    }
    jw_release(&r.w);
    if (r.afterwards)
        r.afterwards(r.context);
}

typedef struct {
    long long id;
    json_value *message;
} request_job;

static DWORD WINAPI request_thread(void *argument)
{
    request_job *job = argument;
    HRESULT com = CoInitializeEx(NULL, COINIT_MULTITHREADED);
    answer_request(job->id, json_member_string(job->message, "method"), json_member(job->message, "params"));
    if (SUCCEEDED(com))
        CoUninitialize();
    json_free(job->message);
    free(job);
    return 0;
}

/* Each request on a thread of its own: a blocking GetEvent or a held callback must not hold up the others. */
static void start_request(long long id, json_value *message)
{
    request_job *job = malloc(sizeof(*job));
    HANDLE thread;
    if (job) {
        job->id = id;
        job->message = message;
        thread = CreateThread(NULL, 256 * 1024, request_thread, job, STACK_SIZE_PARAM_IS_A_RESERVATION, NULL);
        if (thread) {
            CloseHandle(thread);
            return;
        }
        free(job);
    }
    note("cannot start a thread for request %lld", id);
    send_error(id, RPC_FAILED, "the peer cannot start a thread for this request");
    json_free(message);
}

/* One line from the kit: a request, an answer to one of the peer's requests, or something to log. */
static void take_line(const char *line, size_t length)
{
    const char *why = NULL, *method;
    json_value *message = json_parse(line, length, &why);
    const json_value *id_value;
    long long id = 0;
    if (!message || message->type != JSON_OBJECT) {
        note("ignored a line from the kit that is not a JSON object (%s): %.200s", why ? why : "not an object", line);
        json_free(message);
        return;
    }
    method = json_member_string(message, "method");
    id_value = json_member(message, "id");
    if (id_value && !json_member_integer(message, "id", &id)) {
        note("ignored a message whose id is not an integer: %.200s", line);
        json_free(message);
        return;
    }
    if (method && id_value) {
        start_request(id, message);
        return;
    }
    if (method)
        note("ignored the kit's notification %s: the peer takes none", method);
    else if (id_value)
        kit_answered(id, message);
    else
        note("ignored a message with neither method nor id: %.200s", line);
    json_free(message);
}

/* Reads the kit's lines until the kit closes standard input. */
static void read_kit_lines(void)
{
    static char chunk[64 * 1024];
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    char *line = malloc(MAX_LINE + 1);
    size_t length = 0;
    int too_long = 0;
    if (!line)
        return;
    for (;;) {
        DWORD got = 0, i;
        if (!ReadFile(in, chunk, sizeof(chunk), &got, NULL) || got == 0)
            break;
        for (i = 0; i < got; i++) {
            if (chunk[i] != '\n') {
                if (length < MAX_LINE)
                    line[length++] = chunk[i];
                else
                    too_long = 1;
                continue;
            }
            if (length > 0 && line[length - 1] == '\r')
                length--;
            line[length] = 0;
            if (too_long)
                note("ignored a line longer than the protocol's %d bytes", MAX_LINE);
            else if (length > 0)
                take_line(line, length);
            length = 0;
            too_long = 0;
        }
    }
    free(line);
}

int main(void)
{
    HRESULT hr;
    SetUnhandledExceptionFilter(crash_filter);
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX);
    InitializeCriticalSection(&stderr_lock);
    InitializeCriticalSection(&stdout_lock);
    InitializeCriticalSection(&pending_lock);
    InitializeCriticalSection(&names_lock);
    if (FAILED(hr = CoInitializeEx(NULL, COINIT_MULTITHREADED)))
        note("CoInitializeEx failed, hr 0x%08lX", (unsigned long)hr);
    if (FAILED(hr = MFStartup(MF_VERSION, MFSTARTUP_FULL))) {
        note("MFStartup failed, hr 0x%08lX", (unsigned long)hr);
        return 2;
    }
    read_kit_lines();
    kit_went_away("the kit closed the peer's input");
    return 0;
}
