package main

import "fmt"

func main() {
	fmt.Printf("[%s][%10s][%-10s]\n", "go", "go", "go")
	fmt.Printf("[%.2s][%5.1s][%-5.3s]\n", "hello", "hello", "hello")
	fmt.Printf("[%.2s][%.0s]\n", "世界世界", "abc")
	fmt.Printf("[%5s][%05s]\n", "世", "ab")
	fmt.Printf("[%s][%v]\n", "", "")
	fmt.Printf("%s%s%s\n", "a", "b", "c")
}

// Output:
// [go][        go][go        ]
// [he][    h][hel  ]
// [世界][]
// [    世][000ab]
// [][]
// abc
