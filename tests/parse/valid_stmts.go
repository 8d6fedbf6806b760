// Every statement form; parse_dump must accept this file.
package main

import "fmt"

type T struct{ a int }

func f() (int, error) { return 0, nil }

func main() {
	var x interface{} = 1
	ch := make(chan int, 1)
	a, b := 1, 2
	a, b = b, a
	a += 2
	a <<= 1
	b &^= 1
	a++
	b--
	ch <- a
	<-ch
	if a > b {
	} else if a == b {
	} else {
	}
	if t := (T{}); t == (T{a: 1}) {
	}
	if x == (T{}) {
	}
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		}
	}
	for a < 10 {
		a++
	}
	for {
		break
	}
	for range []int{1} {
	}
	for k := range map[string]int{"a": 1} {
		_ = k
	}
	for k, v := range []struct{ x int }{{1}, {x: 2}} {
		_, _ = k, v
	}
	var k, v int
	for k, v = range [...]int{1, 2} {
	}
	for _, s := range []T{{1}, {2}} {
		_ = s
	}
	switch {
	case a > 1, a < 0:
		fallthrough
	default:
	}
	switch y := a; y {
	case 1:
	}
	switch v := x.(type) {
	case int, *int:
		_ = v
	case nil:
	case func() int:
	case []struct{}:
	}
	switch x.(type) {
	}
	ch2 := make(chan int)
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case ch2 <- 1:
	case <-ch2:
	case k = <-ch:
	default:
	}
	go func() {}()
	defer fmt.Println("done", k, v)
outer:
	for {
		for {
			break outer
		}
	}
	goto end
end:
	{
		var z = func() int { return 1 }
		_ = z
	}
	if f := func() bool { return true }; f() {
	}
	for i := range [3]int{} {
		_ = i
	}
	const c = 1
	type local struct{}
	_, _ = f()
	;
	return
}
