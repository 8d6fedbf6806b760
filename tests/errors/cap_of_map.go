// The messages are Go 1.24 types2 wording: builtins.go reports a bad
// argument of cap "for built-in cap" (Go 1.19 said "for cap").
package main

func main() {
	m := map[string]int{}
	println(cap(m))
}

// Error:
// cap_of_map.go:7:14: invalid argument: m (variable of type map[string]int) for built-in cap
// exit status 1
