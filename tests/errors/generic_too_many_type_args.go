package main

func Keys[K comparable, V any](m map[K]V) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	println(len(Keys[string, int, bool](nil)))
}

// Error:
// generic_too_many_type_args.go:12:32: got 3 type arguments but want 2
// exit status 1
