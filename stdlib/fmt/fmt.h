/* fmt.h: Go's value formatting (package fmt, parts of strconv, and the
 * builtin print), for the VM and the standard library.
 *
 * The VM unboxes each operand into an FmtArg (dynamic type + value) and
 * calls one of the entry points below; the result is appended to a StrBuf.
 * Methods (Error, String, GoString) are not called here: natives never
 * call back into bytecode.  Where Go's fmt would call one (handleMethods,
 * at the top level or inside a composite), the formatter asks the env's
 * `method` hook for the result; the hook answers from the results of an
 * earlier pass, or records the call and says it is pending.  fmt's Go side
 * (stdlib/fmt/fmt.go) runs the recorded calls and formats again.
 */
#ifndef GVM_FMT_H
#define GVM_FMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rtype.h"
#include "strbuf.h"

/* One operand: its dynamic type and its value, already unboxed by the VM.
 *
 *   type == NULL            a nil interface: %v prints <nil>
 *   bool                    v.b
 *   int, int8 … int64       v.i, sign-extended
 *   uint … uint64, uintptr  v.u, zero-extended
 *   float32, float64        v.f (a float32 as the exact double of it)
 *   string                  v.s.p / v.s.n (need not be NUL-terminated)
 *   pointer, unsafe.Pointer,
 *   map, chan, func         v.ptr, the pointer word itself
 *   slice, array, struct,
 *   interface               v.ptr points to the value's memory, laid out
 *                           as Go lays it out (DESIGN.md): a slice header
 *                           {data, len, cap}, an interface {type, data}
 */
typedef struct FmtArg {
	const RType *type;
	const void *mem; /* where the value is, for a method's receiver: the
			  * box or the composite's memory (NULL: nowhere) */
	union {
		bool b;
		int64_t i;
		uint64_t u;
		double f;
		struct {
			const char *p;
			int64_t n;
		} s;
		const void *ptr;
	} v;
} FmtArg;

/* Which method a value's formatting needs (Go's handleMethods). */
typedef enum FmtCall {
	FMT_CALL_STRING,   /* Error() if it is an error, else String() */
	FMT_CALL_GOSTRING, /* GoString(), for %#v */
	FMT_CALL_ERROR,    /* Error() only: %w in Errorf */
} FmtCall;

/* What became of it. */
typedef enum FmtResultMode {
	FMT_RES_PENDING, /* recorded: print nothing, this pass is thrown away */
	FMT_RES_NONE,    /* the value has no such method: print it by kind */
	FMT_RES_VERB,    /* a string to print with the verb (%q quotes it) */
	FMT_RES_S,       /* a string to print as %s (width, precision) */
	FMT_RES_TEXT,    /* text to write as it is: %!v(PANIC=…) */
} FmtResultMode;

typedef struct FmtResult {
	FmtResultMode mode;
	const char *s;
	size_t n;
} FmtResult;

/* What fmt cannot know about the VM's data structures, supplied by it.
 * Any hook may be NULL; env itself may be NULL. */
typedef void (*FmtMapVisit)(void *vctx, const void *key, const void *val);
typedef struct FmtEnv {
	void *ctx;
	/* The result of calling `call` on value a, printed with verb. */
	FmtResult (*method)(void *ctx, const FmtArg *a, FmtCall call, int verb);
	bool wrap_errs;  /* Errorf: %w accepts an error */
	/* Errorf: the operand numbers of the %w verbs go to wrapped[], their
	 * count to *nwrapped (those past cap_wrapped counted, not stored). */
	int64_t *wrapped;
	int *nwrapped, cap_wrapped;
	/* The dynamic type of an interface value of static type iface whose
	 * first word is word0 (an RType or an itab), NULL for a nil interface.
	 * Without the hook word0 is taken to be the RType itself. */
	const RType *(*iface_type)(void *ctx, const RType *iface,
	                           const void *word0);
	/* Calls visit(vctx, key, value) for each entry of the map m (the map's
	 * pointer word), key and value pointing at the entry's memory.  Without
	 * the hook a non-nil map prints as map[?]. */
	void (*map_range)(void *ctx, const RType *maptype, const void *m,
	                  FmtMapVisit visit, void *vctx);
} FmtEnv;

/* fmt.Sprint: operands printed with %v, a space between two operands when
 * neither is a string. */
void fmt_sprint(StrBuf *out, const FmtArg *args, int n);

/* fmt.Sprintln: operands printed with %v, always separated by spaces, then
 * a newline. */
void fmt_sprintln(StrBuf *out, const FmtArg *args, int n);

/* fmt.Sprintf, with Go's error forms (%!d(string=x), %!d(MISSING),
 * %!(EXTRA …), %!(BADWIDTH), %!(NOVERB) …). */
void fmt_sprintf(StrBuf *out, const char *format, size_t flen,
                 const FmtArg *args, int n);

/* The same three with the VM's hooks, for maps and interfaces inside
 * composite values. */
void fmt_sprint_env(const FmtEnv *env, StrBuf *out, const FmtArg *args,
                    int n);
void fmt_sprintln_env(const FmtEnv *env, StrBuf *out, const FmtArg *args,
                      int n);
void fmt_sprintf_env(const FmtEnv *env, StrBuf *out, const char *format,
                     size_t flen, const FmtArg *args, int n);


/* strconv.FormatFloat(f, verb, prec, bitsize): verb one of b e E f g G x X,
 * prec -1 for the shortest representation that reads back exactly. */
void fmt_format_float(StrBuf *out, double f, char verb, int prec, int bitsize);

/* Which runes strconv's quoting keeps as they are (the others are
 * escaped): the printable ones (Quote), printable ASCII (QuoteToASCII),
 * or the graphic ones (QuoteToGraphic). */
typedef enum FmtQuoteMode {
	FMT_QUOTE_PRINT,
	FMT_QUOTE_ASCII,
	FMT_QUOTE_GRAPHIC,
} FmtQuoteMode;

/* strconv.Quote and QuoteRune (with its variants by mode), appended to
 * out. */
void fmt_quote(StrBuf *out, const char *s, size_t n, FmtQuoteMode mode);
void fmt_quote_rune(StrBuf *out, int32_t r, FmtQuoteMode mode);

/* strconv.CanBackquote. */
bool fmt_can_backquote(const char *s, size_t n);

/* strconv.IsPrint (unicode.IsPrint) and strconv.IsGraphic for one code
 * point. */
bool fmt_is_print(int32_t r);
bool fmt_is_graphic(int32_t r);

#endif
