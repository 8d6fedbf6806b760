// The messages are Go 1.24 types2 wording (typexpr.go arrayLength):
// "undefined array length %s or missing type constraint" (Go 1.19:
// "undeclared name %s for array length"), and a constant that is not an
// integer "array length %s must be integer".
package main

const neg = -2

func main() {
	var a [neg]int
	var b [undefinedLen]int
	var c [2.5]int
	var d ["x"]int
	_, _, _, _ = a, b, c, d
}

// Error:
// array_length_invalid_forms.go:10:9: invalid array length neg (untyped int constant -2)
// array_length_invalid_forms.go:11:9: undefined array length undefinedLen or missing type constraint
// array_length_invalid_forms.go:12:9: array length 2.5 (untyped float constant) must be integer
// array_length_invalid_forms.go:13:9: array length "x" (untyped string constant) must be integer
// exit status 1
