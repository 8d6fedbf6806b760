package main

import (
	"fmt"
	"os"
)

type Point struct{ X, Y int }

func main() {
	n, err := fmt.Fprintln(os.Stdout, "to stdout", Point{1, 2})
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "%v|%+v\n", []Point{{3, 4}}, &Point{5, 6})
	fmt.Println(n, err)
	n, _ = fmt.Fprint(os.Stdout, map[string]int{"z": 1, "a": 2}, "\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%s\n", []string{"é"})
	fmt.Println(n)
}

// Output:
// to stdout {1 2}
// 16 <nil>
// [{3 4}]|&{X:5 Y:6}
// 19 <nil>
// map[a:2 z:1]
// 13
// [é]
// 5
