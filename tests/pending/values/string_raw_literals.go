package main

import "fmt"

func main() {
	raw := `a\nb "quoted" \t`
	fmt.Println(raw, len(raw))
	multi := `line1
line2`
	fmt.Println(len(multi), multi[5])
	fmt.Printf("%q\n", multi)
	fmt.Println(`\x41` == "\\x41", "\x41" == "A")
}

// Output:
// a\nb "quoted" \t 16
// 11 10
// "line1\nline2"
// true true
