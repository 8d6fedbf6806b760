// Package weak: weak pointers, as in Go 1.24.
//
// Pointer[T], Make and the methods Value (and Strong, the name the
// pre-release API used) are generic names that the checker knows
// (lang/check_generic.c): a Pointer[T] is struct{ u *T } whose u is the
// object's weak handle, and the calls become calls of the natives
// makeHandle and handleValue (weak.c).
package weak
