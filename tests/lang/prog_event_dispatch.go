package main

import "fmt"

type Event struct {
	Name    string
	Payload interface{}
}

type Handler func(Event) error

type Bus struct {
	handlers map[string][]Handler
	errors   []error
}

func (b *Bus) On(name string, h Handler) {
	if b.handlers == nil {
		b.handlers = make(map[string][]Handler)
	}
	b.handlers[name] = append(b.handlers[name], h)
}

func (b *Bus) Emit(e Event) int {
	n := 0
	for _, h := range b.handlers[e.Name] {
		n++
		if err := h(e); err != nil {
			b.errors = append(b.errors, fmt.Errorf("%s handler %d: %w", e.Name, n, err))
		}
	}
	return n
}

type Audit struct{ lines []string }

func (a *Audit) Record(e Event) error {
	a.lines = append(a.lines, fmt.Sprintf("%s:%v", e.Name, e.Payload))
	return nil
}

func main() {
	var bus Bus
	audit := &Audit{}
	total := 0
	bus.On("order", audit.Record)
	bus.On("order", func(e Event) error {
		amount, ok := e.Payload.(int)
		if !ok {
			return fmt.Errorf("bad payload %T", e.Payload)
		}
		total += amount
		return nil
	})
	bus.On("refund", audit.Record)
	fmt.Println(bus.Emit(Event{"order", 30}))
	fmt.Println(bus.Emit(Event{"order", "ten"}))
	fmt.Println(bus.Emit(Event{"refund", 5}))
	fmt.Println(bus.Emit(Event{"unknown", nil}))
	fmt.Println(total, audit.lines)
	for _, err := range bus.errors {
		fmt.Println("error:", err)
	}
}

// Output:
// 2
// 2
// 1
// 0
// 30 [order:30 order:ten refund:5]
// error: order handler 2: bad payload string
