// seeds/001, the cache with weak pointers (Go 1.24's weak package): once
// d = nil and runtime.GC() ran, nothing holds the 2 MB string strongly,
// so Alloc drops below it (the article prints Alloc = 2197336, then
// 202544; gvm's exact figures differ, see README), and the cache's
// entry reads nil.  One line is added to the article's program: the
// useData(d) before d = nil, which keeps d live across the first
// memUsage (without it d is dead there, and a collection at that point,
// which Go may run too, already frees the string).
package main

import (
	"runtime"
	"strings"
	"weak"
)

type Data struct {
	Value string
}

type Cache struct {
	Items map[string]weak.Pointer[Data]
}

func NewCache() *Cache {
	return &Cache{
		Items: make(map[string]weak.Pointer[Data]),
	}
}

func (c *Cache) Set(k string, d *Data) {
	c.Items[k] = weak.Make(d)
}

func (c *Cache) Get(k string) *Data {
	return c.Items[k].Value()
}

func main() {
	d := &Data{
		Value: strings.Repeat("Go", 1_000_000),
	}
	cache := NewCache()
	cache.Set("data", d)
	memUsage()
	useData(d) // keeps d live until here under GVM_STRESS=gc too
	d = nil
	runtime.GC()
	useData(cache.Get("data"))
	memUsage()
	println("cached:", cache.Get("data"))
}

func useData(d *Data) {
	// Ponto que irá utilizar o dado
}

func memUsage() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("Alloc >= 2 MB:", m.Alloc >= 2_000_000)
}
// Output:
// Alloc >= 2 MB: true
// Alloc >= 2 MB: false
// cached: 0x0
