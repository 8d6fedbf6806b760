/* fmt.c: the Printf driver, Sprint, Sprintln and the builtin print.
 *
 * fmt_sprintf walks the format as Go's doPrintf does.  Literal text is
 * copied; each '%' starts a directive:
 *
 *   %  flags  [n]  width|*  .  [n]  prec|*  [n]  verb
 *
 * Flags are '#', '0', '+', '-' and ' '; '-' cancels '0' (padding is never
 * zeros on the right).  An explicit argument index [n] may stand before the
 * width, the precision and the verb; any use of one turns off the check for
 * unused operands.  '*' takes the width or precision from an int operand
 * (a negative width means '-').  For %v the '#' and '+' flags become the
 * "Go syntax" and "field names" modes instead.
 *
 * Each operand is then printed by its kind (value.c), the way fmt's
 * printArg/printValue do with reflection; a verb the kind does not accept
 * prints as %!verb(type=value).  Errors never stop the output: a missing
 * operand is %!d(MISSING), a bad index %!d(BADINDEX), unused operands
 * %!(EXTRA type=value, …), a directive cut short %!(NOVERB).
 */
#include <stdlib.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "fmtpriv.h"

/* ---- Sprint, Sprintln ---- */

static void printer_init(Printer *p, const FmtEnv *env, StrBuf *out,
                         const FmtArg *args, int n)
{
	memset(p, 0, sizeof *p);
	p->env = env;
	p->f.buf = out;
	p->args = args;
	p->nargs = n;
}

static bool is_string_arg(const FmtArg *a)
{
	return a->type && a->type->kind == RK_STRING;
}

void fmt_sprint(StrBuf *out, const FmtArg *args, int n)
{
	fmt_sprint_env(NULL, out, args, n);
}

void fmt_sprint_env(const FmtEnv *env, StrBuf *out, const FmtArg *args, int n)
{
	Printer p;
	printer_init(&p, env, out, args, n);
	bool prev_string = false;
	for (int i = 0; i < n; i++) {
		bool is_string = is_string_arg(&args[i]);
		if (i > 0 && !is_string && !prev_string)
			sb_putc(out, ' ');
		fmt_clear_flags(&p.f);
		fmt_print_arg(&p, &args[i], 'v', 0);
		prev_string = is_string;
	}
}

void fmt_sprintln(StrBuf *out, const FmtArg *args, int n)
{
	fmt_sprintln_env(NULL, out, args, n);
}

void fmt_sprintln_env(const FmtEnv *env, StrBuf *out, const FmtArg *args,
                      int n)
{
	Printer p;
	printer_init(&p, env, out, args, n);
	for (int i = 0; i < n; i++) {
		if (i > 0)
			sb_putc(out, ' ');
		fmt_clear_flags(&p.f);
		fmt_print_arg(&p, &args[i], 'v', 0);
	}
	sb_putc(out, '\n');
}

/* ---- Sprintf ---- */

static bool too_large(int64_t x)
{
	return x > 1000000 || x < -1000000;
}

/* A decimal number at s[*i..end); *i moves past it. */
static bool parse_num(const char *s, size_t *i, size_t end, int *num)
{
	*num = 0;
	if (*i >= end)
		return false;
	bool isnum = false;
	for (; *i < end && s[*i] >= '0' && s[*i] <= '9'; (*i)++) {
		if (too_large(*num)) {
			*num = 0;
			*i = end; /* overflow: most likely a crazy long number */
			return false;
		}
		*num = *num * 10 + (s[*i] - '0');
		isnum = true;
	}
	return isnum;
}

/* An explicit argument index "[n]" at s[*i]: sets *argnum (0-based) and
 * returns whether one was found; a bad index clears good_argnum. */
static bool arg_number(Printer *p, int *argnum, const char *s, size_t *i,
                       size_t end)
{
	if (*i >= end || s[*i] != '[')
		return false;
	p->reordered = true;
	if (end - *i < 3) { /* "[n]" needs three bytes */
		*i += 1;
		p->good_argnum = false;
		return false;
	}
	for (size_t j = *i + 1; j < end; j++) {
		if (s[j] != ']')
			continue;
		size_t k = *i + 1;
		int n;
		bool ok = parse_num(s, &k, j, &n) && k == j;
		*i = j + 1;
		if (ok && n >= 1 && n - 1 < p->nargs) {
			*argnum = n - 1;
			return true;
		}
		p->good_argnum = false;
		return ok;
	}
	*i += 1; /* no closing bracket */
	p->good_argnum = false;
	return false;
}

/* A width or precision operand for '*'. */
static bool int_from_arg(Printer *p, int *argnum, int *num)
{
	*num = 0;
	if (*argnum >= p->nargs)
		return false;
	const FmtArg *a = &p->args[(*argnum)++];
	bool ok = false;
	int64_t n = 0;
	if (a->type && fmt_is_signed_kind(a->type->kind)) {
		n = a->v.i;
		ok = true;
	} else if (a->type && fmt_is_unsigned_kind(a->type->kind)) {
		ok = (int64_t)a->v.u >= 0;
		n = (int64_t)a->v.u;
	}
	if (!ok || too_large(n))
		return false;
	*num = (int)n;
	return true;
}

