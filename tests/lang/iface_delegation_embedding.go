package main

import "fmt"

type Store interface {
	Get(k string) (string, bool)
	Set(k, v string)
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Set(k, v string)             { s.m[k] = v }

// loggingStore overrides Set and delegates Get to the embedded Store.
type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Set(k, v string) {
	l.log = append(l.log, "set "+k)
	l.Store.Set(k, v)
}

func main() {
	var s Store = &loggingStore{Store: &mapStore{m: map[string]string{}}}
	s.Set("a", "1")
	s.Set("b", "2")
	v, ok := s.Get("a")
	fmt.Println(v, ok)
	_, ok = s.Get("zz")
	fmt.Println(ok)
	fmt.Println(s.(*loggingStore).log)
}

// Output:
// 1 true
// false
// [set a set b]
