package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Getter interface{ Get() int }

var counter Counter
var inc = counter.Inc // &counter
var get = counter.Get // a copy of counter as it is now: zero
var iface Getter = Counter{42}
var ifaceGet = iface.Get
var expr = (*Counter).Inc
var table = map[string]func() int{"inc": counter.Inc, "get": iface.Get}

func main() {
	inc()
	inc()
	fmt.Println(counter.n, get(), ifaceGet())
	fmt.Println(expr(&counter), table["inc"](), table["get"]())
	local := &counter
	fmt.Println(local.Get())
}

// Output:
// 2 0 42
// 3 4 42
// 4