static void write_extra(Printer *p, int argnum)
{
	StrBuf *b = p->f.buf;
	fmt_clear_flags(&p->f);
	sb_puts(b, "%!(EXTRA ");
	for (int i = argnum; i < p->nargs; i++) {
		const FmtArg *a = &p->args[i];
		if (i > argnum)
			sb_puts(b, ", ");
		if (!a->type) {
			sb_puts(b, "<nil>");
			continue;
		}
		sb_puts(b, fmt_type_name(a->type));
		sb_putc(b, '=');
		fmt_print_arg(p, a, 'v', 0);
	}
	sb_putc(b, ')');
}

/* The flag characters at s[*i]; *i stops at the first other byte. */
static void parse_flags(Fmt *f, const char *s, size_t *i, size_t end)
{
	for (; *i < end; (*i)++) {
		switch (s[*i]) {
		case '#': f->fl.sharp = true; break;
		case '0': f->fl.zero = !f->fl.minus; break;
		case '+': f->fl.plus = true; break;
		case '-': f->fl.minus = true, f->fl.zero = false; break;
		case ' ': f->fl.space = true; break;
		default: return;
		}
	}
}

/* Width, then precision; each may be '*' or preceded by an index. */
static void parse_width_prec(Printer *p, int *argnum, const char *s,
                             size_t *i, size_t end, bool *after_index)
{
	Fmt *f = &p->f;
	*after_index = arg_number(p, argnum, s, i, end);
	if (*i < end && s[*i] == '*') {
		(*i)++;
		f->fl.wid_present = int_from_arg(p, argnum, &f->wid);
		if (!f->fl.wid_present)
			sb_puts(f->buf, "%!(BADWIDTH)");
		if (f->wid < 0) {
			f->wid = -f->wid;
			f->fl.minus = true;
			f->fl.zero = false;
		}
		*after_index = false;
	} else {
		f->fl.wid_present = parse_num(s, i, end, &f->wid);
		if (*after_index && f->fl.wid_present) /* "%[3]2d" */
			p->good_argnum = false;
	}
	if (*i + 1 < end && s[*i] == '.') {
		(*i)++;
		if (*after_index) /* "%[3].2d" */
			p->good_argnum = false;
		*after_index = arg_number(p, argnum, s, i, end);
		if (*i < end && s[*i] == '*') {
			(*i)++;
			f->fl.prec_present = int_from_arg(p, argnum, &f->prec);
			if (f->prec < 0) {
				f->prec = 0;
				f->fl.prec_present = false;
			}
			if (!f->fl.prec_present)
				sb_puts(f->buf, "%!(BADPREC)");
			*after_index = false;
		} else {
			parse_num(s, i, end, &f->prec);
			f->fl.prec_present = true; /* "%.d" means precision 0 */
		}
	}
	if (!*after_index)
		*after_index = arg_number(p, argnum, s, i, end);
}

static void verb_v_flags(Fmt *f)
{
	f->fl.sharp_v = f->fl.sharp;
	f->fl.sharp = false;
	f->fl.plus_v = f->fl.plus;
	f->fl.plus = false;
}

void fmt_sprintf(StrBuf *out, const char *s, size_t end, const FmtArg *args,
                 int n)
{
	fmt_sprintf_env(NULL, out, s, end, args, n);
}

void fmt_sprintf_env(const FmtEnv *env, StrBuf *out, const char *s,
                     size_t end, const FmtArg *args, int n)
{
	Printer p;
	printer_init(&p, env, out, args, n);
	int argnum = 0;
	size_t i = 0;
	while (i < end) {
		p.good_argnum = true;
		size_t lit = i;
		while (i < end && s[i] != '%')
			i++;
		sb_write(out, s + lit, i - lit);
		if (i >= end)
			break;
		i++; /* the '%' */
		fmt_clear_flags(&p.f);
		parse_flags(&p.f, s, &i, end);
		bool after_index;
		parse_width_prec(&p, &argnum, s, &i, end, &after_index);
		if (i >= end) {
			sb_puts(out, "%!(NOVERB)");
			break;
		}
		int32_t verb = (unsigned char)s[i];
		i += (size_t)(verb < 0x80 ? 1 : utf8_decode(s + i, end - i, &verb));
		if (verb == '%') {
			sb_putc(out, '%'); /* takes no operand, ignores flags */
		} else if (!p.good_argnum) {
			sb_puts(out, "%!");
			fmt_put_rune(out, verb);
			sb_puts(out, "(BADINDEX)");
		} else if (argnum >= n) {
			sb_puts(out, "%!");
			fmt_put_rune(out, verb);
			sb_puts(out, "(MISSING)");
		} else {
			if (verb == 'w' && env && env->nwrapped) {
				if (*env->nwrapped < env->cap_wrapped)
					env->wrapped[*env->nwrapped] = argnum;
				++*env->nwrapped;
			}
			if (verb == 'v' || verb == 'w')
				verb_v_flags(&p.f);
			fmt_print_arg(&p, &args[argnum++], verb, 0);
		}
	}
	if (!p.reordered && argnum < n)
		write_extra(&p, argnum);
}
