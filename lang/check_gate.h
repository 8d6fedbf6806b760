/* check_gate.h: the constructs gvm does not support yet, written once.
 *
 * Each row is GATE(name, text, native): the checker reports `<text> not
 * supported yet` (types2's wording for its own gaps) where a program uses
 * the construct; `native` rows are allowed inside the Go declarations of
 * gvm's native packages (universe.c), which need variadic functions and
 * []string before programs may use them.  The rows expand into the Gate
 * enum (check_internal.h) and into check_gate.c's table; the decisions
 * about types live next to that table (check_gate_value_type,
 * check_gate_type_name).  Implementing a construct means deleting its row:
 * the compiler then names every place that consulted it.
 */
#define GATES(GATE)                                                      \
	/* packages and declarations */                                  \
	GATE(PACKAGE, "package", false) /* "package x": an import gvm lacks */ \
	GATE(DOT_IMPORT, "dot import", false)                            \
	/* types */                                                      \
	GATE(COMPLEX, "complex numbers", false)                          \
	GATE(SLICE_TYPE, "slice type", true)                             \
	GATE(CHAN_TYPE, "channel type", false)                           \
	GATE(UNSAFE_POINTER, "unsafe.Pointer", false)                    \
	/* expressions */                                                \
	GATE(RECEIVE, "receive operation", false)                        \
	GATE(GENERIC_METHOD_VALUE, "method value of weak.Pointer or unique.Handle", false) \
	GATE(BUILTIN, "built-in", false) /* "built-in x" */              \
	/* statements */                                                 \
	GATE(SEND, "send statement", false)                              \
	GATE(GO, "go statement", false)                                  \
	GATE(SELECT, "select statement", false)
