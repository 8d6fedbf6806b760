// Storing to a slice element past the length panics with the index and the
// length, in the function that stores (STIDX).
package main

func set(a []int, i int, v int) {
	a[i] = v
}

func main() {
	a := make([]int, 3)
	set(a, 1, 2)
	set(a, 3, 4)
}

// Error:
// panic: runtime error: index out of range [3] with length 3
//
// goroutine 1 [running]:
// main.set(...)
// main.main()
// exit status 2
