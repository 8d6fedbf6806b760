// A user Source that is not a Source64: Uint64 is built from two Int63
// calls, Read takes seven bytes from each, and Seed reaches the source.
package main

import (
	"fmt"
	"math/rand"
)

type counter struct {
	n     int64
	calls int
}

func (c *counter) Int63() int64 {
	c.calls++
	c.n = (c.n*6364136223846793005 + 1442695040888963407) & (1<<63 - 1)
	return c.n
}

func (c *counter) Seed(seed int64) { c.n = seed }

type src64 struct{ counter }

func (s *src64) Uint64() uint64 { return 42 }

func main() {
	c := &counter{}
	r := rand.New(c)
	r.Seed(5)
	fmt.Println(r.Uint64(), c.calls)
	fmt.Println(r.Intn(10), r.Float64(), r.Int31n(7), c.calls)
	b := make([]byte, 10)
	r.Read(b)
	fmt.Println(b, c.calls)
	r.Read(b[:3])
	fmt.Println(b[:3], c.calls)
	r.Seed(5)
	fmt.Println(r.Uint64(), c.calls)
	s := &src64{}
	r2 := rand.New(s)
	fmt.Println(r2.Uint64(), r2.Int63(), s.calls)
	var _ rand.Source64 = s
	var _ rand.Source = rand.NewSource(1)
	_, ok := rand.NewSource(1).(rand.Source64)
	fmt.Println(ok)
}

// Output:
// 10126575482527711426 2
// 0 0.6189042755201961 3 5
// [99 90 174 39 167 140 85 182 129 131] 7
// [111 71 60] 7
// 10126575482527711426 9
// 42 1442695040888963407 1
// true
