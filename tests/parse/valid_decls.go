// Declarations of every form; parse_dump must accept this file.
package main

import "fmt"
import (
	m "math"
	. "strings"
	_ "os"
)

const A = 1
const (
	B, C int = iota, iota * 2
	D, E
	F = 0x1p-2 + 0o17 + 0b1_01 + 0777 + 1_000 + .5e3 + 'a' + '\x41' + '\u00e9'
)

var (
	x, y int
	z    = []string{"a", `raw`}
	w    [3]int
	v    struct{}
)

type (
	List[T any] struct {
		next *List[T]
		val  T
	}
	Num interface {
		~int | ~int64 | float64
	}
	Alias  = int
	Arr    [4]byte
	Pair[K comparable, V any] struct{ k K; v V }
	Fn     func(a, b int, c ...string) (n int, err error)
	Ch     <-chan chan<- int
	Iface  interface {
		fmt.Stringer
		M(int) string
		N()
	}
	Embed struct {
		*List[int]
		fmt.Stringer
		a, b int `tag:"x"`
		c    [2]int
		d    []int
	}
)

func MapOf[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, e := range s {
		r = append(r, f(e))
	}
	return r
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

func (Pair[K, V]) Key() {}

func external(int) int

func main() {
	fmt.Println(MapOf[int, string]([]int{1}, func(i int) string { return fmt.Sprint(i) }), m.Pi, Title("x"))
	_ = Pair[string, int]{}
}
