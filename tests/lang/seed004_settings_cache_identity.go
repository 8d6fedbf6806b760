// seeds/004 "Maps: reference-like, must be made, comma-ok, no order"
// (settings_cache.go): a comma-ok lookup plus pointer identity — GetOrCreate
// returns the same *Settings for identical inputs. gvm has no
// container/list, so a small doubly linked List with the same Element.Value
// (an interface, read back with a type assertion) stands in for it.
package main

import "fmt"

type Element struct {
	Value      any
	prev, next *Element
}

type List struct {
	front *Element
	len   int
}

func (l *List) PushFront(v any) *Element {
	e := &Element{Value: v, next: l.front}
	if l.front != nil {
		l.front.prev = e
	}
	l.front = e
	l.len++
	return e
}

func (l *List) MoveToFront(e *Element) {
	if l.front == e {
		return
	}
	e.prev.next = e.next
	if e.next != nil {
		e.next.prev = e.prev
	}
	e.prev = nil
	e.next = l.front
	l.front.prev = e
	l.front = e
}

type Settings struct {
	Key  string
	Vars map[string]string
}

type cacheEntry struct {
	key      string
	settings *Settings
}

type SettingsCache struct {
	cache  map[string]*Element
	lru    *List
	hits   int
	misses int
}

func NewSettingsCache() *SettingsCache {
	return &SettingsCache{cache: make(map[string]*Element), lru: &List{}}
}

func (c *SettingsCache) GetOrCreate(vars map[string]string, order []string) *Settings {
	key := ""
	for _, k := range order {
		key += k + "=" + vars[k] + ";"
	}
	if elem, ok := c.cache[key]; ok {
		// Move to front (most recently used)
		c.lru.MoveToFront(elem)
		c.hits++
		return elem.Value.(*cacheEntry).settings
	}
	c.misses++
	entry := &cacheEntry{key: key, settings: &Settings{Key: key, Vars: vars}}
	c.cache[key] = c.lru.PushFront(entry)
	return entry.settings
}

func main() {
	c := NewSettingsCache()
	order := []string{"search_path", "timezone"}
	s1 := c.GetOrCreate(map[string]string{"search_path": "public", "timezone": "UTC"}, order)
	s2 := c.GetOrCreate(map[string]string{"search_path": "app", "timezone": "UTC"}, order)
	s3 := c.GetOrCreate(map[string]string{"timezone": "UTC", "search_path": "public"}, order)
	fmt.Println(s1 == s3, s1 == s2) // identical inputs give pointer-equal results
	fmt.Println(s1.Key)
	fmt.Println(c.hits, c.misses, len(c.cache), c.lru.len)
	for e := c.lru.front; e != nil; e = e.next {
		fmt.Println(e.Value.(*cacheEntry).key)
	}
	// the pointer carries identity: a change through one caller's result
	// is seen by the other
	s3.Vars["timezone"] = "PST"
	fmt.Println(s1.Vars["timezone"])
}

// Output:
// true false
// search_path=public;timezone=UTC;
// 1 2 2 2
// search_path=public;timezone=UTC;
// search_path=app;timezone=UTC;
// PST
