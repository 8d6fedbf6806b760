/* fmtpriv.h: the formatter state shared by the files of stdlib/fmt.
 * Nothing outside stdlib/fmt includes this header.
 */
#ifndef GVM_FMTPRIV_H
#define GVM_FMTPRIV_H

#include "fmt.h"
#include "utf8.h"

/* The flags of one verb, as parsed from the format (Go's fmtFlags).  For
 * %v, '+' and '#' move to plus_v and sharp_v. */
typedef struct FmtFlags {
	bool wid_present, prec_present;
	bool minus, plus, sharp, space, zero;
	bool plus_v, sharp_v;
} FmtFlags;

/* A formatter: where output goes plus the current verb's flags. */
typedef struct Fmt {
	StrBuf *buf;
	FmtFlags fl;
	int wid, prec;
} Fmt;

/* The state of one Sprint/Sprintf call (Go's pp). */
typedef struct Printer {
	Fmt f;
	const FmtEnv *env;
	const FmtArg *args;
	int nargs;
	const FmtArg *arg; /* the operand being printed, for %!verb(…) */
	bool reordered;    /* an explicit index was used */
	bool erroring;     /* printing a bad verb's operand: no methods */
	bool unexported;   /* inside a value reached through an unexported
			    * field: no methods (reflect's CanInterface) */
	bool good_argnum;  /* the last index was valid */
} Printer;

/* format.c: one verb's rendering of one basic value. */
void fmt_write_padding(Fmt *f, int n);
void fmt_pad(Fmt *f, const char *s, size_t n);
void fmt_boolean(Fmt *f, bool v);
void fmt_integer(Fmt *f, uint64_t u, int base, bool is_signed, int verb,
                 bool upper);
void fmt_unicode(Fmt *f, uint64_t u);
void fmt_char(Fmt *f, uint64_t c);
void fmt_qchar(Fmt *f, uint64_t c);
void fmt_str(Fmt *f, const char *s, size_t n);
void fmt_str_hex(Fmt *f, const char *s, size_t n, bool upper);
void fmt_str_quote(Fmt *f, const char *s, size_t n);

/* value.c: one operand by its kind; depth > 0 inside a composite. */
void fmt_print_arg(Printer *p, const FmtArg *a, int verb, int depth);
void fmt_clear_flags(Fmt *f);
bool fmt_is_signed_kind(RKind k);
bool fmt_is_unsigned_kind(RKind k);
bool fmt_is_pointer_kind(RKind k);
const char *fmt_type_name(const RType *t);
void fmt_put_rune(StrBuf *b, int32_t r);

/* float.c */
void fmt_float(Fmt *f, double v, int size, int verb, int prec);

#endif
