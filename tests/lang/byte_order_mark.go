package main

import "fmt"

func main() {
	fmt.Println("bom")
}

// Output:
// bom
