package main

func main() {
	s := []int{1, 2}
	delete(s, 0)
}

// Error:
// delete_from_slice.go:5:9: invalid argument: s (variable of type []int) is not a map
// exit status 1
