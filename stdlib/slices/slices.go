// Package slices: the generic functions of Go 1.21's slices package (and
// Go 1.22's zeroing of what Delete and Compact drop), in Go.
//
// Sort and SortFunc are one introsort (insertion sort below 13 elements,
// quicksort on the median of three, heapsort when the recursion gets too
// deep) over an ordering given as a type argument, so each instance calls
// its comparison statically; equal elements may end in another order than
// Go's pdqsort leaves them in (both are unstable sorts).  SortStableFunc
// is a merge sort over insertion-sorted runs.
package slices

import "cmp"

// Equal reports whether s1 and s2 have the same length and equal
// elements (compared with ==, so NaNs are not equal).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with the elements compared by eq.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares s1 and s2 element by element with cmp.Compare; a
// shorter slice that is a prefix of the other is less.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	return CompareFunc(s1, s2, cmp.Compare[E])
}

// CompareFunc is Compare with the elements compared by cmp.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i := 0; i < len(s1) && i < len(s2); i++ {
		if c := cmp(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	switch {
	case len(s1) < len(s2):
		return -1
	case len(s1) > len(s2):
		return +1
	}
	return 0
}

// Index returns the index of the first element equal to v, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first element satisfying f, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is an element of s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether an element of s satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert inserts the values v... into s at index i and returns the
// result; it panics if i is out of range.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // the bounds check
	n, m := len(s), len(v)
	if m == 0 {
		return s
	}
	if n+m > cap(s) {
		r := make(S, n+m, n+m+n/4)
		copy(r, s[:i])
		copy(r[i:], v)
		copy(r[i+m:], s[i:])
		return r
	}
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], v)
	return s
}

// Delete removes s[i:j] and returns the result, zeroing the elements
// past its end; it panics if s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // the bounds check
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):n])
	return s
}

// DeleteFunc removes the elements for which del returns true, zeroing
// the elements past the result's end.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	k := 0
	for i := range s {
		if !del(s[i]) {
			s[k] = s[i]
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// Replace replaces s[i:j] by v... and returns the result.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // the bounds check
	tail := Clone(s[j:])
	n := len(s)
	s = append(append(s[:i], v...), tail...)
	if len(s) < n {
		clear(s[len(s):n])
	}
	return s
}

// Compact replaces each run of equal consecutive elements by one copy,
// zeroing the elements past the result's end.
func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

// CompactFunc is Compact with the elements compared by eq.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	for i := 1; i < len(s); i++ {
		if !eq(s[k-1], s[i]) {
			s[k] = s[i]
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// Clone returns a copy of s (nil for nil).
func Clone[S ~[]E, E any](s S) S {
	return append(s[:0:0], s...)
}

// Grow makes room for n more elements without another allocation.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip removes the unused capacity of s.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Concat returns a new slice of the elements of all the slices.
func Concat[S ~[]E, E any](slices ...S) S {
	n := 0
	for _, s := range slices {
		n += len(s)
	}
	r := make(S, 0, n)
	for _, s := range slices {
		r = append(r, s...)
	}
	return r
}

// Reverse reverses the elements of s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Max returns the largest element (a NaN if there is one); it panics on
// an empty slice.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

// Min returns the smallest element (a NaN if there is one); it panics
// on an empty slice.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

// MaxFunc returns the first of the largest elements by cmp; it panics
// on an empty slice.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	return firstBest([]E(x), cmp, +1, "slices.MaxFunc: empty list")
}

// MinFunc returns the first of the smallest elements by cmp; it panics
// on an empty slice.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	return firstBest([]E(x), cmp, -1, "slices.MinFunc: empty list")
}

// firstBest: the first element that none after it beats, cmp's result
// times sign being positive for a better one.
func firstBest[E any](x []E, cmp func(a, b E) int, sign int, empty string) E {
	if len(x) < 1 {
		panic(empty)
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m)*sign > 0 {
			m = x[i]
		}
	}
	return m
}

// BinarySearch finds target in the sorted x: the index where it is or
// would be inserted, and whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	i := search(len(x), func(h int) bool { return !cmp.Less(x[h], target) })
	return i, i < len(x) && cmp.Compare(x[i], target) == 0
}

// BinarySearchFunc is BinarySearch in x sorted by cmp.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	i := search(len(x), func(h int) bool { return cmp(x[h], target) >= 0 })
	return i, i < len(x) && cmp(x[i], target) == 0
}

