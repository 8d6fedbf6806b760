package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Show(tag string) { fmt.Println(tag, "value receiver", c.n) }
func (c *Counter) Inc(by int)     { c.n += by; fmt.Println("inc to", c.n) }

type Shower interface{ Show(tag string) }

type Loud struct{ name string }

func (l *Loud) Show(tag string) { fmt.Println(tag, "loud", l.name) }

func sum(tag string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(tag, len(xs), t)
}

func pair() (string, int) { return "pair", 7 }

func two(s string, n int) { fmt.Println("two:", s, n) }

func anyTwo(a, b interface{}) { fmt.Println("anyTwo:", a, b) }

func methods() {
	c := Counter{1}
	defer c.Show("deferred") // receiver copied now: 1
	defer c.Inc(10)          // &c taken now, runs first
	p := &c
	defer p.Show("via pointer") // *p copied now: 1
	c.n = 5
	fmt.Println("methods body", c.n)
}

func interfaces() {
	var s Shower = Counter{3}
	defer s.Show("iface")
	s = &Loud{"bob"}
	defer s.Show("iface2")
	l := s.(*Loud)
	l.name = "alice"
	fmt.Println("interfaces body")
}

func funcValues() {
	f := func(x int) { fmt.Println("f got", x) }
	x := 1
	defer f(x)
	f = func(x int) { fmt.Println("replaced", x) }
	x = 2
	defer f(x)
	g := sum
	defer g("g", 1, 2, 3)
	defer func(a, b int) { fmt.Println("literal", a, b) }(x, x*10)
}

func variadics() {
	xs := []int{4, 5, 6}
	defer sum("spread", xs...)
	defer sum("none")
	defer sum("three", 1, 2, 3)
	xs[0] = 40 // the slice is shared
	n := 9
	defer fmt.Println("println", n, "and", xs)
	defer fmt.Printf("printf %d %v\n", n, xs)
	n = 10
}

func multi() {
	defer two(pair())
	defer anyTwo(pair())
	defer fmt.Println(pair())
}

func builtins() {
	m := map[string]int{"a": 1, "b": 2}
	defer func() { fmt.Println("after delete", len(m), m["a"]) }()
	defer delete(m, "a")
	dst := make([]int, 3)
	defer func() { fmt.Println("after copy", dst) }()
	defer copy(dst, []int{7, 8, 9, 10})
	defer println("println to stderr")
	defer recover()
	fmt.Println("builtins body", len(m))
}

func deferPanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	defer panic("deferred panic")
	fmt.Println("deferPanic body")
	return nil
}

func nilFunc() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var f func(int)
	defer f(1)
	fmt.Println("nil func deferred, not yet called")
}

type Recoverer struct{}

func (Recoverer) Catch() { fmt.Println("method recovered:", recover()) }

type Catcher interface{ Catch() }

func methodRecover() {
	var c Catcher = Recoverer{}
	defer c.Catch()
	panic("for the method")
}

func valueRecover() {
	r := Recoverer{}
	defer r.Catch()
	panic("for the value method")
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i)
	}
}

func main() {
	methods()
	interfaces()
	funcValues()
	variadics()
	multi()
	builtins()
	deferPanic()
	nilFunc()
	methodRecover()
	valueRecover()
	loop()
}
// Output:
// methods body 5
// via pointer value receiver 1
// inc to 15
// deferred value receiver 1
// interfaces body
// iface2 loud alice
// iface value receiver 3
// literal 2 20
// g 3 6
// replaced 2
// f got 1
// printf 9 [40 5 6]
// println 9 and [40 5 6]
// three 3 6
// none 0 0
// spread 3 51
// pair 7
// anyTwo: pair 7
// two: pair 7
// builtins body 2
// println to stderr
// after copy [7 8 9]
// after delete 1 0
// deferPanic body
// recovered deferred panic
// nil func deferred, not yet called
// recovered: runtime error: invalid memory address or nil pointer dereference
// method recovered: for the method
// method recovered: for the value method
// loop 2
// loop 1
// loop 0
