package main

import "fmt"

func main() {
	fmt.Printf("[%6s][%-6s]\n", "héé", "世界")
	fmt.Printf("[%4c][%-4c]\n", '世', 'é')
	fmt.Printf("[%6q]\n", "é")
	fmt.Printf("[%-3d][%3s]\n", 12345, "abcdef")
}

// Output:
// [   héé][世界    ]
// [   世][é   ]
// [   "é"]
// [12345][abcdef]
