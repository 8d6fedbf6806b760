/* check_gate.c: the one place that decides what gvm supports yet.
 *
 * gvm's checker knows all of Go's syntax and most of its types, but the
 * code generator and the VM do not yet run everything the checker can
 * type.  Where a program uses something beyond that, the checker reports
 * types2-style `<what> not supported yet` and counts it (an unsupported
 * construct hides the errors that depend on it, such as an import used
 * only inside it).  Every such decision is taken here:
 *
 *   check_gate             a construct (check_gate.h's rows), with the
 *                          exemptions of native package declarations;
 *   check_gate_type_name   a type named in a type expression;
 *   check_gate_value_type  a type whose values would exist at run time.
 *
 * The callers only say which construct they are at and give up on it when
 * refused, so supporting a construct is deleting its row here and
 * writing the real code where the compiler then complains.
 */
#include "check_internal.h"

typedef struct GateInfo {
	const char *text;
	bool native; /* allowed in native packages' declarations */
} GateInfo;

static const GateInfo gates[] = {
#define ROW(name, text, native) [GATE_##name] = {text, native},
	GATES(ROW)
#undef ROW
};

/* Report g at pos: "<text> not supported yet", or "<text> <name> ..." */
static bool refuse(Checker *c, Gate g, Pos pos, const char *name)
{
	if (name)
		check_errorf(c, pos, "%s %s not supported yet", gates[g].text, name);
	else
		check_errorf(c, pos, "%s not supported yet", gates[g].text);
	c->unsupported++;
	return false;
}

bool check_gate(Checker *c, Gate g, Pos pos, const char *name)
{
	if (gates[g].native && c->native_decls)
		return true;
	return refuse(c, g, pos, name);
}

bool check_gate_type_name(Checker *c, Type *t, Pos pos)
{
	TypeKind k = ty_under(t) ? ty_under(t)->kind : T_INVALID;
	if (k == T_COMPLEX64 || k == T_COMPLEX128)
		return refuse(c, GATE_COMPLEX, pos, NULL);
	if (k == T_UNSAFEPTR)
		return refuse(c, GATE_UNSAFE_POINTER, pos, NULL);
	return true;
}

bool check_gate_value_type(Checker *c, Type *t, Pos pos)
{
	Type *u = ty_under(t);
	if (u->kind == T_COMPLEX64 || u->kind == T_COMPLEX128)
		return refuse(c, GATE_COMPLEX, pos, NULL);
	return true;
}
