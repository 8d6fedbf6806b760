package main

import "fmt"

func main() {
	fmt.Printf("100%%\n")
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%%d %%s %%%d\n", 7)
	fmt.Println(fmt.Sprintf("%5%|%-5%|"))
	fmt.Println("%d not a format in Println")
}

// Output:
// 100%
// 50%
// %d %s %7
// %|%|
// %d not a format in Println
