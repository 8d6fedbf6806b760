// seeds/001, the cache without weak pointers: after d = nil and
// runtime.GC() the cache still holds the 2 MB string, so Alloc stays
// above 2 MB (the article prints Alloc = 2197336, then 2209696; gvm's
// exact figures differ, see README, so this prints Alloc against 2 MB).
package main

import (
	"runtime"
	"strings"
)

type Data struct {
	Value string
}

type Cache struct {
	Items map[string]*Data
}

func NewCache() *Cache {
	return &Cache{
		Items: make(map[string]*Data),
	}
}

func (c *Cache) Set(k string, d *Data) {
	c.Items[k] = d
}

func (c *Cache) Get(k string) *Data {
	return c.Items[k]
}

func main() {
	d := &Data{
		Value: strings.Repeat("Go", 1_000_000),
	}
	cache := NewCache()
	cache.Set("data", d)
	memUsage()
	d = nil
	runtime.GC()
	useData(cache.Get("data"))
	memUsage()
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
// Alloc >= 2 MB: true
