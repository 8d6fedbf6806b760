package main

import "fmt"

type Signal struct{}

func (Signal) Kind() string { return "signal" }

func main() {
	var s Signal
	t := Signal{}
	fmt.Println(s == t, s, s.Kind())
	events := []struct{}{{}, {}, {}}
	fmt.Println(len(events), events)
	set := map[string]struct{}{"a": {}, "b": {}}
	_, ok := set["a"]
	fmt.Println(len(set), ok, set)
	fmt.Printf("%v %+v %#v %T\n", t, t, t, t)
}

// Output:
// true {} signal
// 3 [{} {} {}]
// 2 true map[a:{} b:{}]
// {} {} main.Signal{} main.Signal
