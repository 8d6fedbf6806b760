package main

import "fmt"

func main() {
	var v interface{} = 1
	switch _ := v.(type) {
	case int:
		fmt.Println("int")
	}
}

// Error:
// typeswitch_blank_binding.go:7:9: no new variable on left side of :=
// exit status 1
