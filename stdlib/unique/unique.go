// Package unique: canonical values, as in Go 1.23.
//
// Handle[T], Make and Handle's Value are generic names that the checker
// knows (lang/check_generic.c): a Handle[T] is struct{ value *T }, the
// canonical copy, and Make becomes a call of the native intern
// (unique.c).
package unique
