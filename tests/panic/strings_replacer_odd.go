// strings.NewReplacer with an odd number of arguments panics.
package main

import "strings"

func build(args ...string) *strings.Replacer {
	return strings.NewReplacer(args...)
}

func main() {
	build("a", "b", "c")
}
// Error:
// panic: strings.NewReplacer: odd argument count
//
// goroutine 1 [running]:
// strings.NewReplacer(...)
// main.build(...)
// main.main()
// exit status 2