// search: the first index in [0, n) where ok turns true, or n.
func search(n int, ok func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if !ok(h) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	return isSorted([]E(x), orderOf[E]{})
}

// IsSortedFunc reports whether x is sorted by cmp.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	return isSorted([]E(x), orderBy[E](cmp))
}

// Sort sorts x in ascending order, NaNs first.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	introSort([]E(x), orderOf[E]{}, depthLimit(len(x)))
}

// SortFunc sorts x by cmp (negative: a before b), not stably.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	introSort([]E(x), orderBy[E](cmp), depthLimit(len(x)))
}

// SortStableFunc sorts x by cmp, keeping equal elements in their order.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stableSort([]E(x), orderBy[E](cmp))
}

// ---- the sorts, over an ordering ----

type order[E any] interface {
	less(a, b E) bool
}

// orderOf: the ordering of cmp.Ordered types (NaNs first).
type orderOf[E cmp.Ordered] struct{}

func (orderOf[E]) less(a, b E) bool { return cmp.Less(a, b) }

// orderBy: the ordering of a comparison function.
type orderBy[E any] func(a, b E) int

func (f orderBy[E]) less(a, b E) bool { return f(a, b) < 0 }

func isSorted[E any, O order[E]](x []E, o O) bool {
	for i := len(x) - 1; i > 0; i-- {
		if o.less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// depthLimit: quicksort gives way to heapsort past 2·⌈log2(n+1)⌉ levels.
func depthLimit(n int) int {
	d := 0
	for ; n > 0; n >>= 1 {
		d++
	}
	return 2 * d
}

func insertionSort[E any, O order[E]](x []E, o O) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && o.less(x[j], x[j-1]); j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func introSort[E any, O order[E]](x []E, o O, depth int) {
	for len(x) > 12 {
		if depth == 0 {
			heapSort(x, o)
			return
		}
		depth--
		p := partition(x, o)
		// recurse into the smaller side, loop on the larger
		if p < len(x)-p {
			introSort(x[:p], o, depth)
			x = x[p+1:]
		} else {
			introSort(x[p+1:], o, depth)
			x = x[:p]
		}
	}
	insertionSort(x, o)
}

// partition moves the median of x's first, middle and last elements to
// its place: smaller-or-equal elements before, larger-or-equal after.
func partition[E any, O order[E]](x []E, o O) int {
	a, b, c := 0, len(x)/2, len(x)-1
	if o.less(x[b], x[a]) {
		a, b = b, a
	}
	if o.less(x[c], x[b]) {
		b = c
		if o.less(x[b], x[a]) {
			b = a
		}
	}
	x[0], x[b] = x[b], x[0]
	pivot := x[0]
	i, j := 1, len(x)-1
	for {
		for i <= j && o.less(x[i], pivot) {
			i++
		}
		for i <= j && o.less(pivot, x[j]) {
			j--
		}
		if i >= j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[0], x[j] = x[j], x[0]
	return j
}

func heapSort[E any, O order[E]](x []E, o O) {
	for i := len(x)/2 - 1; i >= 0; i-- {
		siftDown(x, o, i, len(x))
	}
	for end := len(x) - 1; end > 0; end-- {
		x[0], x[end] = x[end], x[0]
		siftDown(x, o, 0, end)
	}
}

// siftDown restores the max-heap x[:n] below root.
func siftDown[E any, O order[E]](x []E, o O, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && o.less(x[child], x[child+1]) {
			child++
		}
		if !o.less(x[root], x[child]) {
			return
		}
		x[root], x[child] = x[child], x[root]
		root = child
	}
}

// stableSort: insertion sort below 21 elements, else a merge of the two
// sorted halves through a copy of the first.
func stableSort[E any, O order[E]](x []E, o O) {
	if len(x) <= 20 {
		insertionSort(x, o)
		return
	}
	m := len(x) / 2
	stableSort(x[:m], o)
	stableSort(x[m:], o)
	if !o.less(x[m], x[m-1]) {
		return
	}
	first := append([]E(nil), x[:m]...)
	i, j, k := 0, m, 0
	for i < len(first) && j < len(x) {
		if o.less(x[j], first[i]) {
			x[k] = x[j]
			j++
		} else {
			x[k] = first[i]
			i++
		}
		k++
	}
	copy(x[k:], first[i:])
}
