/* iface.c: interfaces at run time: method lookup, dynamic calls' receiver
 * set-up, type assertions and their panics.
 *
 * An interface is {RType *, data word}; the RType of the dynamic type
 * carries its method set sorted by name (codegen_iface.c builds it).
 * Dispatch (ICALL) uses a per-call-site inline cache: two constant words
 * of the calling function hold the last (RType, RMethod) pair seen there,
 * so a call site that always sees one type pays one compare; a miss
 * binary-searches the table by name (vm_iface_find) and refills the
 * cache.  Names are compared as strings because each module has its own
 * copy; the cache makes that rare.
 *
 * x.(T) with T concrete compares the RType pointer (RTypes are canonical
 * per VM).  x.(I) checks every method of I against the dynamic type's
 * method set, which is a merge of two sorted lists.  A type switch's
 * interface case (JIMPL) does that merge once per dynamic type and call
 * site: two constant words after the interface's RType cache the last
 * type that implements it and the last that does not, as ICALL's cache
 * does for methods.
 */
#include <stdio.h>
#include <string.h>

#include "vmint.h"

const RMethod *vm_iface_find(const RType *t, const char *name)
{
	size_t lo = 0, hi = t->nmethods;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(t->methods[mid].name, name);
		if (c == 0)
			return &t->methods[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *vm_iface_missing(const RType *t, const RType *iface)
{
	uint32_t j = 0;
	for (uint32_t i = 0; i < iface->nmethods; i++) {
		const char *want = iface->methods[i].name;
		while (j < t->nmethods && strcmp(t->methods[j].name, want) < 0)
			j++;
		if (j >= t->nmethods || strcmp(t->methods[j].name, want) != 0)
			return want;
	}
	return NULL;
}

bool vm_iface_implements_slow(const RType *t, uint64_t *k)
{
	if (!t || k[2] == (uint64_t)t)
		return false;
	bool ok = !vm_iface_missing(t, (const RType *)k[0]);
	k[ok ? 1 : 2] = (uint64_t)t;
	return ok;
}

void vm_iface_unbox(uint64_t *dst, const RType *t, uint64_t data)
{
	if (rtype_is_pointer_shaped(t)) {
		dst[0] = data;
		return;
	}
	const void *p = (const void *)data;
	if (t->kind == RK_FLOAT32) {
		float f;
		memcpy(&f, p, 4);
		double d = f;
		memcpy(dst, &d, 8);
		return;
	}
	memcpy(dst, p, (size_t)(t->size + 7) / 8 * 8);
}

/* The receiver and arguments at a for method m of the dynamic type t: the
 * codegen left one word for the receiver, then the arguments. */
void vm_iface_receiver(uint64_t *a, const RMethod *m, const RType *t, uint64_t data,
		       uint32_t nparams)
{
	const RType *r = m->recv;
	(void)t;
	if (!r) {
		a[0] = data;
		return;
	}
	uint32_t w = (r->size + 7) / 8;
	if (w != 1 && nparams > w)
		memmove(a + w, a + 1, (size_t)(nparams - w) * 8);
	if (rtype_is_pointer_shaped(r))
		a[0] = *(const uint64_t *)data;
	else
		vm_iface_unbox(a, r, data);
}

static const char *tname(const RType *t)
{
	return t ? t->name : "nil";
}

void vm_iface_assert_msg(char *msg, size_t n, const RType *have, const RType *want,
			 const RType *src)
{
	const char *s = src->name;
	if (!have) {
		snprintf(msg, n, "interface conversion: %s is nil, not %s",
			 want->kind == RK_INTERFACE ? "interface" : s, want->name);
		return;
	}
	const char *miss = want->kind == RK_INTERFACE ? vm_iface_missing(have, want) : NULL;
	if (miss)
		snprintf(msg, n, "interface conversion: %s is not %s: missing method %s",
			 tname(have), want->name, miss);
	else
		snprintf(msg, n, "interface conversion: %s is %s, not %s", s, tname(have),
			 want->name);
}

bool vm_implements(const RType *t, const RType *iface)
{
	return t && !vm_iface_missing(t, iface);
}
