package main

import "fmt"

type P struct {
	Name string
	N    int
}

func main() {
	fmt.Printf("|%6v|%-6v|\n", []int{1, 22}, []int{1, 22})
	fmt.Printf("|%4v|\n", P{"ab", 7})
	fmt.Printf("|%-5s|%5s|\n", []string{"a", "bb"}, [1]string{"c"})
	fmt.Printf("|%.1f|%6.2f|\n", [2]float64{1.25, 3}, []float64{2.5})
	fmt.Printf("|%3v|\n", map[string]int{"a": 1})
	fmt.Printf("|%+d|% d|\n", []int{1, -2}, []int{3, -4})
	fmt.Printf("|%-8v|%8v|\n", true, nil)
	fmt.Printf("|%.2s|%.0d|\n", []string{"hello", "go"}, []int{0, 1})
	fmt.Printf("|%08.3f|\n", -3.14159)
}

// Output:
// |[     1     22]|[1      22    ]|
// |{  ab    7}|
// |[a     bb   ]|[    c]|
// |[1.2 3.0]|[  2.50]|
// |map[  a:  1]|
// |[+1 -2]|[ 3 -4]|
// |true    |   <nil>|
// |[he go]|[ 1]|
// |-003.142|
