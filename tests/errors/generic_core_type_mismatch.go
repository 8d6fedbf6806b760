// A type argument without the constraint's core type (Go 1.24's wording:
// Go 1.19 says "S does not match ~[]E").
package main

func First[S ~[]E, E any](s S) E { return s[0] }

func main() {
	n := 42
	println(First(n))
}

// Error:
// generic_core_type_mismatch.go:9:15: in call to First, S (type int) does not satisfy ~[]E
// exit status 1
