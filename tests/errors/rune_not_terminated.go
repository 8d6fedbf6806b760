package main

func main() {
	r := 'ab
	println(r)
}

// Error:
// rune_not_terminated.go:4:10: newline in rune literal
// exit status 1
