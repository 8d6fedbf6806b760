package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	m := map[string]Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m)
}

// Error:
// pointer_method_map_element.go:11:9: cannot call pointer method Inc on Counter
// exit status 1
