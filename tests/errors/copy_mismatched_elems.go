package main

func main() {
	a := []int{1}
	b := []string{"x"}
	copy(a, b)
}

// Error:
// copy_mismatched_elems.go:6:7: invalid argument: arguments to copy a (variable of type []int) and b (variable of type []string) have different element types int and string
// exit status 1
