// The method set of a value type lacks its pointer methods (Go 1.24's
// wording: Go 1.19 says "P does not implement Resetter (Reset method has
// pointer receiver)").
package main

type Resetter interface{ Reset() }

type P struct{ n int }

func (p *P) Reset() { p.n = 0 }

func ResetAll[T Resetter](xs []T) {
	for _, x := range xs {
		x.Reset()
	}
}

func main() {
	ResetAll([]P{{1}, {2}})
}

// Error:
// generic_pointer_receiver.go:19:10: P does not satisfy Resetter (method Reset has pointer receiver)
// exit status 1
