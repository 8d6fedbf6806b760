// The messages are Go 1.24 types2 wording: typexpr.go arrayLength
// refuses a name that is not a constant as "invalid array length n",
// without using it, so "declared and not used: n" (Go 1.19: "n declared
// but not used") is reported too.
package main

func main() {
	n := 3
	var a [n]int
	_ = a
}

// Error:
// array_length_not_constant.go:8:2: declared and not used: n
// array_length_not_constant.go:9:9: invalid array length n
// exit status 1
