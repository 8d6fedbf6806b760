package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }
func (t T) Get() int { return t.n }

func main() {
	var t T
	t.Get
	T.Get
	m := map[string]T{}
	f := m["a"].Inc
	_ = f
}

// Error:
// method_value_unused.go:10:2: t.Get (value of type func() int) is not used
// method_value_unused.go:11:2: T.Get (value of type func(T) int) is not used
// method_value_unused.go:13:14: cannot call pointer method Inc on T
// exit status 1
