package main

import "fmt"

type LRU struct {
	cap   int
	data  map[string]int
	order []string // least recently used first
	hits  int
	miss  int
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, data: make(map[string]int, n)}
}

func (c *LRU) touch(k string) {
	for i, o := range c.order {
		if o == k {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, k)
}

func (c *LRU) Get(k string) (int, bool) {
	v, ok := c.data[k]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.touch(k)
	return v, true
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if _, ok := c.data[k]; !ok && len(c.data) == c.cap {
		evicted = c.order[0]
		c.order = c.order[1:]
		delete(c.data, evicted)
	}
	c.data[k] = v
	c.touch(k)
	return evicted
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c"} {
		c.Put(k, i+1)
	}
	fmt.Println(c.order)
	fmt.Println(c.Get("a"))
	fmt.Printf("evicted %q\n", c.Put("d", 4))
	fmt.Println(c.order, c.data)
	fmt.Println(c.Get("b"))
	fmt.Printf("evicted %q\n", c.Put("c", 30))
	fmt.Printf("evicted %q\n", c.Put("e", 5))
	fmt.Println(c.order, c.data)
	fmt.Println("hits", c.hits, "misses", c.miss)
}

// Output:
// [a b c]
// 1 true
// evicted "b"
// [c a d] map[a:1 c:3 d:4]
// 0 false
// evicted ""
// evicted "a"
// [d c e] map[c:30 d:4 e:5]
// hits 1 misses 1
