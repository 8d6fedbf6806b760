package main

import "fmt"

type entry struct {
	key   string
	value int
}

type HashMap struct {
	buckets [][]entry
	size    int
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func NewHashMap(n int) *HashMap { return &HashMap{buckets: make([][]entry, n)} }

func (m *HashMap) bucket(k string) *[]entry {
	return &m.buckets[fnv(k)%uint32(len(m.buckets))]
}

func (m *HashMap) Put(k string, v int) {
	b := m.bucket(k)
	for i := range *b {
		if (*b)[i].key == k {
			(*b)[i].value = v
			return
		}
	}
	*b = append(*b, entry{k, v})
	m.size++
	if m.size > 2*len(m.buckets) {
		m.grow()
	}
}

func (m *HashMap) Get(k string) (int, bool) {
	for _, e := range *m.bucket(k) {
		if e.key == k {
			return e.value, true
		}
	}
	return 0, false
}

func (m *HashMap) grow() {
	old := m.buckets
	m.buckets = make([][]entry, 2*len(old))
	for _, b := range old {
		for _, e := range b {
			nb := m.bucket(e.key)
			*nb = append(*nb, e)
		}
	}
}

func main() {
	m := NewHashMap(2)
	for i := 0; i < 20; i++ {
		m.Put(fmt.Sprintf("key%d", i), i*i)
	}
	m.Put("key3", -3)
	fmt.Println(m.size, len(m.buckets))
	fmt.Println(m.Get("key3"))
	fmt.Println(m.Get("key19"))
	fmt.Println(m.Get("nope"))
	fmt.Println(fnv(""), fnv("a"), fnv("gvm"))
	longest := 0
	for _, b := range m.buckets {
		if len(b) > longest {
			longest = len(b)
		}
	}
	fmt.Println(longest <= m.size)
}

// Output:
// 20 16
// -3 true
// 361 true
// 0 false
// 2166136261 3826002220 1529677319
// true
